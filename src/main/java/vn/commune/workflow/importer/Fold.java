package vn.commune.workflow.importer;

import java.text.Normalizer;
import java.util.Locale;

/** Lower-case, diacritic-free keys, so headings and labels match however they are accented. */
public final class Fold {
    private Fold() {}

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        stripped = stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return stripped.replaceAll("[^a-z0-9]+", " ").trim();
    }
}
