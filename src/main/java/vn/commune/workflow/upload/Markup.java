package vn.commune.workflow.upload;

/**
 * HTML hidden in a PDF or an image: a browser or viewer that sniffs the bytes could run it. A tag counts only when
 * a delimiter follows its name, as for a browser, so that compressed or photo data does not match by chance.
 */
final class Markup {

    private static final String[] TAGS = {"<script", "<html", "<body", "<iframe", "<svg"};
    private static final String SCRIPT_URL = "javascript:";

    private Markup() {}

    /** The first HTML tag or {@code javascript:} URL in the bytes, or null. */
    static String find(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '<') {
                for (String tag : TAGS) {
                    int end = i + tag.length();
                    if (matchesIgnoreCase(b, i, tag) && end < b.length && endsTagName(b[end])) {
                        return tag;
                    }
                }
            } else if ((b[i] | 0x20) == 'j' && matchesIgnoreCase(b, i, SCRIPT_URL)) {
                return SCRIPT_URL;
            }
        }
        return null;
    }

    /** Whether the ASCII text occurs, in either case, in the first {@code length} bytes; NULs (UTF-16) are skipped. */
    static boolean containsIgnoringNul(byte[] b, int length, String text) {
        byte[] packed = new byte[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (b[i] != 0) {
                packed[n++] = b[i];
            }
        }
        for (int i = 0; i + text.length() <= n; i++) {
            if (matchesIgnoreCase(packed, i, text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the ASCII text occurs at {@code at}, letters in either case. */
    static boolean matchesIgnoreCase(byte[] b, int at, String text) {
        if (at + text.length() > b.length) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char expected = text.charAt(k);
            int actual = b[at + k];
            boolean letter = expected >= 'a' && expected <= 'z';
            if (letter ? (actual | 0x20) != expected : actual != expected) {
                return false;
            }
        }
        return true;
    }

    /** Where the exact bytes of {@code text} first occur in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, String text, int from, int to) {
        byte first = (byte) text.charAt(0);
        for (int i = from; i + text.length() <= to; i++) {
            if (b[i] == first && regionEquals(b, i, text)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionEquals(byte[] b, int at, String text) {
        for (int k = 1; k < text.length(); k++) {
            if (b[at + k] != (byte) text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsTagName(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
    }
}
