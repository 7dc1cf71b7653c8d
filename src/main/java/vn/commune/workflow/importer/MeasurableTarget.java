package vn.commune.workflow.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bullet that states a measured target rather than work to do: "Tối thiểu 60% hồ sơ …", "100% thủ tục
 * …", "Tỷ lệ hồ sơ trực tuyến đạt trên 80%". The target is kept as written ("Tối thiểu 60%").
 */
record MeasurableTarget(String target, String unit) {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String NUMBER = "\\d+(?:[.,]\\d+)?\\s*%";
    private static final String BOUND = "(?:(?:tối thiểu|ít nhất|trên|từ|không dưới|không thấp hơn|tối đa|dưới)\\s+)?";
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:phấn đấu|bảo đảm|đảm bảo|có)\\s+)?(?:đạt\\s+)?(" + BOUND + NUMBER + ")(?=\\s)", FLAGS);
    private static final Pattern RATE =
            Pattern.compile("^tỷ lệ\\s.*?\\bđạt\\s+(" + BOUND + NUMBER + ")", FLAGS | Pattern.DOTALL);

    /** The target the sentence states, or {@code null} when it states work to do. */
    static MeasurableTarget of(String sentence) {
        for (Pattern pattern : new Pattern[] {LEADING, RATE}) {
            Matcher target = pattern.matcher(sentence);
            if (target.find()) {
                return new MeasurableTarget(Texts.oneLine(target.group(1)), "%");
            }
        }
        return null;
    }
}
