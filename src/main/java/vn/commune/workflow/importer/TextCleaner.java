package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a PDF-to-text copy adds to a plan: page numbers, footnotes (after their rule of spaces)
 * and footnote marks glued to words ("Đảng uỷ xã3:"). Blank lines go too; their place is remembered.
 */
final class TextCleaner {
    private static final int FOOTNOTE_RULE_WIDTH = 20;
    private static final int MAX_FOOTNOTE_LINES = 40;
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern PAGE_LABEL = Pattern.compile("(?i)trang \\d{1,3}(?:\\s*/\\s*\\d{1,3})?");
    /** The next page starts with one space in these copies, which is where a footnote block ends. */
    private static final Pattern PAGE_CONTINUATION = Pattern.compile("^ \\S.*");

    private static final Pattern FOOTNOTE_START = Pattern.compile("^\\s*(\\d{1,2})\\.?\\s+\\S.*");

    private TextCleaner() {}

    static List<SourceLine> clean(String text) {
        List<String> raw = SourceLine.rawLines(text);
        boolean[] dropped = new boolean[raw.size()];
        Set<String> footnotes = new TreeSet<>();
        dropPageNumbers(raw, dropped);
        dropFootnotes(raw, dropped, footnotes);
        Pattern marks = footnotes.isEmpty()
                ? null
                : Pattern.compile("(?<=\\p{Ll})(?:" + String.join("|", footnotes) + ")(?=[\\s,.;:)]|$)");
        List<SourceLine> lines = new ArrayList<>();
        boolean pendingBreak = false;
        boolean pendingGap = false;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (dropped[i]) {
                pendingBreak = true;
            } else if (line.isBlank()) {
                pendingGap |= !line.isEmpty();
            } else {
                String kept = marks == null ? line : marks.matcher(line).replaceAll("");
                lines.add(new SourceLine("dòng " + (i + 1), kept.strip(), pendingBreak, pendingGap));
                pendingBreak = false;
                pendingGap = false;
            }
        }
        return lines;
    }

    /** A bare number after two empty lines is a page number (rows of a table have one empty line). */
    private static void dropPageNumbers(List<String> raw, boolean[] dropped) {
        for (int i = 0; i < raw.size(); i++) {
            String trimmed = raw.get(i).strip();
            boolean numberAfterGap = i >= 2
                    && raw.get(i - 1).isEmpty()
                    && raw.get(i - 2).isEmpty()
                    && PAGE_NUMBER.matcher(trimmed).matches();
            dropped[i] |= numberAfterGap || PAGE_LABEL.matcher(trimmed).matches();
        }
    }

    private static void dropFootnotes(List<String> raw, boolean[] dropped, Set<String> numbers) {
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (!line.isBlank() || line.length() < FOOTNOTE_RULE_WIDTH) {
                continue;
            }
            int end = blockEnd(raw, i);
            for (int j = i; j < end; j++) {
                dropped[j] = true;
                Matcher start = FOOTNOTE_START.matcher(raw.get(j));
                if (start.matches()) {
                    numbers.add(start.group(1));
                }
            }
            i = end - 1;
        }
    }

    /** Where the footnotes after a rule end; without a next page in reach, only a final block is dropped. */
    private static int blockEnd(List<String> raw, int rule) {
        int limit = Math.min(raw.size(), rule + MAX_FOOTNOTE_LINES);
        for (int j = rule + 1; j < limit; j++) {
            if (PAGE_CONTINUATION.matcher(raw.get(j)).matches()) {
                return j;
            }
        }
        return limit == raw.size() ? limit : rule + 1;
    }
}
