package vn.commune.workflow.importer;

import java.util.Map;
import java.util.regex.Pattern;

/** Roman numerals of group and section headings ("I.", "IV."). */
final class Romans {
    private static final Pattern ROMAN = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final Map<Character, Integer> VALUES =
            Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);

    private Romans() {}

    /** The value of a well-formed numeral, or 0. */
    static int value(String numeral) {
        if (numeral == null || numeral.isEmpty() || !ROMAN.matcher(numeral).matches()) {
            return 0;
        }
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = VALUES.get(numeral.charAt(i));
            boolean subtract = i + 1 < numeral.length() && value < VALUES.get(numeral.charAt(i + 1));
            total += subtract ? -value : value;
        }
        return total;
    }
}
