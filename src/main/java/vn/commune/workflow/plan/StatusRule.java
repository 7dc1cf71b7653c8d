package vn.commune.workflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.deadlinetext.DeadlineKind;

/**
 * The government's status words for an office's share of a task on a given day. "Chưa đến hạn" is
 * a deadline more than 30 days away; "đang thực hiện trong hạn" one within 30 days, not yet passed.
 * A task as directed ("Theo chỉ đạo…") or with unreadable words "cần định hạn" until the leadership
 * sets the office's date; it is not an ongoing task.
 */
public final class StatusRule {

    static final int DUE_SOON_DAYS = 30;

    private StatusRule() {}

    /**
     * @param effectiveDueDate the office's deadline (its own once extended or set), null when none
     * @param kind             what the plan's deadline words mean
     */
    public static TaskStatus on(
            LocalDate day, boolean done, Instant completedAt, LocalDate effectiveDueDate, DeadlineKind kind) {
        if (done && completedAt != null && !VietnamTime.dateOf(completedAt).isAfter(day)) {
            return effectiveDueDate == null || !VietnamTime.dateOf(completedAt).isAfter(effectiveDueDate)
                    ? TaskStatus.DONE_ON_TIME
                    : TaskStatus.DONE_LATE;
        }
        if (effectiveDueDate == null) {
            return kind.needsDeadline() ? TaskStatus.NEEDS_DEADLINE : TaskStatus.ONGOING;
        }
        if (effectiveDueDate.isBefore(day)) {
            return TaskStatus.OVERDUE;
        }
        return effectiveDueDate.isAfter(day.plusDays(DUE_SOON_DAYS)) ? TaskStatus.NOT_DUE : TaskStatus.ON_TRACK;
    }
}
