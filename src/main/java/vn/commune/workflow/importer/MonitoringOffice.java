package vn.commune.workflow.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the office a plan names to follow up and consolidate: "Giao Văn phòng … thường xuyên theo dõi,
 * tổng hợp" (Ngọk Bay), "Giao Phòng Văn hoá - Xã hội chủ trì, … theo dõi, đôn đốc" (Trường Giang).
 */
final class MonitoringOffice {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String OFFICE = "(?:phòng|văn phòng|trung tâm|ban|công an|ủy ban|uỷ ban|ubnd)\\b";
    /** "theo dõi", also as OCR often reads it from a scan: "theo đõi". */
    private static final String FOLLOW = "theo [dđ]õi";

    private static final Pattern ASSIGNED = Pattern.compile(
            "\\bgiao\\s+(" + OFFICE + ".{0,120}?)\\s*,?\\s+"
                    + "(?:thường xuyên|chủ trì|là cơ quan|làm đầu mối|có trách nhiệm|" + FOLLOW
                    + "|tổng hợp|phối hợp|tham mưu)",
            FLAGS);
    private static final Pattern SENT_TO = Pattern.compile(
            "\\b(?:gửi|về|thông qua)\\s+(" + OFFICE + "[^,;.()]{0,80}?)\\s+(?:để\\s+)?(?:tổng hợp|" + FOLLOW + ")",
            FLAGS);
    private static final Pattern FOLLOW_UP = Pattern.compile(FOLLOW + "|tổng hợp", FLAGS);
    /** How far after the office name the follow-up words may come and still belong to the same duty. */
    private static final int DUTY_REACH = 200;

    private MonitoringOffice() {}

    static String find(List<SourceLine> lines) {
        String text = Texts.join(lines.stream().map(SourceLine::text).toList());
        if (text == null) {
            return null;
        }
        Matcher assigned = ASSIGNED.matcher(text);
        while (assigned.find()) {
            String duty = text.substring(assigned.end(1), Math.min(text.length(), assigned.end(1) + DUTY_REACH));
            if (FOLLOW_UP.matcher(duty).find()) {
                return Texts.trimEnd(assigned.group(1), ",.;:");
            }
        }
        Matcher sentTo = SENT_TO.matcher(text);
        return sentTo.find() ? Texts.trimEnd(sentTo.group(1), ",.;:") : null;
    }
}
