package vn.commune.workflow.deadlinetext;

import java.time.LocalDate;

/**
 * A deadline as written in a plan, with its interpretation.
 *
 * @param kind    what the words mean
 * @param dueDate the last day the phrase allows (null for ONGOING, AS_DIRECTED, UNREADABLE)
 * @param text    the original words, untouched
 */
public record Deadline(DeadlineKind kind, LocalDate dueDate, String text) {

    public Deadline {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        // A date on an undated kind (or none on a dated one) would be read differently by each caller.
        if ((dueDate != null) != isDatedKind(kind)) {
            throw new IllegalArgumentException(kind + " deadline with dueDate " + dueDate);
        }
    }

    public boolean isDated() {
        return dueDate != null;
    }

    private static boolean isDatedKind(DeadlineKind kind) {
        return switch (kind) {
            case DATE, MONTH, QUARTER, HALF_YEAR, YEAR -> true;
            case ONGOING, AS_DIRECTED, UNREADABLE -> false;
        };
    }
}
