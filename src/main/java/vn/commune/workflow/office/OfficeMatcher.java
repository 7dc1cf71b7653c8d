package vn.commune.workflow.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds which of the commune's offices a name in a plan means. It never guesses: a name that is
 * ambiguous or matches nothing comes back with no ids.
 */
public final class OfficeMatcher {
    /** Typos are forgiven only on names longer than 10 characters; short names differ by little. */
    private static final int FUZZY_MIN_LENGTH = 11;

    private static final int FUZZY_MAX_DISTANCE = 2;

    /** A shortened name needs two words at least: one word ("Ban", "Hội") names too many things. */
    private static final int SHORT_FORM_MIN_WORDS = 2;

    private final List<Office> offices;
    private final Collectives collectives;
    private final Map<String, Office> aliasByKey = new HashMap<>();
    private final Map<String, List<Office>> officesByKey = new HashMap<>();
    private final Map<Office, Set<String>> wordsByOffice = new LinkedHashMap<>();
    /** The words of each office's name that no other office's name has. */
    private final Map<Office, Set<String>> ownWordsByOffice = new HashMap<>();

    /**
     * @param aliases     alias text as the commune writes it → office id
     * @param collectives the commune's collective phrases
     */
    public OfficeMatcher(List<Office> offices, Map<String, String> aliases, List<Collective> collectives) {
        this.offices = List.copyOf(offices);
        this.collectives = new Collectives(collectives);
        Map<String, Office> byId = new HashMap<>();
        for (Office office : this.offices) {
            byId.put(office.id(), office);
            officesByKey
                    .computeIfAbsent(NameKey.loose(office.name()), key -> new ArrayList<>())
                    .add(office);
            wordsByOffice.put(office, NameKey.words(office.name()));
        }
        wordsByOffice.forEach((office, words) -> {
            Set<String> own = new HashSet<>(words);
            wordsByOffice.forEach((other, otherWords) -> {
                if (other != office) {
                    own.removeAll(otherWords);
                }
            });
            ownWordsByOffice.put(office, own);
        });
        aliases.forEach((alias, id) -> {
            Office office = byId.get(id);
            if (office == null) {
                throw new IllegalArgumentException("Bí danh «" + alias + "» trỏ tới mã cơ quan không có: " + id);
            }
            aliasByKey.put(NameKey.loose(alias), office);
        });
    }

    /** Splits a cell such as "Phòng Văn hoá - Xã hội xã; phòng Kinh tế xã" into names and matches each. */
    public List<OfficeMatch> matchAll(String cellText) {
        List<OfficeMatch> matches = new ArrayList<>();
        for (String piece : NameSplitter.pieces(cellText)) {
            matches.addAll(matchPiece(piece));
        }
        return matches;
    }

    /**
     * A task's lead and coordinating cells. A collective lead ("Các phòng chuyên môn") never takes in an
     * office the task names as coordinating: the plan said what that office does. An office named both
     * as lead and as coordinating leads.
     */
    public TaskOffices matchTask(String leadCell, String coordinatingCell) {
        List<OfficeMatch> leadNames = matchAll(leadCell);
        List<OfficeMatch> coordinatingNames = matchAll(coordinatingCell);
        Set<String> namedCoordinating = new HashSet<>();
        coordinatingNames.stream().filter(m -> !m.collective()).forEach(m -> namedCoordinating.addAll(m.officeIds()));
        Set<String> leads = new LinkedHashSet<>();
        for (OfficeMatch name : leadNames) {
            name.officeIds().stream()
                    .filter(id -> !name.collective() || !namedCoordinating.contains(id))
                    .forEach(leads::add);
        }
        Set<String> coordinating = new LinkedHashSet<>();
        coordinatingNames.forEach(m -> coordinating.addAll(m.officeIds()));
        coordinating.removeAll(leads);
        return new TaskOffices(leadNames, coordinatingNames, List.copyOf(leads), List.copyOf(coordinating));
    }

    public OfficeMatch match(String oneName) {
        String text = NameSplitter.clean(oneName);
        Optional<Set<OfficeKind>> kinds = collectives.kindsFor(text);
        if (kinds.isPresent()) {
            return new OfficeMatch(text, idsOfKinds(kinds.get()), true);
        }
        List<String> ids = directIds(text);
        if (!ids.isEmpty()) {
            return new OfficeMatch(text, ids, false);
        }
        List<String> plural = pluralIds(text);
        if (!plural.isEmpty()) {
            return new OfficeMatch(text, plural, true);
        }
        return new OfficeMatch(text, shortFormIds(text), false);
    }

    /** Whether the phrase is one of the commune's office names, rather than a phrase for several offices. */
    boolean namesAnOffice(String text) {
        return !directIds(NameSplitter.clean(text)).isEmpty();
    }

