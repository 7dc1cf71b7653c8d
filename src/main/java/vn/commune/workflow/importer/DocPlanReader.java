package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.converter.AbstractWordUtils;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/** A plan in legacy Word (.doc), read into the same paragraphs and grids as a .docx. */
final class DocPlanReader {
    /** Word's list format code for bullets. */
    private static final int BULLET_FORMAT = 23;

    private DocPlanReader() {}

    static ParsedPlan read(byte[] content) {
        return LegacyOffice.readDoc(content, DocPlanReader::read);
    }

    private static ParsedPlan read(HWPFDocument document) {
        DocxPlanReader.Body body = new DocxPlanReader.Body();
        AbstractWordUtils.NumberingState numbering = new AbstractWordUtils.NumberingState();
        Range range = document.getRange();
        int i = 0;
        while (i < range.numParagraphs()) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                body.table(grid(table, body.tables() + 1));
                i += table.numParagraphs();
            } else {
                body.paragraph(label(paragraph, numbering) + text(paragraph));
                i++;
            }
        }
        return body.read();
    }

    /** The number or bullet Word shows before a list paragraph, as a typed one would read. */
    private static String label(Paragraph paragraph, AbstractWordUtils.NumberingState numbering) {
        HWPFList list = paragraph.isInList() ? paragraph.getList() : null;
        if (list == null) {
            return "";
        }
        char level = (char) paragraph.getIlvl();
        if (list.getNumberFormat(level) == BULLET_FORMAT) {
            return "- ";
        }
        String label = Texts.oneLine(AbstractWordUtils.getBulletText(numbering, list, level));
        return label == null ? "" : label + " ";
    }

    /**
     * Cells are placed in grid columns by their left edge, as a cell spanning columns is one wide cell in
     * a .doc; merged cells repeat the text of the cell above, as in a .docx grid.
     */
    private static Grid grid(Table table, int number) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            for (int c = 0; c < table.getRow(r).numCells(); c++) {
                edges.add(table.getRow(r).getCell(c).getLeftEdge());
            }
        }
        List<Integer> columns = new ArrayList<>(edges);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
            List<String> cells = new ArrayList<>(Collections.nCopies(columns.size(), (String) null));
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int column = columns.indexOf(cell.getLeftEdge());
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    continue;
                }
                boolean mergedFromAbove = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                cells.set(column, mergedFromAbove && column < above.size() ? above.get(column) : cellText(cell));
            }
            rows.add(cells);
        }
        return new Grid("bảng " + number, rows);
    }

    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            lines.add(text(cell.getParagraph(p)));
        }
        return Texts.cell(String.join("\n", lines));
    }

    /** Field codes, paragraph and cell marks and other control characters are not text. */
    private static String text(Paragraph paragraph) {
        return Range.stripFields(paragraph.text())
                .replace('\u000B', '\n')
                .replaceAll("[\\u0000-\\u0008\\u000C-\\u001F]", " ");
    }
}
