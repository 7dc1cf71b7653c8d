package vn.commune.workflow.digest;

/** What a notice is about; the daily email lists them in this order under each plan. */
public enum NoticeKind {
    REPORT_DUE("Báo cáo định kỳ cần nộp"),
    TASK_DUE_SOON("Nhiệm vụ sắp đến hạn"),
    DECISION("Quyết định về đề nghị của cơ quan");

    private final String heading;

    NoticeKind(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
