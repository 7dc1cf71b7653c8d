package vn.commune.workflow.office;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises a commune's collective phrases as clerks write them: any case, diacritics, "các", small typos. */
final class Collectives {
    private record Template(String key, Set<OfficeKind> kinds) {}

    private static final int FUZZY_MIN_LENGTH = 11;
    private static final Pattern NOISE_WORDS = Pattern.compile("\\b(?:cac|va|xa(?! hoi\\b))\\b");
    private static final Pattern TRAILING_FILLER =
            Pattern.compile(" (?:tren dia ban|truc thuoc|thuoc|co lien quan|lien quan|ubnd|uy ban nhan dan)$");

    private final List<Template> templates;

    Collectives(List<Collective> collectives) {
        this.templates = collectives.stream()
                .map(c -> new Template(key(c.phrase()), c.kinds()))
                .filter(t -> !t.key().isEmpty())
                .toList();
    }

    Optional<Set<OfficeKind>> kindsFor(String text) {
        String key = key(text);
        Template best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Template template : templates) {
            int distance = EditDistance.between(key, template.key());
            boolean allowed = distance == 0
                    || (distance <= 2
                            && template.key().length() >= FUZZY_MIN_LENGTH
                            && key.length() >= FUZZY_MIN_LENGTH);
            if (!allowed || distance > bestDistance) {
                continue;
            }
            if (distance < bestDistance) {
                tie = false;
                best = template;
                bestDistance = distance;
            } else if (!template.kinds().equals(best.kinds())) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best.kinds());
    }

    /** Two phrases with the same key are the same phrase written differently. */
    static String key(String text) {
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
