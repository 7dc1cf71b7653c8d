package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import vn.commune.workflow.system.Problem;

/** A plan as UTF-8 text copied from its signed PDF. */
final class TextPlanReader {
    private TextPlanReader() {}

    static ParsedPlan read(byte[] content) {
        List<SourceLine> lines = TextCleaner.clean(Utf8Text.decode(content));
        List<Problem> warnings = new ArrayList<>();
        PlanHeader header = PlanHeader.read(lines, warnings);
        List<ParsedTask> tasks = TextTaskTable.read(lines, warnings);
        if (tasks.isEmpty()) {
            tasks = ParagraphTasks.read(lines, false, warnings);
        }
        if (tasks.isEmpty()) {
            throw PlanReadException.of(
                    "toàn văn bản",
                    "Không tìm thấy danh sách nhiệm vụ: cần một bảng có dòng tiêu đề"
                            + " «TT | Tên nhiệm vụ | Cơ quan chủ trì …» hoặc các mục đánh số 1, 2, 3… có dòng «- Cơ quan chủ trì:»,"
                            + " «- Thời gian thực hiện:».");
        }
        List<ParsedIndicator> indicators = TextIndicatorTable.read(lines, warnings);
        return new ParsedPlan(
                header.number(),
                header.issuedOn(),
                header.title(),
                header.commune(),
                MonitoringOffice.find(lines),
                tasks,
                indicators,
                warnings);
    }
}
