package vn.commune.workflow.deadlinetext;

/** What a deadline written in words turned out to mean. */
public enum DeadlineKind {
    /** A fixed calendar date. */
    DATE,
    /** The last day of a month. */
    MONTH,
    /** The last day of a quarter. */
    QUARTER,
    /** The last day of the first or second half of a year. */
    HALF_YEAR,
    /** The last day of a year. */
    YEAR,
    /** No final deadline: the office reports every period instead. */
    ONGOING,
    /** No date yet: someone (the chairman) must set one. */
    AS_DIRECTED,
    /** The words could not be read with certainty; a person must look at them. */
    UNREADABLE;

    /** Shown to the chairman as "needs a deadline" until one is set. */
    public boolean needsDeadline() {
        return this == AS_DIRECTED || this == UNREADABLE;
    }
}
