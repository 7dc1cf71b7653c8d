package vn.commune.workflow.audit;

/** What was done, with the words the administrator reads on the audit page. */
public enum AuditKind {
    LOGIN("Đăng nhập"),
    ACCESS_DENIED("Bị từ chối truy cập"),
    EVIDENCE_UPLOAD("Tải lên minh chứng"),
    EVIDENCE_DOWNLOAD("Tải về minh chứng"),
    TASK_COMPLETED("Hoàn thành việc"),
    REVIEW("Kiểm tra kết quả"),
    PLAN_IMPORT("Nhập kế hoạch"),
    ADMIN_CHANGE("Thay đổi quản trị");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
