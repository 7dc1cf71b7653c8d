package vn.commune.workflow.deadlinetext;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Reads the deadline phrases of Vietnamese plans ("Hoàn thành trước ngày 31/12/2025", "Quý IV/2025",
 * "Thường xuyên", ...).
 *
 * <p>Matching works on a folded copy of the text: no diacritics, đ→d, lower case, one space for any run
 * of whitespace (PDF extraction breaks lines anywhere). Every time expression in it is read; the phrase
 * is accepted only when all of them agree and every other word is harmless framing ("hoàn thành",
 * "trước ngày", ...). Anything else is UNREADABLE, because a wrong date is worse than none.
 */
public final class DeadlineParser {

    /**
     * Words that frame a deadline without changing it. Words that do change it are deliberately absent:
     * "đầu" (early in), "sau" (after), "từ" (from), "khoảng" (about), "và" (and).
     */
    private static final Set<String> FRAMING_WORDS = Set.of(
            "thoi", "gian", "han", "thuc", "hien", "hoan", "thanh", "xong", "truoc", "trong", "ngay", "cham", "nhat",
            "den", "het", "vao", "cuoi", "nhiem", "vu", "dinh", "ky");

    /** "Theo chỉ đạo…", "Khi có yêu cầu…": the date will come from someone else. */
    private static final Pattern AS_DIRECTED = Pattern.compile("^(?:(?:" + String.join("|", FRAMING_WORDS)
            + ") )*(?:theo|khi co) " + "(?:chi dao|huong dan|yeu cau|de nghi|thong bao|ke hoach|quy dinh)\\b");

