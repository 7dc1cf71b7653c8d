package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.commune.workflow.system.Problem;

/**
 * An indicator table (chỉ tiêu) in Word or a workbook: "TT | Tên chỉ tiêu | Đơn vị tính | 2025 | 2030 | … |
 * Cơ quan theo dõi", the years either in the heading row or in a second row under a heading such as
 * "Mục tiêu" spanning them. Targets and units are kept as written.
 */
final class GridIndicatorReader {
    private static final int HEADER_SEARCH_ROWS = 20;
    private static final int MAX_HEADING_LENGTH = 60;
    private static final Pattern NAME = Pattern.compile("^(?:ten |noi dung )?chi tieu\\b");
    private static final Pattern UNIT = Pattern.compile("^(?:don vi tinh|don vi|dvt)$");
    private static final Pattern OFFICE =
            Pattern.compile("\\b(?:chu tri|theo doi|phu trach|co quan thuc hien|don vi thuc hien|danh gia)\\b");
    private static final Pattern NUMBER = Pattern.compile("^(?:s?tt|so tt)$");
    /** "2025", "Năm 2030", "Đến hết năm 2025". */
    private static final Pattern YEAR = Pattern.compile("^(?:(?:den )?(?:het )?nam )?(20\\d\\d)$");

    private static final Pattern GROUP = Pattern.compile("^[IVXLC]+\\.?$");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");

    private record Columns(int name, Integer unit, Integer office, Integer number, Map<Integer, String> years) {}

    /** {@code headerRow} is -1 when the grid is not an indicator table. */
    record Result(List<ParsedIndicator> indicators, int headerRow) {}

    private static final Result NONE = new Result(List.of(), -1);

    private GridIndicatorReader() {}

    static Result read(Grid grid, List<Problem> warnings) {
        for (int r = 0; r < Math.min(grid.rows().size(), HEADER_SEARCH_ROWS); r++) {
            Integer name = find(grid.rows().get(r), NAME);
            if (name == null) {
                continue;
            }
            Map<Integer, String> years = years(grid.rows().get(r));
            int first = r + 1;
            if (years.isEmpty() && r + 1 < grid.rows().size()) {
                // A two-row heading: "Mục tiêu" over "2025 | 2030 | 2045".
                years = years(grid.rows().get(r + 1));
                first = r + 2;
            }
            if (years.isEmpty()) {
                return NONE;
            }
            List<String> heading = grid.rows().get(r);
            Columns columns =
                    new Columns(name, find(heading, UNIT), find(heading, OFFICE), find(heading, NUMBER), years);
            return new Result(indicators(grid, first, columns, warnings), r);
        }
        return NONE;
    }

    private static List<ParsedIndicator> indicators(Grid grid, int first, Columns columns, List<Problem> warnings) {
        List<ParsedIndicator> indicators = new ArrayList<>();
        for (int r = first; r < grid.rows().size(); r++) {
            String name = Texts.oneLine(grid.cell(r, columns.name()));
            String number = Texts.trimEnd(Texts.oneLine(grid.cell(r, columns.number())), ".");
            if (name == null
                    || COLUMN_NUMBER.matcher(name).matches()
                    || number != null && GROUP.matcher(number).matches()) {
                continue;
            }
            Map<String, String> targets = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> year : columns.years().entrySet()) {
                String value = Texts.oneLine(grid.cell(r, year.getKey()));
                if (value != null) {
                    targets.put(year.getValue(), value);
                }
            }
            String next = r + 1 < grid.rows().size() ? Texts.oneLine(grid.cell(r + 1, columns.number())) : null;
            boolean parent = number != null && next != null && next.startsWith(number + ".");
            if (targets.isEmpty() && !parent) {
                warnings.add(new Problem(
                        grid.where(r),
                        "Chỉ tiêu " + (number == null ? "«" + name + "»" : number)
                                + " chưa có giá trị mục tiêu theo năm."));
            }
            indicators.add(new ParsedIndicator(
                    number,
                    name,
                    Texts.oneLine(grid.cell(r, columns.unit())),
                    targets,
                    Texts.officeList(grid.cell(r, columns.office()))));
        }
        return indicators;
    }

    private static Integer find(List<String> row, Pattern heading) {
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            if (cell != null
                    && cell.length() <= MAX_HEADING_LENGTH
                    && heading.matcher(Fold.key(cell)).find()) {
                return c;
            }
        }
        return null;
    }

    private static Map<Integer, String> years(List<String> row) {
        Map<Integer, String> years = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
            Matcher year = YEAR.matcher(Fold.key(row.get(c)));
            if (year.matches()) {
                years.put(c, year.group(1));
            }
        }
        return years;
    }
}
