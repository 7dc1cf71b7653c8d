package vn.commune.workflow.office;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Leads such as "Phòng, ban ngành, đơn vị" that mean every office of some kinds. */
final class Collectives {
    private record Template(String key, Set<OfficeKind> kinds) {}

    private static final Set<OfficeKind> OFFICES_AND_UNITS = EnumSet.of(OfficeKind.PHONG, OfficeKind.DON_VI);
    private static final Set<OfficeKind> OFFICES = EnumSet.of(OfficeKind.PHONG);
    private static final List<Template> TEMPLATES = List.of(
            new Template("phong ban nganh don vi", OFFICES_AND_UNITS),
            new Template("phong ban nganh", OFFICES_AND_UNITS),
            new Template("phong ban don vi", OFFICES_AND_UNITS),
            new Template("phong ban", OFFICES_AND_UNITS),
            new Template("phong chuyen mon", OFFICES),
            // Centres are PHONG offices, so "các phòng chuyên môn, các Trung tâm" is still every PHONG.
            new Template("phong chuyen mon trung tam", OFFICES));
    private static final int FUZZY_MIN_LENGTH = 11;
    private static final Pattern NOISE_WORDS = Pattern.compile("\\b(?:cac|va|xa(?! hoi\\b))\\b");
    private static final Pattern TRAILING_FILLER =
            Pattern.compile(" (?:tren dia ban|truc thuoc|thuoc|co lien quan|lien quan|ubnd|uy ban nhan dan)$");

    private Collectives() {}

    static Optional<Set<OfficeKind>> kindsFor(String text) {
        String key = key(text);
        Template best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Template template : TEMPLATES) {
            int distance = EditDistance.between(key, template.key());
            boolean allowed = distance == 0
                    || (distance <= 2
                            && template.key().length() >= FUZZY_MIN_LENGTH
                            && key.length() >= FUZZY_MIN_LENGTH);
            if (!allowed || distance > bestDistance) {
                continue;
            }
            tie = distance == bestDistance && !template.kinds().equals(best.kinds());
            best = template;
            bestDistance = distance;
        }
        return best == null || tie ? Optional.empty() : Optional.of(best.kinds());
    }

    private static String key(String text) {
        String key = NOISE_WORDS
                .matcher(NameKey.fold(text))
                .replaceAll(" ")
                .replaceAll(" {2,}", " ")
                .trim();
        String shorter;
        while (!(shorter = TRAILING_FILLER.matcher(key).replaceFirst("")).equals(key)) {
            key = shorter;
        }
        return key;
    }
}
