package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import vn.commune.workflow.system.Problem;

/** A plan given as task tables only (worksheets, CSV); the rows above the headings may name the plan. */
final class TablePlan {
    private TablePlan() {}

    static ParsedPlan read(List<Grid> grids) {
        List<Problem> warnings = new ArrayList<>();
        List<ParsedTask> tasks = new ArrayList<>();
        List<SourceLine> heading = new ArrayList<>();
        Problem problem = null;
        for (Grid grid : grids) {
            GridTaskReader.Result result = GridTaskReader.read(grid, warnings);
            if (result.headerRow() >= 0 && tasks.isEmpty()) {
                heading = linesAbove(grid, result.headerRow());
            }
            tasks.addAll(result.tasks());
            problem = problem == null ? result.problem() : problem;
        }
        if (tasks.isEmpty()) {
            throw new PlanReadException(
                    List.of(
                            problem != null
                                    ? problem
                                    : new Problem(
                                            FileFormat.WHOLE_FILE,
                                            "Không tìm thấy bảng nhiệm vụ: cần một hàng tiêu đề có cột «Tên nhiệm vụ» (hoặc «Nội dung»)"
                                                    + " và các cột như «Cơ quan chủ trì», «Thời gian hoàn thành» trong 20 hàng đầu.")));
        }
        List<Problem> all = new ArrayList<>();
        PlanHeader header = PlanHeader.read(heading, all);
        all.addAll(warnings);
        return new ParsedPlan(
                header.number(),
                header.issuedOn(),
                header.title(),
                header.commune(),
                MonitoringOffice.find(heading),
                tasks,
                List.of(),
                all);
    }

    private static List<SourceLine> linesAbove(Grid grid, int headerRow) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : grid.rows().subList(0, headerRow)) {
            lines.add(String.join(" ", row.stream().filter(cell -> cell != null).toList()));
        }
        return SourceLine.ofParagraphs(lines);
    }
}
