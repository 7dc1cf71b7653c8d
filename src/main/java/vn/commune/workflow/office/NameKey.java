package vn.commune.workflow.office;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparison keys for office names. Removing diacritics also erases the old/new tone-mark placement
 * ("Văn hoá"/"Văn hóa"), which is why most comparisons use {@link #loose}.
 */
final class NameKey {
    /** Whole-phrase rewrites once short forms are expanded: different ways of naming the same thing. */
    private static final String[][] REWRITES = {
        {"to quoc viet nam", "to quoc"},
        // "Văn phòng HĐND và UBND", "VP HĐND-UBND" and "Văn phòng UBND" are the same office.
        {"hoi dong nhan dan va uy ban nhan dan", "uy ban nhan dan"},
        {"hoi dong nhan dan uy ban nhan dan", "uy ban nhan dan"},
    };
    /** Words that only make sense together; kept as one word so that "Văn phòng" is not "phòng" + "văn". */
    private static final String[][] COMPOUNDS = {
        {"van phong", "vanphong"}, {"trung tam", "trungtam"}, {"uy ban", "uyban"}, {"nhan dan", "nhandan"},
    };
    /** Words that join names rather than name anything. */
    private static final Set<String> JOINING_WORDS = Set.of("va", "cac");

    /** "xã" only says where the office is; "xã hội" is part of a name. */
    private static final Pattern COMMUNE_WORD = Pattern.compile("\\bxa\\b(?! hoi\\b)");

    private static final Pattern TRAILING_FILLER =
            Pattern.compile(" (?:tren dia ban|truc thuoc|thuoc|lien quan|uy ban nhan dan)$");
    /** "UBND xã - Văn phòng": the committee an office belongs to, written first. */
    private static final String LEADING_FILLER = "uy ban nhan dan ";

    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

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

    /** {@link #fold} with every short form of {@link Abbreviations} written out. */
    static String expanded(String text) {
        List<String> words = new ArrayList<>();
        List<Boolean> plain = new ArrayList<>();
        Matcher matcher =
                WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String folded = fold(matcher.group());
            // A short form is written without diacritics ("đ" is a letter of its own, as in "HĐND").
            boolean withoutDiacritics = matcher.group().replace('đ', 'd').equals(folded);
            for (String word : folded.isEmpty() ? new String[0] : folded.split(" ")) {
                words.add(word);
                plain.add(withoutDiacritics);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String pair = i + 1 < words.size() && plain.get(i) && plain.get(i + 1)
                    ? Abbreviations.DEFAULTS.get(words.get(i) + " " + words.get(i + 1))
                    : null;
            if (pair != null) {
                out.add(pair);
                i++;
            } else {
                String single = plain.get(i) ? Abbreviations.DEFAULTS.get(words.get(i)) : null;
                out.add(single != null ? single : words.get(i));
            }
        }
        return String.join(" ", out);
    }

    /** Key without short forms, the commune word, fillers and a leading plural "các". */
    static String base(String text) {
        String key = " " + expanded(text) + " ";
        for (String[] rewrite : REWRITES) {
            key = key.replace(" " + rewrite[0] + " ", " " + rewrite[1] + " ");
        }
        key = COMMUNE_WORD.matcher(key).replaceAll(" ");
        key = SPACES.matcher(key).replaceAll(" ").trim();
        String shorter;
        while (!(shorter = TRAILING_FILLER.matcher(key).replaceFirst("")).equals(key)) {
            key = shorter;
        }
        return stripPrefix(stripPrefix(key, LEADING_FILLER), "cac ");
    }

    /** {@link #base} without a leading "phòng", so "phòng Kinh tế" equals "Kinh tế". */
    static String loose(String text) {
        return stripPrefix(base(text), "phong ");
    }

    /** The words of {@link #base} in any order, for names written in another order or shortened. */
    static Set<String> words(String text) {
        String key = " " + base(text) + " ";
        for (String[] compound : COMPOUNDS) {
            key = key.replace(" " + compound[0] + " ", " " + compound[1] + " ");
        }
        Set<String> words = new LinkedHashSet<>(Arrays.asList(key.trim().split(" ")));
        words.removeAll(JOINING_WORDS);
        words.remove("");
        return words;
    }

    private static String stripPrefix(String key, String prefix) {
        return key.startsWith(prefix) && key.length() > prefix.length() ? key.substring(prefix.length()) : key;
    }
}
