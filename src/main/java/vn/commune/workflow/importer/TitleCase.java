package vn.commune.workflow.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a title line set in capitals ("KẾ HOẠCH CHUYỂN ĐỔI SỐ XÃ NGỌK BAY") the way the same document
 * writes each word in its running text: "Kế hoạch chuyển đổi số xã Ngọk Bay". A word the text never uses
 * is lowered if it is a Vietnamese syllable and kept as written otherwise ("UBND", "DTI"); a word with a
 * digit or a slash is a code ("01-KH/BCĐ") and is kept as written.
 */
final class TitleCase {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SYLLABLE = Pattern.compile(
            "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$");
    private static final int LOWER = 0;
    private static final int CAPITALISED = 1;
    private static final int CAPITALS = 2;

    /** Lower-case word → how often the running text writes it lower, Capitalised, in CAPITALS. */
    private final Map<String, int[]> usage = new HashMap<>();

    TitleCase(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            if (!Sections.mostlyCapitals(line.text())) {
                count(line.text());
            }
        }
    }

    /** The words of a capitals line re-cased; the first word of a title starts with a capital. */
    String recase(String capitals, boolean startsTitle) {
        StringBuilder result = new StringBuilder();
        for (String token : capitals.split(" ")) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            result.append(token.matches(".*[\\d/].*") ? token : recaseWords(token));
        }
        String text = result.toString();
        return startsTitle && !text.isEmpty()
                ? text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1)
                : text;
    }

    private String recaseWords(String token) {
        Matcher word = WORD.matcher(token);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(out, Matcher.quoteReplacement(recaseWord(word.group())));
        }
        word.appendTail(out);
        return out.toString();
    }

    private String recaseWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int[] counts = usage.get(lower);
        if (counts == null) {
            return SYLLABLE.matcher(Fold.key(word)).matches() ? lower : word;
        }
        if (counts[CAPITALS] > counts[LOWER] && counts[CAPITALS] > counts[CAPITALISED]) {
            return word;
        }
        return counts[CAPITALISED] > counts[LOWER] ? capitalised(lower) : lower;
    }

    /** Words at the start of a sentence are capitalised whatever they are, so they are not counted. */
    private void count(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String before = text.substring(0, word.start()).strip();
            boolean sentenceStart = !before.matches("(?s).*[\\p{L}\\d].*") || before.matches("(?s).*[.:!?]$");
            String w = word.group();
            int kind = kind(w);
            if (!sentenceStart && kind >= 0) {
                usage.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[3])[kind]++;
            }
        }
    }

    private static int kind(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals(lower)) {
            return LOWER;
        }
        if (word.equals(capitalised(lower))) {
            return word.length() == 1 ? -1 : CAPITALISED;
        }
        return word.equals(word.toUpperCase(Locale.ROOT)) ? CAPITALS : -1;
    }

    private static String capitalised(String lower) {
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
