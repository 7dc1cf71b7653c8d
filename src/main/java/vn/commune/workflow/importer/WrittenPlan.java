package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.commune.workflow.system.Problem;

/**
 * A plan written as a document (Word, text, PDF), once its lines and tables are read: its tasks come from
 * a task table, else from numbered paragraphs with duty lines, else from the bullets of its plan section.
 * A document titled "BÁO CÁO" is a report: only a plan section inside it is read, and without one it is
 * refused.
 */
final class WrittenPlan {
    static final String DOCUMENT = "Tài liệu";
    private static final String NO_TASKS = "Không tìm thấy danh sách nhiệm vụ: cần một bảng có dòng tiêu đề"
            + " «TT | Tên nhiệm vụ | Cơ quan chủ trì …», hoặc các mục đánh số 1, 2, 3… có dòng «- Cơ quan chủ trì:»,"
            + " «- Thời gian thực hiện:», hoặc các gạch đầu dòng «- …» dưới một mục «Kế hoạch», «Nhiệm vụ»"
            + " hay «Nhiệm vụ và giải pháp».";

    private WrittenPlan() {}

    /**
     * @param headingLines where the number, date and title are looked for (Word: paragraphs and table cells)
     * @param body the running text, in order
     * @param tables reads the document's tables, adding its warnings to the list it is given
     * @param where names the whole document in a refusal ("toàn văn bản", "toàn tệp")
     */
    static ParsedPlan read(
            List<SourceLine> headingLines,
            List<SourceLine> body,
            boolean wholeParagraphs,
            Function<List<Problem>, Tables> tables,
            String where,
            String readBy) {
        List<Problem> warnings = new ArrayList<>();
        if (ParsedPlan.OCR.equals(readBy)) {
            warnings.add(new Problem(
                    DOCUMENT,
                    "Văn bản được đọc từ bản quét bằng nhận dạng chữ (OCR), có thể sai chữ, sai số:"
                            + " hãy đối chiếu tên, cơ quan và thời hạn của từng nhiệm vụ với bản gốc."));
        }
        PlanHeader header = PlanHeader.read(headingLines, warnings);
        Outline outline = new Outline(body);
        List<ParsedTask> tasks;
        List<ParsedIndicator> indicators = List.of();
        Problem problem = null;
        if (header.report()) {
            if (!outline.hasPlanSection()) {
                throw PlanReadException.of(
                        DOCUMENT,
                        "Tài liệu «" + header.title() + "» là báo cáo, không phải kế hoạch: không có mục kế hoạch"
                                + " (như «II. Kế hoạch năm …» hay «Nhiệm vụ và giải pháp») liệt kê nhiệm vụ để nhập."
                                + " Hãy tải lên văn bản kế hoạch.");
            }
            // The report's own tables tell what was done, not what is to be done.
            tasks = ParagraphTasks.read(outline.planLines(), wholeParagraphs, warnings);
        } else {
            Tables read = tables.apply(warnings);
            tasks = read.tasks();
            indicators = read.indicators();
            problem = read.problem();
            if (tasks.isEmpty()) {
                tasks = ParagraphTasks.read(body, wholeParagraphs, warnings);
            }
        }
        List<ProposedIndicator> proposals = List.of();
        if (tasks.isEmpty()) {
            BulletTasks.Result bullets = BulletTasks.read(outline, header.issuedOn(), header.year(), wholeParagraphs);
            tasks = bullets.tasks();
            proposals = bullets.proposals();
        }
        if (tasks.isEmpty() && proposals.isEmpty() && indicators.isEmpty()) {
            throw new PlanReadException(List.of(problem != null ? problem : new Problem(where, NO_TASKS)));
        }
        return new ParsedPlan(
                header.number(),
                header.issuedOn(),
                header.title(),
                header.commune(),
                MonitoringOffice.find(body),
                tasks,
                indicators,
                proposals,
                OrganisationSection.read(outline),
                readBy,
                warnings);
    }
}
