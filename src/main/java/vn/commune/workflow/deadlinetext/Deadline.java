package vn.commune.workflow.deadlinetext;

import java.time.LocalDate;

/**
 * A deadline as written in a plan, with its interpretation.
 *
 * @param kind       what the words mean
 * @param dueDate    the last day the phrase allows (null unless {@link DeadlineKind#isDated()})
 * @param text       the original words, untouched
 * @param dayOfMonth for PERIODIC only, the day of each month it is due ("trước ngày 10 hàng tháng"); else null
 */
public record Deadline(DeadlineKind kind, LocalDate dueDate, String text, Integer dayOfMonth) {

    public Deadline {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        // A date on an undated kind (or none on a dated one) would be read differently by each caller.
        if ((dueDate != null) != kind.isDated()) {
            throw new IllegalArgumentException(kind + " deadline with dueDate " + dueDate);
        }
        if (dayOfMonth != null && (kind != DeadlineKind.PERIODIC || dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException(kind + " deadline with day of month " + dayOfMonth);
        }
    }

    public Deadline(DeadlineKind kind, LocalDate dueDate, String text) {
        this(kind, dueDate, text, null);
    }

    public boolean isDated() {
        return dueDate != null;
    }
}