    /**
     * A piece may hold several names joined by commas or "và", while some single names contain "và"
     * themselves; so the longest run of parts that matches wins, and unmatched runs stay together.
     */
    private List<OfficeMatch> matchPiece(String piece) {
        OfficeMatch whole = match(piece);
        List<int[]> spans = NameSplitter.partSpans(piece);
        if (whole.matched() || spans.size() < 2) {
            return List.of(whole);
        }
        List<OfficeMatch> found = new ArrayList<>();
        int unmatchedFrom = -1;
        boolean anyMatched = false;
        int i = 0;
        while (i < spans.size()) {
            int next = i + 1;
            OfficeMatch best = null;
            for (int j = spans.size(); j > i && best == null; j--) {
                OfficeMatch candidate = match(piece.substring(spans.get(i)[0], spans.get(j - 1)[1]));
                if (candidate.matched()) {
                    best = candidate;
                    next = j;
                }
            }
            if (best == null) {
                unmatchedFrom = unmatchedFrom < 0 ? i : unmatchedFrom;
            } else {
                addUnmatched(found, piece, spans, unmatchedFrom, i);
                unmatchedFrom = -1;
                found.add(best);
                anyMatched = true;
            }
            i = next;
        }
        addUnmatched(found, piece, spans, unmatchedFrom, spans.size());
        return anyMatched ? found : List.of(whole);
    }

    private static void addUnmatched(List<OfficeMatch> found, String piece, List<int[]> spans, int from, int to) {
        if (from >= 0) {
            String text = NameSplitter.clean(piece.substring(spans.get(from)[0], spans.get(to - 1)[1]));
            found.add(new OfficeMatch(text, List.of(), false));
        }
    }

    private List<String> idsOfKinds(Set<OfficeKind> kinds) {
        return offices.stream()
                .filter(office -> kinds.contains(office.kind()))
                .map(Office::id)
                .toList();
    }

    private List<String> directIds(String text) {
        String key = NameKey.loose(text);
        Office alias = aliasByKey.get(key);
        if (alias != null) {
            return List.of(alias.id());
        }
        List<Office> byName = officesByKey.getOrDefault(key, List.of());
        if (byName.size() > 1) {
            // Same letters, different diacritics: only the exact spelling may decide.
            String exact = NameKey.exact(text);
            byName = byName.stream()
                    .filter(office -> NameKey.exact(office.name()).equals(exact))
                    .toList();
        }
        if (byName.size() == 1) {
            return List.of(byName.get(0).id());
        }
        if (!byName.isEmpty()) {
            return List.of();
        }
        List<String> reordered = reorderedIds(text);
        return reordered.isEmpty() ? fuzzyIds(key) : reordered;
    }

    /** "Quân sự xã - Ban Chỉ huy": the same words as one office's name, in another order. */
    private List<String> reorderedIds(String text) {
        Set<String> words = NameKey.words(text);
        List<Office> same = wordsByOffice.entrySet().stream()
                .filter(e -> e.getValue().equals(words))
                .map(Map.Entry::getKey)
                .toList();
        return same.size() == 1 ? List.of(same.get(0).id()) : List.of();
    }

    /**
     * "UBMTTQ xã", "Trung tâm HCC", "Quân sự": some of the words of exactly one office's name, including a
     * word that only that office's name has. "UBND xã" stays unmatched: every one of its words is shared.
     */
    private List<String> shortFormIds(String text) {
        Set<String> words = NameKey.words(text);
        if (words.size() < SHORT_FORM_MIN_WORDS) {
            return List.of();
        }
        List<Office> containing = wordsByOffice.entrySet().stream()
                .filter(e -> e.getValue().containsAll(words))
                .map(Map.Entry::getKey)
                .toList();
        if (containing.size() != 1) {
            return List.of();
        }
        Office office = containing.get(0);
        return ownWordsByOffice.get(office).stream().anyMatch(words::contains) ? List.of(office.id()) : List.of();
    }

    private List<String> fuzzyIds(String key) {
        if (key.length() < FUZZY_MIN_LENGTH) {
            return List.of();
        }
        Set<Office> best = new LinkedHashSet<>();
        int bestDistance = FUZZY_MAX_DISTANCE + 1;
        Map<String, List<Office>> candidates = new HashMap<>(officesByKey);
        aliasByKey.forEach((alias, office) ->
                candidates.computeIfAbsent(alias, k -> new ArrayList<>()).add(office));
        for (Map.Entry<String, List<Office>> candidate : candidates.entrySet()) {
            if (candidate.getKey().length() < FUZZY_MIN_LENGTH) {
                continue;
            }
            int distance = EditDistance.between(key, candidate.getKey());
            if (distance < bestDistance) {
                best.clear();
                bestDistance = distance;
            }
            if (distance == bestDistance) {
                best.addAll(candidate.getValue());
            }
        }
        return best.size() == 1 ? List.of(best.iterator().next().id()) : List.of();
    }

    /** "các Trung tâm thuộc xã" names every office whose name starts with "Trung tâm". */
    private List<String> pluralIds(String text) {
        if (!NameKey.fold(text).startsWith("cac ")) {
            return List.of();
        }
        String head = NameKey.base(text) + " ";
        return offices.stream()
                .filter(office -> (NameKey.base(office.name()) + " ").startsWith(head))
                .map(Office::id)
                .toList();
    }
}
