package vn.commune.workflow.upload;

import java.text.Normalizer;

/**
 * File names as people will read them in lists, messages and downloads: no folders, no invisible characters that
 * reorder or hide text (U+202E makes "hoa-don\u202Efdp.exe" display as "hoa-donexe.pdf"), Vietnamese kept as written.
 */
final class FileNames {

    /** Fits the evidence table's file_name column (255) with room to spare; no real document title is longer. */
    static final int MAX_LENGTH = 200;

    /** Enough to recognise an entry in a message. */
    private static final int MAX_QUOTED = 80;

    /** Longer "extensions" are part of the name, not a type to keep when shortening it. */
    private static final int MAX_EXTENSION = 10;

    private FileNames() {}

    /** The name without folders or invisible characters, NFC, at most {@link #MAX_LENGTH}; may be empty. */
    static String clean(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = trimEnds(Normalizer.normalize(visible(name), Normalizer.Form.NFC));
        return shorten(name);
    }

    /** Text from a file's inside (an entry name) made safe to quote in a message, and short enough. */
    static String quote(String text) {
        String shown = visible(text);
        return shown.codePointCount(0, shown.length()) <= MAX_QUOTED
                ? shown
                : shown.substring(0, shown.offsetByCodePoints(0, MAX_QUOTED)) + "…";
    }

    private static String visible(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(FileNames::isVisible).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Drops C0/C1 controls, format characters (bidi controls, zero-width, BOM), line separators, lone surrogates. */
    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> false;
            default -> true;
        };
    }

    private static String trimEnds(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isTrimmed(name.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        if (extension.codePointCount(0, extension.length()) > MAX_EXTENSION + 1) {
            extension = "";
        }
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return trimEnds(base.substring(0, base.offsetByCodePoints(0, keep))) + extension;
    }
}
