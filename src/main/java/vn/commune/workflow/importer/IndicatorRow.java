package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One indicator row of a PDF text copy: name lines, then unit, the targets ("≥ 10 ≥ 25 … 100") and
 * the tracking office. The targets are the longest run of value tokens after the name; the unit is
 * what stands between the name and them ("%", "Doanh nghiệp", "% tổng chi NSNN").
 */
record IndicatorRow(String name, String unit, List<String> values, String office) {
    private static final int MAX_UNIT = 30;
    private static final Pattern VALUE =
            Pattern.compile("(?<=^|\\s)(?:[≥≤<>]\\s*)?(?:\\d+(?:[.,]\\d+)?%?|-|X)(?=\\s|$)");
    private static final Pattern GAP = Pattern.compile("\\s*");

    static IndicatorRow parse(List<String> lines) {
        List<String> name = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String line : lines) {
            boolean nameGoesOn = rest.isEmpty() && (name.isEmpty() || Texts.startsLowerCase(line));
            int cut = nameGoesOn ? valuesStart(line) : 0;
            if (cut > 0) {
                name.add(line.substring(0, cut));
            }
            if (cut < line.length()) {
                rest.add(line.substring(cut));
            }
        }
        String tail = Texts.join(rest);
        return tail == null
                ? new IndicatorRow(Texts.join(name), null, List.of(), null)
                : withValues(Texts.join(name), tail);
    }

    /** Where unit and values begin inside a name line ("Tỷ lệ … trực tuyến % ≥ 70 …"), or its length. */
    private static int valuesStart(String line) {
        int percent = line.indexOf('%');
        if (percent > 0 && VALUE.matcher(line).find(percent)) {
            return percent;
        }
        int[] run = longestRun(line);
        return run[2] >= 2 ? run[0] : line.length();
    }

    private static IndicatorRow withValues(String name, String tail) {
        int[] run = longestRun(tail);
        if (run[2] == 0) {
            return new IndicatorRow(name, null, List.of(), Texts.trimEnd(tail, ".;,"));
        }
        String unit = Texts.oneLine(tail.substring(0, run[0]));
        List<String> values = new ArrayList<>();
        Matcher value = VALUE.matcher(tail.substring(run[0], run[1]));
        while (value.find()) {
            values.add(value.group().replaceAll("^([≥≤<>])\\s*", "$1 "));
        }
        String after = tail.substring(run[1]).trim();
        // "100 (Các hệ thống … thông minh.)": a note on the last target, not an office.
        if (after.startsWith("(") && after.contains(")")) {
            int close = after.indexOf(')') + 1;
            values.set(values.size() - 1, values.get(values.size() - 1) + " " + after.substring(0, close));
            after = after.substring(close);
        }
        return new IndicatorRow(
                name,
                unit != null && unit.length() <= MAX_UNIT ? unit : null,
                values,
                Texts.trimEnd(Texts.oneLine(after), ".;,"));
    }

    /** Start, end and token count of the longest run of values separated only by spaces. */
    private static int[] longestRun(String text) {
        int[] best = {0, 0, 0};
        int start = -1;
        int end = -1;
        int count = 0;
        Matcher value = VALUE.matcher(text);
        while (value.find()) {
            boolean joins =
                    count > 0 && GAP.matcher(text.substring(end, value.start())).matches();
            if (!joins) {
                start = value.start();
                count = 0;
            }
            end = value.end();
            count++;
            if (count > best[2]) {
                best = new int[] {start, end, count};
            }
        }
        return best;
    }
}
