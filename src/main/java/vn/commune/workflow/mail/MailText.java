package vn.commune.workflow.mail;

/** Pieces every email of the product shares: one-line texts from the plan's broken lines, and the signature. */
public final class MailText {

    private MailText() {}

    /** Plan texts come from PDFs with lines broken anywhere; an email line is one line. */
    public static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    public static String shorten(String s, int max) {
        String one = oneLine(s);
        return one.length() > max ? one.substring(0, max - 1) + "…" : one;
    }

    /** "Kính gửi: <name>," and a blank line; a person without a name is addressed as their office. */
    public static String greeting(Recipient to) {
        return "Kính gửi: " + (to.name().isBlank() ? "quý cơ quan" : to.name()) + ",\n\n";
    }

    public static String signature() {
        return "\n--\nHệ thống theo dõi thực hiện nhiệm vụ - UBND xã\n(Thư gửi tự động, vui lòng không trả lời thư này.)\n";
    }
}
