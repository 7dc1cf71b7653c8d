package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import vn.commune.workflow.system.Problem;

/**
 * What the tables of a document hold: tasks, indicators, and why a table that looked like a task table
 * gave none. {@code heading} holds the rows above the first table, which may name the plan.
 */
record Tables(List<ParsedTask> tasks, List<ParsedIndicator> indicators, Problem problem, List<SourceLine> heading) {

    /** Each grid is an indicator table or else, perhaps, a task table. */
    static Tables of(List<Grid> grids, List<Problem> warnings) {
        List<ParsedTask> tasks = new ArrayList<>();
        List<ParsedIndicator> indicators = new ArrayList<>();
        List<SourceLine> heading = List.of();
        Problem problem = null;
        for (Grid grid : grids) {
            GridIndicatorReader.Result found = GridIndicatorReader.read(grid, warnings);
            GridTaskReader.Result result = found.headerRow() >= 0 ? null : GridTaskReader.read(grid, warnings);
            int headerRow = result == null ? found.headerRow() : result.headerRow();
            if (headerRow >= 0 && heading.isEmpty()) {
                heading = linesAbove(grid, headerRow);
            }
            indicators.addAll(found.indicators());
            if (result != null) {
                tasks.addAll(result.tasks());
                problem = problem == null ? result.problem() : problem;
            }
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
