package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.commune.workflow.system.Problem;

/** A plan in Word: its tasks come from a task table if it has one, else from numbered paragraphs. */
final class DocxPlanReader {
    private DocxPlanReader() {}

    static ParsedPlan read(byte[] content) {
        return Ooxml.readDocx(content, DocxPlanReader::read);
    }

    private static ParsedPlan read(XWPFDocument document) {
        List<String> paragraphs = new ArrayList<>();
        List<String> everything = new ArrayList<>();
        List<Grid> grids = new ArrayList<>();
        DocxNumbering numbering = new DocxNumbering();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = numbering.label(paragraph) + paragraph.getText();
                paragraphs.add(text);
                everything.add(text);
            } else if (element instanceof XWPFTable table) {
                Grid grid = DocxTables.grid(table, grids.size() + 1);
                grids.add(grid);
                // The heading block (commune, number, date) usually sits in a borderless table.
                grid.rows()
                        .forEach(row -> row.stream()
                                .filter(cell -> cell != null)
                                .forEach(cell -> everything.addAll(List.of(cell.split("\n")))));
            }
        }
        List<Problem> warnings = new ArrayList<>();
        PlanHeader header = PlanHeader.read(SourceLine.ofParagraphs(everything), warnings);
        List<SourceLine> body = SourceLine.ofParagraphs(paragraphs);
        List<ParsedTask> tasks = new ArrayList<>();
        Problem problem = null;
        for (Grid grid : grids) {
            GridTaskReader.Result result = GridTaskReader.read(grid, warnings);
            tasks.addAll(result.tasks());
            problem = problem == null ? result.problem() : problem;
        }
        if (tasks.isEmpty()) {
            tasks = ParagraphTasks.read(body, true, warnings);
        }
        if (tasks.isEmpty()) {
            throw new PlanReadException(
                    List.of(
                            problem != null
                                    ? problem
                                    : new Problem(
                                            FileFormat.WHOLE_FILE,
                                            "Không tìm thấy danh sách nhiệm vụ: cần một bảng có cột «Tên nhiệm vụ», «Cơ quan chủ trì»…"
                                                    + " hoặc các mục đánh số 1, 2, 3… có dòng «- Cơ quan chủ trì:», «- Thời gian thực hiện:».")));
        }
        return new ParsedPlan(
                header.number(),
                header.issuedOn(),
                header.title(),
                header.commune(),
                MonitoringOffice.find(body),
                tasks,
                List.of(),
                warnings);
    }
}
