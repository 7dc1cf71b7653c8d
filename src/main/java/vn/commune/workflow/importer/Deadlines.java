package vn.commune.workflow.importer;

import java.util.regex.Pattern;

/** Recognises deadline wording ("Tháng 9/2025", "Thường xuyên", "2025 và những năm tiếp theo"), not its meaning. */
final class Deadlines {
    private static final int MAX_LENGTH = 60;
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern DATED_START = Pattern.compile(
            "^(?:\\d|(?:thuc hien|hoan thanh|truoc|trong|den|tu|ngay|thang|quy|nam|giai doan|dinh ky|hang|cuoi|dau)\\b).*");
    private static final Pattern UNDATED = Pattern.compile(
            "^(?:(?:thuc hien|nhiem vu) )?thuong xuyen(?: lien tuc)?$|^theo (?:chi dao|huong dan|ke hoach|tien do)\\b.*");

    private Deadlines() {}

    static boolean looksLikeDeadline(String text) {
        String key = Fold.key(text);
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        return UNDATED.matcher(key).matches()
                || YEAR.matcher(key).find() && DATED_START.matcher(key).matches();
    }
}
