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
    /**
     * A task that runs through a period ("Giai đoạn 2021-2025"): reported every period like an ongoing
     * one, due on 31/12 of the period's last year and late only after that.
     */
    PERIOD,
    /** No final deadline: the office reports every period instead. */
    ONGOING,
    /**
     * Done again every period ("Định kỳ hằng quý", "Trước ngày 10 hàng tháng"): like ONGOING, no final
     * deadline; it may say the day of the month it recurs on.
     */
    PERIODIC,
    /** No date yet: someone (the chairman) must set one. */
    AS_DIRECTED,
    /** The words could not be read with certainty; a person must look at them. */
    UNREADABLE;

    /** Shown to the chairman as "needs a deadline" until one is set. */
    public boolean needsDeadline() {
        return this == AS_DIRECTED || this == UNREADABLE;
    }

    /** Whether the words give a last day. */
    public boolean isDated() {
        return switch (this) {
            case DATE, MONTH, QUARTER, HALF_YEAR, YEAR, PERIOD -> true;
            case ONGOING, PERIODIC, AS_DIRECTED, UNREADABLE -> false;
        };
    }
}
