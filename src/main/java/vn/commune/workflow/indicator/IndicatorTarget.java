package vn.commune.workflow.indicator;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target as plans write it, read for judging a value: "≥ 70", "Tối thiểu 60%", "trên 80%", "100" (reached when
 * the value is at least 100), "X", "Có", "Đạt", "Hoàn thành" (a yes/no indicator), "-" (no target that year).
 */
public record IndicatorTarget(Kind kind, BigDecimal value) {

    public enum Kind {
        AT_LEAST,
        ABOVE,
        AT_MOST,
        BELOW,
        /** Met when the answer is yes. */
        YES,
        /** "-" or blank: nothing to reach that year. */
        NONE,
        /** Words that are not a target the product can judge. */
        UNREADABLE
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> YES_WORDS = Set.of("x", "có", "đạt", "hoàn thành", "đã hoàn thành", "rồi", "yes");
    private static final Set<String> NO_WORDS =
            Set.of("không", "chưa", "chưa đạt", "chưa hoàn thành", "chưa có", "không đạt", "no");
    /** With thousands points and a decimal comma ("1.200,5"), or a plain figure with a decimal comma or point. */
    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)";

    private static final Pattern BOUNDED = Pattern.compile("^(≥|>=|>|≤|<=|<|=|tối thiểu|ít nhất|không dưới|không thấp"
            + " hơn|từ|trên|tối đa|không quá|không vượt quá|dưới)?\\s*(?:đạt\\s+)?" + NUMBER + "\\s*(%|[\\p{L} %]*)?$");
    private static final Pattern ANY_NUMBER = Pattern.compile("[-−]?" + NUMBER);

    public static IndicatorTarget parse(String written) {
        String text = clean(written);
        if (text.isEmpty() || text.matches("[-–—.]+")) {
            return new IndicatorTarget(Kind.NONE, null);
        }
        if (YES_WORDS.contains(text)) {
            return new IndicatorTarget(Kind.YES, null);
        }
        Matcher m = BOUNDED.matcher(text);
        if (!m.matches()) {
            return new IndicatorTarget(Kind.UNREADABLE, null);
        }
        String bound = m.group(1) == null ? "" : m.group(1);
        Kind kind = switch (bound) {
            case ">", "trên" -> Kind.ABOVE;
            case "≤", "<=", "tối đa", "không quá", "không vượt quá" -> Kind.AT_MOST;
            case "<", "dưới" -> Kind.BELOW;
            // A bare figure ("100", "85") is a level to reach: met at or above it.
            default -> Kind.AT_LEAST;
        };
        return new IndicatorTarget(kind, number(m.group(2)));
    }

    /** Whether a value can be judged against this target at all. */
    public boolean judgeable() {
        return kind != Kind.NONE && kind != Kind.UNREADABLE;
    }

    /** Whether an entered value is one this target can judge: a figure for a figure, yes or no for a yes/no. */
    public boolean accepts(String actual) {
        return switch (kind) {
            case YES -> yesOrNo(actual).isPresent();
            case NONE, UNREADABLE -> true;
            default -> figure(actual).isPresent();
        };
    }

    public IndicatorStatus judge(String actual) {
        if (actual == null || actual.isBlank() || !judgeable()) {
            return IndicatorStatus.NO_DATA;
        }
        if (kind == Kind.YES) {
            return yesOrNo(actual)
                    .map(yes -> yes ? IndicatorStatus.MET : IndicatorStatus.NOT_MET)
                    .orElse(IndicatorStatus.NO_DATA);
        }
        Optional<BigDecimal> figure = figure(actual);
        if (figure.isEmpty()) {
            return IndicatorStatus.NO_DATA;
        }
        int c = figure.get().compareTo(value);
        boolean met = switch (kind) {
            case AT_LEAST -> c >= 0;
            case ABOVE -> c > 0;
            case AT_MOST -> c <= 0;
            default -> c < 0;
        };
        return met ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
    }

    /** "85,3", "85.3%", "12 doanh nghiệp", "1.200": the first figure, with a decimal comma or point. */
    static Optional<BigDecimal> figure(String actual) {
        Matcher m = ANY_NUMBER.matcher(clean(actual));
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal n = number(m.group(1));
        return Optional.of(m.group().startsWith("-") || m.group().startsWith("−") ? n.negate() : n);
    }

    static Optional<Boolean> yesOrNo(String actual) {
        String text = clean(actual);
        if (YES_WORDS.contains(text)) {
            return Optional.of(true);
        }
        return NO_WORDS.contains(text) ? Optional.of(false) : Optional.empty();
    }

    /** Vietnamese writes a decimal comma and a thousands point; a point before three digits is a thousands point. */
    private static BigDecimal number(String written) {
        String n = written;
        if (n.contains(",")) {
            n = n.replace(".", "").replace(',', '.');
        } else if (n.matches("\\d{1,3}(\\.\\d{3})+")) {
            n = n.replace(".", "");
        }
        return new BigDecimal(n);
    }

    private static String clean(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFC)
                        .strip()
                        .replaceAll("\\s+", " ")
                        .replaceAll("[.;]+$", "")
                        .toLowerCase(VIETNAMESE);
    }
}
