package vn.commune.workflow.importer;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/** Whitespace and line joining shared by all readers. */
final class Texts {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Texts() {}

    /** NFC, one line, single spaces; {@code null} when nothing is left. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = WHITESPACE
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .trim();
        return line.isEmpty() ? null : line;
    }

    /** A table cell: each inner line tidied, line breaks kept as "\n"; {@code null} when empty. */
    static String cell(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines =
                text.lines().map(Texts::oneLine).filter(line -> line != null).toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /**
     * A cell of office names on one line: a line break separates offices ("; ") unless the next line
     * merely continues a name cut short (lower-case start, or a line ending in a comma or dash).
     */
    static String officeList(String cell) {
        if (cell == null) {
            return null;
        }
        StringBuilder list = new StringBuilder();
        for (String line : cell.split("\n")) {
            if (list.length() > 0) {
                boolean continues = startsLowerCase(line) || list.toString().matches("(?s).*[,;\\-]$");
                list.append(continues ? " " : "; ");
            }
            list.append(line);
        }
        return trimEnd(list.toString(), ".;,");
    }

    /** Joins lines of a broken paragraph; {@code null} for no lines. */
    static String join(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            String part = oneLine(line);
            if (part == null) {
                continue;
            }
            if (joined.length() > 0 && !endsWithBrokenCode(joined)) {
                joined.append(' ');
            }
            joined.append(part);
        }
        return oneLine(joined.toString());
    }

    /** "359-" at a line end is a broken code ("359-KH/TU"); "Văn hoá -" is a spaced dash. */
    private static boolean endsWithBrokenCode(CharSequence text) {
        int last = text.length() - 1;
        return last > 0 && text.charAt(last) == '-' && Character.isLetterOrDigit(text.charAt(last - 1));
    }

    /** Drops closing punctuation that belongs to the sentence, not to the value. */
    static String trimEnd(String text, String characters) {
        if (text == null) {
            return null;
        }
        int end = text.length();
        while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return oneLine(text.substring(0, end));
    }

    static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    static boolean startsUpperCase(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
