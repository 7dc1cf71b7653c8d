package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import vn.commune.workflow.system.Problem;

/** A plan given as tables only (worksheets, CSV); the rows above the headings may name the plan. */
final class TablePlan {
    private TablePlan() {}

    static ParsedPlan read(List<Grid> grids) {
        List<Problem> warnings = new ArrayList<>();
        Tables tables = Tables.of(grids, warnings);
        if (tables.tasks().isEmpty() && tables.indicators().isEmpty()) {
            throw new PlanReadException(
                    List.of(
                            tables.problem() != null
                                    ? tables.problem()
                                    : new Problem(
                                            FileFormat.WHOLE_FILE,
                                            "Không tìm thấy bảng nhiệm vụ: cần một hàng tiêu đề có cột «Tên nhiệm vụ» (hoặc «Nội dung»)"
                                                    + " và các cột như «Cơ quan chủ trì», «Thời gian hoàn thành» trong 20 hàng đầu.")));
        }
        List<Problem> all = new ArrayList<>();
        PlanHeader header = PlanHeader.read(tables.heading(), all);
        all.addAll(warnings);
        return new ParsedPlan(
                header.number(),
                header.issuedOn(),
                header.title(),
                header.commune(),
                MonitoringOffice.find(tables.heading()),
                tables.tasks(),
                tables.indicators(),
                List.of(),
                List.of(),
                ParsedPlan.TEXT,
                all);
    }
}
