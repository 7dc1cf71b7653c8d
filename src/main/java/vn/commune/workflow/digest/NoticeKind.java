package vn.commune.workflow.digest;

/** What a notice is about; the daily email has one heading per kind, in this order. */
public enum NoticeKind {
    TASK_ASSIGNED("Nhiệm vụ mới được giao"),
    TASK_DUE_SOON("Sắp đến hạn"),
    /** Shown through the office's list of late shares, which it brings into the day's email. */
    TASK_OVERDUE("Đã quá hạn"),
    REPORT_DUE("Báo cáo định kỳ cần nộp"),
    DECISION("Trả lời đề nghị gia hạn");

    private final String heading;

    NoticeKind(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
