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

    /** The order in which a task's open shares decide its status: the most pressing first. */
    private static final java.util.List<TaskStatus> OPEN_PRECEDENCE =
            java.util.List.of(OVERDUE, ON_TRACK, NOT_DUE, NEEDS_DEADLINE, ONGOING);

    /**
     * A task's status from its lead offices' shares: done when every share is (late if any was late), otherwise as
     * its most pressing open share.
     */
    public static TaskStatus ofTask(java.util.Collection<TaskStatus> shares) {
        boolean allDone = shares.stream().allMatch(s -> s == DONE_ON_TIME || s == DONE_LATE);
        if (allDone && !shares.isEmpty()) {
            return shares.contains(DONE_LATE) ? DONE_LATE : DONE_ON_TIME;
        }
        return OPEN_PRECEDENCE.stream().filter(shares::contains).findFirst().orElse(NOT_DUE);
    }

    /** The status word as printed in reports. */
    public String label() {
        return label;
    }
}
