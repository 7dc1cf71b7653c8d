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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the deadline phrases of Vietnamese plans ("Hoàn thành trước ngày 31/12/2025", "Quý IV/2025",
 * "Thường xuyên", ...).
 *
 * <p>Matching works on a folded copy of the text: no diacritics, đ→d, lower case, one space for any run
 * of whitespace (PDF extraction breaks lines anywhere). Every time expression in it is read. When every
 * other word is harmless framing ("hoàn thành", "trước ngày", ...), the phrase is accepted only when all
 * of them agree. In a longer sentence ("Xây dựng Kế hoạch năm 2026, hoàn thành trước ngày 31/3/2026") only
 * the expressions introduced as a deadline count ("trước", "trong", "đến", "chậm nhất", ...; "giai đoạn",
 * "thường xuyên" and "định kỳ" introduce themselves), and they must agree; one introduced by a word that
 * changes it ("từ", "sau", "đầu", "khoảng") makes the whole sentence unreadable. Anything else is
 * UNREADABLE, because a wrong date is worse than none.
 */
public final class DeadlineParser {

    /**
     * Words that frame a deadline without changing it. Words that do change it are deliberately absent:
     * "đầu" (early in), "sau" (after), "từ" (from), "khoảng" (about), "và" (and).
     */
    private static final Set<String> FRAMING_WORDS = Set.of(
            "thoi", "gian", "han", "thuc", "hien", "hoan", "thanh", "xong", "truoc", "trong", "ngay", "cham", "nhat",
            "den", "het", "vao", "cuoi", "nhiem", "vu");

    /** "Theo chỉ đạo…", "Khi có yêu cầu…": the date will come from someone else. */
    private static final Pattern AS_DIRECTED = Pattern.compile("^(?:(?:" + String.join("|", FRAMING_WORDS)
            + ") )*(?:theo|khi co) " + "(?:chi dao|huong dan|yeu cau|de nghi|thong bao|ke hoach|quy dinh)\\b");

