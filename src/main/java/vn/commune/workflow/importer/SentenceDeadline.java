package vn.commune.workflow.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.commune.workflow.deadlinetext.Deadline;
import vn.commune.workflow.deadlinetext.DeadlineParser;

/**
 * Finds the deadline written inside a sentence ("… hoàn thành trước ngày 30/8/2025.", "… trong năm 2026").
 * A phrase counts only if it starts with a word that sets a time limit ("trước", "trong", "hoàn thành" …)
 * and the one deadline parser reads it whole: "kết quả năm 2025" or "Nghị định 09/2019" are not deadlines.
 */
final class SentenceDeadline {
    private static final DeadlineParser PARSER = new DeadlineParser();
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Set<String> CUES =
            Set.of("truoc", "trong", "den", "cham", "hoan", "xong", "cuoi", "vao", "thuong", "hang", "dinh", "lien");
    /** The longest deadline phrase in words ("hoàn thành chậm nhất trước ngày 30/8/2025"). */
    private static final int MAX_WORDS = 8;

    private SentenceDeadline() {}

    /**
     * The deadline words as written, or {@code null} when the sentence has none; when it has phrases that
     * disagree, all of them joined by "; ", which the parser then reads as unreadable.
     */
    static String find(String sentence, LocalDate issuedOn) {
        if (sentence == null) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        Set<String> phrases = new LinkedHashSet<>();
        Set<Deadline> readings = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String first = Fold.key(sentence.substring(words.get(i)[0], words.get(i)[1]));
            if (!CUES.contains(first)) {
                continue;
            }
            for (int j = Math.min(words.size(), i + MAX_WORDS); j > i; j--) {
                String phrase = Texts.trimEnd(sentence.substring(words.get(i)[0], words.get(j - 1)[1]), ".,;:)");
                Deadline deadline = PARSER.parsePhrase(phrase, issuedOn).orElse(null);
                if (deadline != null && !deadline.kind().needsDeadline()) {
                    phrases.add(phrase);
                    readings.add(new Deadline(deadline.kind(), deadline.dueDate(), ""));
                    i = j - 1;
                    break;
                }
            }
        }
        if (phrases.isEmpty()) {
            return null;
        }
        return readings.size() == 1 ? phrases.iterator().next() : String.join("; ", phrases);
    }
}
