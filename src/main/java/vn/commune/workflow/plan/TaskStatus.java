package vn.commune.workflow.plan;

/**
 * A task's state in the government's own words. The declaration order is the order in which
 * a report lists the groups of tasks.
 */
public enum TaskStatus {
    NOT_DUE("Chưa đến hạn"),
    ON_TRACK("Đang thực hiện trong hạn"),
    OVERDUE("Đang thực hiện quá hạn"),
    DONE_ON_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành quá hạn"),
    ONGOING("Thường xuyên"),
    /** As directed or unreadable, until the leadership sets a date: neither ongoing nor dated. */
    NEEDS_DEADLINE("Cần định hạn");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    /** The status word as printed in reports. */
    public String label() {
        return label;
    }
}
