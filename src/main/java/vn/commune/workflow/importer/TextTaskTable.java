package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.commune.workflow.system.Problem;

/**
 * A task table (Trường Giang, Phụ lục II) in a PDF text copy: heading lines "TT Tên nhiệm vụ …",
 * roman group rows, numbered task rows, and the heading repeated after each page break.
 */
final class TextTaskTable {
    private static final Pattern HEADER =
            Pattern.compile("^s?tt (?:ten nhiem vu|noi dung|nhiem vu|ten cong viec)\\b.*");
    private static final Pattern GROUP = Pattern.compile("^([IVXLC]+)\\.\\s*(.*)$");
    /** A row number stands alone or before a capitalised title; "6 tháng" inside a cell does not start a row. */
    private static final Pattern ROW = Pattern.compile("^(\\d{1,3})\\.?(?:\\s+(\\p{Lu}.*))?$");

    private static final Pattern TABLE_END = Pattern.compile("^(?:phu luc|noi nhan|ghi chu|tm uy ban)\\b.*");
    private static final int MAX_HEADER_LINES = 12;

    private final List<ParsedTask> tasks = new ArrayList<>();
    private final List<Problem> warnings;
    private String group;
    private List<String> groupLines;
    private Row row;

    private TextTaskTable(List<Problem> warnings) {
        this.warnings = warnings;
    }

    static List<ParsedTask> read(List<SourceLine> lines, List<Problem> warnings) {
        for (int start = 0; start < lines.size(); start++) {
            if (HEADER.matcher(lines.get(start).key()).matches()) {
                List<String> header = header(lines, start);
                if (String.join(" ", header).contains("chu tri")) {
                    TextTaskTable table = new TextTaskTable(warnings);
                    table.readRows(lines, start + header.size(), header);
                    return table.tasks;
                }
            }
        }
        return List.of();
    }

    /** Keys of the heading lines, up to the first group or row. */
    private static List<String> header(List<SourceLine> lines, int start) {
        List<String> keys = new ArrayList<>(List.of(lines.get(start).key()));
        for (int i = start + 1; i < lines.size() && keys.size() < MAX_HEADER_LINES; i++) {
            String text = lines.get(i).text();
            if (GROUP.matcher(text).matches() || ROW.matcher(text).matches()) {
                break;
            }
            keys.add(lines.get(i).key());
        }
        return keys;
    }

    private void readRows(List<SourceLine> lines, int from, List<String> header) {
        int nextGroup = 1;
        int nextRow = 1;
        for (int i = from; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (TABLE_END.matcher(line.key()).matches()) {
                break;
            }
            if (line.key().equals(header.get(0))) {
                i += repeatedHeaderLength(lines, i, header) - 1;
                if (row != null) {
                    row.parts.add(new ArrayList<>());
                }
                continue;
            }
            Matcher groupStart = GROUP.matcher(line.text());
            Matcher rowStart = ROW.matcher(line.text());
            if (groupStart.matches() && Romans.value(groupStart.group(1)) == nextGroup) {
                finishRow();
                nextGroup++;
                group = groupStart.group(1) + ".";
                groupLines = new ArrayList<>(List.of(groupStart.group(2)));
            } else if (rowStart.matches() && isNextRow(Integer.parseInt(rowStart.group(1)), nextRow)) {
                finishRow();
                finishGroup();
                nextRow = Integer.parseInt(rowStart.group(1)) + 1;
                row = new Row(rowStart.group(1), line.where());
                if (rowStart.group(2) != null) {
                    row.add(rowStart.group(2), false);
                }
            } else if (groupLines != null) {
                groupLines.add(line.text());
            } else if (row != null) {
                row.add(line.text(), line.afterBreak());
            }
        }
        finishRow();
    }

    /** Numbering may restart at 1 under each group. */
    private boolean isNextRow(int number, int expected) {
        return number == expected || number == 1 && groupLines != null;
    }

    private static int repeatedHeaderLength(List<SourceLine> lines, int at, List<String> header) {
        int length = 1;
        while (length < header.size()
                && at + length < lines.size()
                && lines.get(at + length).key().equals(header.get(length))) {
            length++;
        }
        return length;
    }

    private void finishGroup() {
        if (groupLines != null) {
            String text = Texts.join(groupLines);
            group = text == null ? group : group + " " + text;
            groupLines = null;
        }
    }

    private void finishRow() {
        if (row == null) {
            return;
        }
        RowCells cells = RowSplitter.split(
                row.parts.stream().filter(part -> !part.isEmpty()).toList());
        if (cells.title() == null) {
            warnings.add(new Problem(row.where, "Bỏ qua hàng số " + row.number + " vì không có tên nhiệm vụ."));
            row = null;
            return;
        }
        ParsedTask task = new ParsedTask(
                row.number, group, cells.title(), cells.lead(), cells.coordinating(), cells.result(), cells.deadline());
        TaskChecks.check(task, row.where, warnings);
        tasks.add(task);
        row = null;
    }

    private static final class Row {
        final String number;
        final String where;
        final List<List<String>> parts = new ArrayList<>(List.of(new ArrayList<>()));

        Row(String number, String where) {
            this.number = number;
            this.where = where;
        }

        void add(String line, boolean newPage) {
            if (newPage && !parts.get(parts.size() - 1).isEmpty()) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(line);
        }
    }
}
