package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.commune.workflow.system.Problem;

/**
 * Tasks from a table with a heading row found by its Vietnamese headings, in any column order.
 * Rows numbered "I.", "II." are group headings for the rows below them.
 */
final class GridTaskReader {
    private static final int HEADER_SEARCH_ROWS = 20;
    private static final int MAX_HEADING_LENGTH = 60;
    private static final Pattern GROUP = Pattern.compile("^([IVXLC]+)\\.?(?:\\s+(.*))?$", Pattern.DOTALL);
    /** The "(1) (2) (3)" row that numbers the columns under the headings. */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");

    /** {@code headerRow} is -1 and {@code problem} may say why when the grid holds no task table. */
    record Result(List<ParsedTask> tasks, int headerRow, Problem problem) {}

    private GridTaskReader() {}

    static Result read(Grid grid, List<Problem> warnings) {
        Problem problem = null;
        for (int r = 0; r < Math.min(grid.rows().size(), HEADER_SEARCH_ROWS); r++) {
            Map<Column, Integer> columns = columns(grid.rows().get(r));
            // A task table says who or when; "TT | Nội dung | Số tiền" is a budget.
            boolean taskLike = columns.containsKey(Column.LEAD) || columns.containsKey(Column.DEADLINE);
            if (columns.containsKey(Column.TITLE) && taskLike) {
                int first = r + 1;
                if (first < grid.rows().size() && isSubHeading(grid.rows().get(first))) {
                    // "Cơ quan thực hiện" over "Chủ trì | Phối hợp": the lower row names the columns.
                    columns.putAll(columns(grid.rows().get(first)));
                    first++;
                }
                return new Result(tasks(grid, first, columns, warnings), r, null);
            }
            if (problem == null && columns.size() >= 2 && taskLike) {
                problem = new Problem(
                        grid.where(r),
                        "Bảng có hàng tiêu đề nhưng không có cột tên nhiệm vụ"
                                + " (cần một cột «Tên nhiệm vụ», «Nội dung» hoặc «Nhiệm vụ»).");
            }
        }
        return new Result(List.of(), -1, problem);
    }

    private static Map<Column, Integer> columns(List<String> row) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int c = 0; c < row.size(); c++) {
            String heading = row.get(c);
            Column column = heading == null || heading.length() > MAX_HEADING_LENGTH ? null : Column.of(heading);
            if (column != null) {
                columns.putIfAbsent(column, c);
            }
        }
        return columns;
    }

    /** A row of headings only, under a heading row: the second row of a two-row heading. */
    private static boolean isSubHeading(List<String> row) {
        List<String> cells = row.stream().filter(cell -> cell != null).toList();
        return !cells.isEmpty()
                && cells.stream().allMatch(cell -> cell.length() <= MAX_HEADING_LENGTH && Column.of(cell) != null);
    }

    private static List<ParsedTask> tasks(Grid grid, int first, Map<Column, Integer> columns, List<Problem> warnings) {
        List<ParsedTask> tasks = new ArrayList<>();
        String group = null;
        for (int r = first; r < grid.rows().size(); r++) {
            List<String> row = grid.rows().get(r);
            if (row.stream().allMatch(cell -> cell == null)
                    || columns(row).containsKey(Column.TITLE) && columns(row).size() >= 2) {
                continue;
            }
            String heading = groupHeading(grid, r, columns);
            String title = Texts.oneLine(grid.cell(r, columns.get(Column.TITLE)));
            if (heading != null) {
                group = heading;
            } else if (title == null) {
                warnings.add(new Problem(grid.where(r), "Bỏ qua hàng không có tên nhiệm vụ."));
            } else if (!COLUMN_NUMBER.matcher(title).matches()) {
                ParsedTask task = new ParsedTask(
                        Texts.trimEnd(Texts.oneLine(grid.cell(r, columns.get(Column.NUMBER))), "."),
                        group,
                        title,
                        Texts.officeList(grid.cell(r, columns.get(Column.LEAD))),
                        Texts.officeList(grid.cell(r, columns.get(Column.COORDINATING))),
                        Texts.oneLine(grid.cell(r, columns.get(Column.RESULT))),
                        Texts.trimEnd(Texts.oneLine(grid.cell(r, columns.get(Column.DEADLINE))), ".;,"));
                TaskChecks.check(task, grid.where(r), warnings);
                tasks.add(task);
            }
        }
        return tasks;
    }

    /** "I." in the number column, or "I. Nhóm …" in the title column of an unnumbered row. */
    private static String groupHeading(Grid grid, int r, Map<Column, Integer> columns) {
        Integer numberColumn = columns.get(Column.NUMBER);
        String number = Texts.oneLine(grid.cell(r, numberColumn));
        String marker = number != null ? number : Texts.oneLine(grid.cell(r, columns.get(Column.TITLE)));
        Matcher roman = GROUP.matcher(marker == null ? "" : marker);
        if (!roman.matches() || Romans.value(roman.group(1)) == 0 || number == null && roman.group(2) == null) {
            return null;
        }
        Set<String> texts = new LinkedHashSet<>();
        if (roman.group(2) != null) {
            texts.add(roman.group(2));
        }
        List<String> cells = grid.rows().get(r);
        for (int c = 0; number != null && c < cells.size(); c++) {
            if (cells.get(c) != null && c != numberColumn) {
                texts.add(Texts.oneLine(cells.get(c)));
            }
        }
        String text = Texts.oneLine(String.join(" ", texts));
        return roman.group(1) + "." + (text == null ? "" : " " + text);
    }
}
