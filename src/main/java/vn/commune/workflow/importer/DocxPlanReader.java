package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** A plan in Word: its paragraphs, and its tables as grids. */
final class DocxPlanReader {
    private DocxPlanReader() {}

    static ParsedPlan read(byte[] content) {
        return Ooxml.readDocx(content, DocxPlanReader::read);
    }

    private static ParsedPlan read(XWPFDocument document) {
        Body body = new Body();
        DocxNumbering numbering = new DocxNumbering();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                body.paragraph(numbering.label(paragraph) + paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                body.table(DocxTables.grid(table, body.tables() + 1));
            }
        }
        return body.read();
    }

    /** A Word document's paragraphs and tables in order; legacy Word files are read into one too. */
    static final class Body {
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> everything = new ArrayList<>();
        private final List<Grid> grids = new ArrayList<>();

        void paragraph(String text) {
            paragraphs.add(text);
            everything.add(text);
        }

        void table(Grid grid) {
            grids.add(grid);
            // The heading block (commune, number, date) usually sits in a borderless table.
            grid.rows()
                    .forEach(row -> row.stream()
                            .filter(cell -> cell != null)
                            .forEach(cell -> everything.addAll(List.of(cell.split("\n")))));
        }

        int tables() {
            return grids.size();
        }

        ParsedPlan read() {
            return WrittenPlan.read(
                    SourceLine.ofParagraphs(everything),
                    SourceLine.ofParagraphs(paragraphs),
                    true,
                    warnings -> Tables.of(grids, warnings),
                    FileFormat.WHOLE_FILE,
                    ParsedPlan.TEXT);
        }
    }
}
