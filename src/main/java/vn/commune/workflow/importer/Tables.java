package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import vn.commune.workflow.plan.Problem;

/**
 * What the tables of a document hold: tasks, indicators, and why a table that looked like a task table
 * gave none. {@code heading} holds the rows above the first task table, which may name the plan.
 */
record Tables(List<ParsedTask> tasks, List<ParsedIndicator> indicators, Problem problem, List<SourceLine> heading) {

    /** Each grid is an indicator table or else, perhaps, a task table. */
    static Tables of(List<Grid> grids, List<Problem> warnings) {
        List<ParsedTask> tasks = new ArrayList<>();
        List<ParsedIndicator> indicators = new ArrayList<>();
        List<SourceLine> heading = List.of();
        Problem problem = null;
        for (Grid grid : grids) {
            List<ParsedIndicator> found = GridIndicatorReader.read(grid, warnings);
            if (!found.isEmpty()) {
                indicators.addAll(found);
                continue;
            }
            GridTaskReader.Result result = GridTaskReader.read(grid, warnings);
            if (result.headerRow() >= 0 && tasks.isEmpty()) {
                heading = linesAbove(grid, result.headerRow());
            }
            tasks.addAll(result.tasks());
            problem = problem == null ? result.problem() : problem;
        }
        return new Tables(tasks, indicators, problem, heading);
    }

    private static List<SourceLine> linesAbove(Grid grid, int headerRow) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : grid.rows().subList(0, headerRow)) {
            lines.add(String.join(" ", row.stream().filter(cell -> cell != null).toList()));
        }
        return SourceLine.ofParagraphs(lines);
    }
}
