package vn.commune.workflow.office;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for office names. Removing diacritics also erases the old/new tone-mark placement
 * ("Văn hoá"/"Văn hóa"), which is why most comparisons use {@link #loose}.
 */
final class NameKey {
    /** Expanded rather than contracted so that a typo in the long form still reaches edit distance. */
    private static final String[][] REWRITES = {
        {"ubmttqvn", "uy ban mat tran to quoc"},
        {"ubmttq", "uy ban mat tran to quoc"},
        {"mttqvn", "mat tran to quoc"},
        {"mttq", "mat tran to quoc"},
        {"hdnd", "hoi dong nhan dan"},
        {"ubnd", "uy ban nhan dan"},
        {"hcc", "hanh chinh cong"},
        {"vhxh", "van hoa xa hoi"},
        {"vh xh", "van hoa xa hoi"},
        {"ctxh", "chinh tri xa hoi"},
        {"ct xh", "chinh tri xa hoi"},
        {"bchqs", "ban chi huy quan su"},
        {"to quoc viet nam", "to quoc"},
        // "Văn phòng HĐND và UBND" and "Văn phòng UBND" are the same office.
        {"hoi dong nhan dan va uy ban nhan dan", "uy ban nhan dan"},
    };
    /** "xã" only says where the office is; "xã hội" is part of a name. */
    private static final Pattern COMMUNE_WORD = Pattern.compile("\\bxa\\b(?! hoi\\b)");

    private static final Pattern TRAILING_FILLER =
            Pattern.compile(" (?:tren dia ban|truc thuoc|thuoc|lien quan|uy ban nhan dan)$");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private NameKey() {}

    /** Lower case, no diacritics, words separated by single spaces. */
    static String fold(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        stripped = stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return stripped.replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** NFC lower case with diacritics kept; separates names that differ only by diacritics. */
    static String exact(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return nfc.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Key without abbreviations, the commune word, trailing fillers and a leading plural "các". */
    static String base(String text) {
        String key = " " + fold(text) + " ";
        for (String[] rewrite : REWRITES) {
            key = key.replace(" " + rewrite[0] + " ", " " + rewrite[1] + " ");
        }
        key = COMMUNE_WORD.matcher(key).replaceAll(" ");
        key = SPACES.matcher(key).replaceAll(" ").trim();
        String shorter;
        while (!(shorter = TRAILING_FILLER.matcher(key).replaceFirst("")).equals(key)) {
            key = shorter;
        }
        return stripPrefix(key, "cac ");
    }

    /** {@link #base} without a leading "phòng", so "phòng Kinh tế" equals "Kinh tế". */
    static String loose(String text) {
        return stripPrefix(base(text), "phong ");
    }

    private static String stripPrefix(String key, String prefix) {
        return key.startsWith(prefix) && key.length() > prefix.length() ? key.substring(prefix.length()) : key;
    }
}
