package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the cells of one Phụ lục II row from a PDF text copy, where the cells of a row come one
 * after the other as broken lines. The title column is wide and starts the row; lead and
 * coordinating cells start with an office word; the result follows; the deadline is the short tail
 * that reads as a deadline. A row cut by a page break continues each open cell in column order.
 */
final class RowSplitter {
    private static final int MAX_DEADLINE_LINES = 4;
    private static final int MAX_DEADLINE_LINE = 20;
    /** Every column but the title is narrow; a longer line belongs to the title. */
    private static final int MAX_NARROW_LINE = 30;
    /** A title line this much shorter than the widest one ends the title paragraph. */
    private static final double SHORT_LINE = 0.6;
    /** After a page break, a title line at least this full goes on in the next line. */
    private static final double FULL_LINE = 0.75;

    private static final String EMPTY_CELL = "-";

    private enum Kind {
        OFFICE,
        RESULT
    }

    private final List<String> title = new ArrayList<>();
    private final List<String> lead = new ArrayList<>();
    private final List<String> coordinating = new ArrayList<>();
    private final List<String> result = new ArrayList<>();
    private final List<String> deadline = new ArrayList<>();
    private int officeCellsPlaced;

    private RowSplitter() {}

    /** @param parts the row's lines, one list per page the row spans */
    static RowCells split(List<List<String>> parts) {
        RowSplitter row = new RowSplitter();
        for (int p = 0; p < parts.size(); p++) {
            List<String> lines = new ArrayList<>(parts.get(p));
            row.takeDeadline(lines, p == 0 ? 1 : 0);
            int next = p == 0 ? row.takeTitle(lines) : row.takeTitleContinuation(lines);
            row.takeCells(lines.subList(next, lines.size()), p > 0);
        }
        return new RowCells(
                Texts.join(row.title),
                office(row.lead),
                office(row.coordinating),
                Texts.join(row.result),
                Texts.trimEnd(Texts.join(row.deadline), ".;,"));
    }

    private static String office(List<String> lines) {
        return Texts.trimEnd(Texts.join(lines), ".;,");
    }

    private void takeDeadline(List<String> lines, int keep) {
        for (int k = Math.min(MAX_DEADLINE_LINES, lines.size() - keep); k >= 1; k--) {
            List<String> tail = lines.subList(lines.size() - k, lines.size());
            boolean allShort = tail.stream().allMatch(line -> line.length() <= MAX_DEADLINE_LINE);
            if (allShort && Deadlines.looksLikeDeadline(Texts.join(tail))) {
                deadline.addAll(tail);
                tail.clear();
                return;
            }
        }
    }

    private int takeTitle(List<String> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int widest = lines.stream().mapToInt(String::length).max().orElse(0);
        title.add(lines.get(0));
        int i = 1;
        while (i < lines.size() && !startsCell(lines.get(i), lines.get(i - 1), widest)) {
            title.add(lines.get(i++));
        }
        return i;
    }

    private static boolean startsCell(String line, String previous, int widest) {
        if (line.equals(EMPTY_CELL) || OfficeWords.startsOfficeName(line) && line.length() <= MAX_NARROW_LINE) {
            return true;
        }
        boolean titleEnded = previous.length() < SHORT_LINE * widest || endsSentence(previous);
        return line.length() <= MAX_NARROW_LINE && Texts.startsUpperCase(line) && titleEnded;
    }

    /** After a page break the title goes on while its lines stay full and no sentence ends. */
    private int takeTitleContinuation(List<String> lines) {
        if (title.isEmpty() || endsSentence(title.get(title.size() - 1))) {
            return 0;
        }
        int width = 0;
        for (String line : title) {
            width = Math.max(width, line.length());
        }
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        int i = 0;
        while (i < lines.size()
                && !Texts.startsUpperCase(lines.get(i))
                && !lines.get(i).equals(EMPTY_CELL)) {
            String line = lines.get(i++);
            title.add(line);
            if (endsSentence(line) || line.length() < FULL_LINE * width) {
                break;
            }
        }
        return i;
    }

    private void takeCells(List<String> lines, boolean continuation) {
        int i = 0;
        List<String> open = lastFilled();
        while (continuation
                && open != null
                && i < lines.size()
                && !Texts.startsUpperCase(lines.get(i))
                && !lines.get(i).equals(EMPTY_CELL)) {
            open.add(lines.get(i++));
        }
        Kind kind = null;
        List<String> cell = new ArrayList<>();
        for (String line : lines.subList(i, lines.size())) {
            if (line.equals(EMPTY_CELL)) {
                place(kind, cell);
                place(Kind.OFFICE, new ArrayList<>());
                kind = null;
                cell = new ArrayList<>();
            } else if (kind == Kind.RESULT || kind == Kind.OFFICE && continuesOffice(cell, line)) {
                cell.add(line);
            } else {
                place(kind, cell);
                boolean office = officeCellsPlaced < 2
                        && result.isEmpty()
                        && line.length() <= MAX_NARROW_LINE
                        && OfficeWords.startsOfficeName(line);
                kind = office ? Kind.OFFICE : Kind.RESULT;
                cell = new ArrayList<>(List.of(line));
            }
        }
        place(kind, cell);
    }

    private static boolean continuesOffice(List<String> cell, String line) {
        String previous = cell.get(cell.size() - 1);
        if (!Texts.startsUpperCase(line) || previous.matches(".*(?:[,;\\-]|\\svà)$")) {
            return true;
        }
        return !OfficeWords.startsOfficeName(line)
                && line.length() <= MAX_NARROW_LINE
                && OfficeWords.isIncomplete(String.join(" ", cell));
    }

    /** Office cells fill lead, then coordinating; an empty cell ("-") still takes its place. */
    private void place(Kind kind, List<String> cell) {
        if (kind == Kind.OFFICE && officeCellsPlaced < 2) {
            (officeCellsPlaced++ == 0 ? lead : coordinating).addAll(cell);
        } else if (kind != null) {
            result.addAll(cell);
        }
    }

    private List<String> lastFilled() {
        for (List<String> column : List.of(result, coordinating, lead)) {
            if (!column.isEmpty()) {
                return column;
            }
        }
        return null;
    }

    private static boolean endsSentence(String line) {
        return line.matches(".*[.;:!?”\"]$");
    }
}