    private static final Map<String, Integer> QUARTER_NUMBERS =
            Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4, "1", 1, "2", 2, "3", 3, "4", 4);

    /** A year after a day or month: "/2025", "-2025", ".2025", " năm 2025", ", năm 2025". */
    private static final String YEAR_SUFFIX = "(?:\\s*[/.-]\\s*|\\s*,?\\s*nam\\s+)(\\d{4})";

    private record Reading(DeadlineKind kind, LocalDate dueDate) {}

    private static final Reading ONGOING_READING = new Reading(DeadlineKind.ONGOING, null);
    /** A time expression with impossible or undeterminable values (31/02, quý V, a month without year). */
    private static final Reading INVALID = new Reading(DeadlineKind.UNREADABLE, null);

    private interface Reader {
        Reading read(MatchResult match, LocalDate issuedOn);
    }

    private record Rule(Pattern pattern, Reader reader) {
        Rule(String regex, Reader reader) {
            this(Pattern.compile(regex), reader);
        }
    }

    /** Most specific first: each match is blanked out before the next rule runs. */
    private static final List<Rule> RULES = List.of(
            new Rule(
                    "(?:\\bnam )?(?<!\\d)\\d{4} va (?:nhung|cac) nam (?:tiep theo|sau)\\b"
                            + "|\\btu (?:nam )?\\d{4} tro di\\b",
                    (m, issuedOn) -> ONGOING_READING),
            new Rule(
                    "\\bthuong xuyen\\b|\\blien tuc\\b|\\bhang (?:ngay|tuan|thang|quy|nam)\\b",
                    (m, issuedOn) -> ONGOING_READING),
            new Rule(
                    "\\bngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?:" + YEAR_SUFFIX + ")?(?!\\d)",
                    (m, issuedOn) -> dated(
                            DeadlineKind.DATE,
                            m.group(3),
                            issuedOn,
                            year -> LocalDate.of(year, number(m, 2), number(m, 1)))),
            new Rule(
                    "(?<!\\d)(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}))?(?!\\d)",
                    (m, issuedOn) -> dated(
                            DeadlineKind.DATE,
                            m.group(4),
                            issuedOn,
                            year -> LocalDate.of(year, number(m, 3), number(m, 1)))),
            new Rule(
                    "(?<!\\d)(?:6|\\bsau) thang (dau|cuoi) nam(?: (\\d{4}))?(?!\\d)",
                    (m, issuedOn) -> dated(
                            DeadlineKind.HALF_YEAR,
                            m.group(2),
                            issuedOn,
                            year -> endOfMonth(year, m.group(1).equals("dau") ? 6 : 12))),
            new Rule("\\bqu[yi] ([ivx]+|\\d{1,2})\\b(?:" + YEAR_SUFFIX + ")?(?!\\d)", DeadlineParser::readQuarter),
            new Rule(
                    "\\bthang\\s*(\\d{1,2})(?:" + YEAR_SUFFIX + ")?(?!\\d)",
                    (m, issuedOn) ->
                            dated(DeadlineKind.MONTH, m.group(2), issuedOn, year -> endOfMonth(year, number(m, 1)))),
            new Rule(
                    "(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?!\\d)",
                    (m, issuedOn) ->
                            dated(DeadlineKind.MONTH, m.group(2), issuedOn, year -> endOfMonth(year, number(m, 1)))),
            new Rule(
                    "(?:\\bnam )?(?<!\\d)(\\d{4})(?!\\d)",
                    (m, issuedOn) ->
                            dated(DeadlineKind.YEAR, m.group(1), issuedOn, year -> LocalDate.of(year, 12, 31))));

    /**
     * @param text     the deadline words as written; may be null
     * @param issuedOn the plan's date, used for phrases without a year ("trước ngày 30/9", "Tháng 10");
     *                 may be null
     * @return the interpretation; UNREADABLE whenever the words do not fix one meaning. Never throws.
     */
    public Deadline parse(String text, LocalDate issuedOn) {
        if (text == null || text.isBlank()) {
            return unreadable(text);
        }
        String folded = fold(text);
        List<Reading> readings = new ArrayList<>();
        String rest = folded;
        for (Rule rule : RULES) {
            rest = rule.pattern().matcher(rest).replaceAll(match -> {
                readings.add(rule.reader().read(match, issuedOn));
                return " ";
            });
        }
        if (AS_DIRECTED.matcher(words(folded)).find()) {
            // A date next to "theo chỉ đạo" may be the deadline or the directive's own date.
            return readings.isEmpty() ? new Deadline(DeadlineKind.AS_DIRECTED, null, text) : unreadable(text);
        }
        List<Reading> distinct = readings.stream().distinct().toList();
        if (distinct.size() != 1 || distinct.get(0).equals(INVALID) || !onlyFramingWords(rest)) {
            return unreadable(text);
        }
        Reading reading = distinct.get(0);
        return new Deadline(reading.kind(), reading.dueDate(), text);
    }

    /** Folds the text for matching; NFD covers both precomposed and decomposed input. */
    private static String fold(String text) {
        String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutMarks
                // đ does not decompose; Ð/ð (eth) stand in for it in some PDF fonts.
                .replaceAll("[đĐðÐ]", "d")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .trim();
    }

    private static Reading readQuarter(MatchResult match, LocalDate issuedOn) {
        Integer quarter = QUARTER_NUMBERS.get(match.group(1));
        if (quarter == null) {
            return INVALID;
        }
        return dated(DeadlineKind.QUARTER, match.group(2), issuedOn, year -> endOfMonth(year, quarter * 3));
    }

    /**
     * Resolves a dated expression. A missing year is taken from issuedOn, but only when that puts the date
     * on or after the issue date: otherwise the writer meant some other year, and which one is a guess.
     */
    private static Reading dated(
            DeadlineKind kind, String yearText, LocalDate issuedOn, IntFunction<LocalDate> dueInYear) {
        boolean yearless = yearText == null;
        if (yearless && issuedOn == null) {
            return INVALID;
        }
        LocalDate due;
        try {
            due = dueInYear.apply(yearless ? issuedOn.getYear() : Integer.parseInt(yearText));
        } catch (DateTimeException impossible) {
            return INVALID;
        }
        return yearless && due.isBefore(issuedOn) ? INVALID : new Reading(kind, due);
    }

    private static LocalDate endOfMonth(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    private static int number(MatchResult match, int group) {
        return Integer.parseInt(match.group(group));
    }

    private static String words(String folded) {
        return folded.replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static boolean onlyFramingWords(String rest) {
        return Arrays.stream(words(rest).split(" ")).allMatch(word -> word.isEmpty() || FRAMING_WORDS.contains(word));
    }

    private static Deadline unreadable(String text) {
        return new Deadline(DeadlineKind.UNREADABLE, null, text);
    }
}