    private static final Map<String, Integer> QUARTER_NUMBERS =
            Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4, "1", 1, "2", 2, "3", 3, "4", 4);

    /** A year after a day or month: "/2025", "-2025", ".2025", " năm 2025", ", năm 2025". */
    private static final String YEAR_SUFFIX = "(?:\\s*[/.-]\\s*|\\s*,?\\s*nam\\s+)(\\d{4})";

    /** In a sentence, the words just before a time expression that make it the deadline. */
    private static final Pattern DEADLINE_WORDS = Pattern.compile("(?:^| )(?:truoc|(?<!quan )trong|den|han|hoan thanh"
            + "|xong|cham nhat|vao|tien do|thoi gian(?: thuc hien| hoan thanh)?)(?: het| cuoi)?(?: ngay)?$");

    /** In a sentence, the words just before a time expression that make it something else than the deadline. */
    private static final Pattern CHANGING_WORDS = Pattern.compile("(?:^| )(?:tu|sau|dau|khoang|giua)(?: ngay)?$");

    /** One period in a list such as "định kỳ hàng tháng, 3 tháng, 6 tháng, 1 năm"; not "tháng 9", "năm 2026". */
    private static final String PERIOD_UNIT = "(?:(?:(?:hang|moi) )?(?:ngay|tuan|thang|quy|nam)"
            + "|(?:\\d{1,2}|mot|hai|ba|sau|chin) (?:thang|nam)|nua nam)\\b(?! ?[/.-]? ?\\d)";

    private record Reading(DeadlineKind kind, LocalDate dueDate, Integer dayOfMonth) {
        Reading(DeadlineKind kind, LocalDate dueDate) {
            this(kind, dueDate, null);
        }
    }

    private static final Reading ONGOING_READING = new Reading(DeadlineKind.ONGOING, null);
    private static final Reading PERIODIC_READING = new Reading(DeadlineKind.PERIODIC, null);
    /** A time expression with impossible or undeterminable values (31/02, quý V, a month without year). */
    private static final Reading INVALID = new Reading(DeadlineKind.UNREADABLE, null);

    private interface Reader {
        Reading read(MatchResult match, LocalDate issuedOn);
    }

    /** How a time expression inside a longer sentence can be known to be the deadline. */
    private enum Introduction {
        /** "giai đoạn 2021-2025", "thường xuyên", "định kỳ": the words say it themselves. */
        ITSELF,
        /** "tháng 9/2025": when the words before it say so ("hoàn thành trong tháng 9/2025"). */
        BY_WORDS,
        /** A bare "2026" in a sentence is as likely a count ("2026 hồ sơ") as a year. */
        NEVER
    }

    private record Rule(Pattern pattern, Introduction introduction, Reader reader) {
        Rule(String regex, Reader reader) {
            this(Pattern.compile(regex), Introduction.BY_WORDS, reader);
        }

        static Rule introducingItself(String regex, Reader reader) {
            return new Rule(Pattern.compile(regex), Introduction.ITSELF, reader);
        }

        /** Whether the expression is the deadline of a sentence in which {@code before} precedes it. */
        boolean introducedBy(String before) {
            return switch (introduction) {
                case ITSELF -> true;
                case BY_WORDS -> DEADLINE_WORDS.matcher(before).find();
                case NEVER -> false;
            };
        }

        /** Whether {@code before} makes the expression mean something else ("từ", "sau", "khoảng"). */
        boolean changedBy(String before) {
            return introduction != Introduction.ITSELF
                    && CHANGING_WORDS.matcher(before).find();
        }
    }

    /** A time expression found in the text, and whether a sentence around it makes it the deadline. */
    private record Found(Reading reading, boolean introduced, boolean changed) {}

    /** Most specific first: each match is blanked out before the next rule runs. */
    private static final List<Rule> RULES = List.of(
            Rule.introducingItself(
                    "(?:\\bnam )?(?<!\\d)\\d{4} va (?:nhung|cac) nam (?:tiep theo|sau)\\b"
                            + "|\\btu (?:nam )?\\d{4} tro di\\b",
                    (m, issuedOn) -> ONGOING_READING),
            Rule.introducingItself(
                    "\\bgiai doan (?:tu )?(?:nam )?(\\d{4}) ?(?:-|den|toi) ?(?:nam )?(\\d{4})(?!\\d)",
                    DeadlineParser::readPeriod),
            Rule.introducingItself(
                    "\\bngay (\\d{1,2}) (?:hang|moi) thang\\b",
                    (m, issuedOn) -> number(m, 1) >= 1 && number(m, 1) <= 31
                            ? new Reading(DeadlineKind.PERIODIC, null, number(m, 1))
                            : INVALID),
            Rule.introducingItself(
                    "\\b(?:dinh ky|(?<!ngan )(?:hang|moi) (?:ngay|tuan|thang|quy|nam)\\b(?! ?[/.-]? ?\\d))"
                            + "(?:\\s*(?:,|;|va|hoac)?\\s*" + PERIOD_UNIT + ")*",
                    (m, issuedOn) -> PERIODIC_READING),
            Rule.introducingItself("\\bthuong xuyen\\b|\\blien tuc\\b", (m, issuedOn) -> ONGOING_READING),
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
                    "\\bnam (\\d{4})(?!\\d)",
                    (m, issuedOn) ->
                            dated(DeadlineKind.YEAR, m.group(1), issuedOn, year -> LocalDate.of(year, 12, 31))),
            new Rule(
                    Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)"),
                    Introduction.NEVER,
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
        List<Found> found = new ArrayList<>();
        String rest = folded;
        for (Rule rule : RULES) {
            // Blanked with as many spaces as it had characters, so that positions in rest and folded agree.
            rest = rule.pattern().matcher(rest).replaceAll(match -> {
                String before = words(folded.substring(0, match.start()));
                found.add(new Found(
                        rule.reader().read(match, issuedOn), rule.introducedBy(before), rule.changedBy(before)));
                return " ".repeat(match.end() - match.start());
            });
        }
        if (AS_DIRECTED.matcher(words(folded)).find()) {
            // A date next to "theo chỉ đạo" may be the deadline or the directive's own date.
            return found.isEmpty() ? new Deadline(DeadlineKind.AS_DIRECTED, null, text) : unreadable(text);
        }
        List<Reading> readings;
        if (onlyFramingWords(rest)) {
            readings = found.stream().map(Found::reading).toList();
        } else if (found.stream().anyMatch(Found::changed)) {
            return unreadable(text);
        } else {
            readings =
                    found.stream().filter(Found::introduced).map(Found::reading).toList();
        }
        return agreed(readings)
                .map(r -> new Deadline(r.kind(), r.dueDate(), text, r.dayOfMonth()))
                .orElseGet(() -> unreadable(text));
    }

    /**
     * The deadline when the words are a deadline phrase and nothing else ("trước ngày 30/6/2026", "hằng năm"), not a
     * sentence around one: how a deadline is picked out of a sentence word by word.
     */
    public Optional<Deadline> parsePhrase(String text, LocalDate issuedOn) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String rest = fold(text);
        for (Rule rule : RULES) {
            rest = rule.pattern().matcher(rest).replaceAll(match -> " ".repeat(match.end() - match.start()));
        }
        Deadline deadline = parse(text, issuedOn);
        return onlyFramingWords(rest) && deadline.kind() != DeadlineKind.UNREADABLE
                ? Optional.of(deadline)
                : Optional.empty();
    }

    /**
     * The one meaning all readings share. "Thường xuyên" and "định kỳ" agree (a periodic task is ongoing),
     * and both agree with a period ("giai đoạn 2021-2025"), which is reported every period anyway.
     */
    private static Optional<Reading> agreed(List<Reading> readings) {
        List<Reading> distinct = readings.stream().distinct().toList();
        if (distinct.isEmpty() || distinct.contains(INVALID)) {
            return Optional.empty();
        }
        List<Reading> dated = distinct.stream().filter(r -> r.kind().isDated()).toList();
        List<Reading> recurring =
                distinct.stream().filter(r -> !r.kind().isDated()).toList();
        if (dated.size() > 1) {
            return Optional.empty();
        }
        if (dated.size() == 1) {
            Reading date = dated.get(0);
            return recurring.isEmpty() || date.kind() == DeadlineKind.PERIOD ? Optional.of(date) : Optional.empty();
        }
        Set<Integer> days = recurring.stream()
                .map(Reading::dayOfMonth)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (days.size() > 1) {
            return Optional.empty();
        }
        boolean periodic = recurring.stream().anyMatch(r -> r.kind() == DeadlineKind.PERIODIC);
        return Optional.of(
                periodic
                        ? new Reading(
                                DeadlineKind.PERIODIC,
                                null,
                                days.stream().findFirst().orElse(null))
                        : ONGOING_READING);
    }

    /** "Giai đoạn 2021-2025": due at the end of the period's last year. */
    private static Reading readPeriod(MatchResult match, LocalDate issuedOn) {
        int first = number(match, 1);
        int last = number(match, 2);
        return last > first ? new Reading(DeadlineKind.PERIOD, LocalDate.of(last, 12, 31)) : INVALID;
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
