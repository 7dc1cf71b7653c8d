package vn.commune.workflow.calendar;

/** What an administrator entered for a day, from a government notice. */
public enum DayKind {
    /** A day off: an exact Tết day, a swapped weekday, the second National Day day, a new holiday. */
    DAY_OFF,
    /** A Saturday or Sunday that is worked, in exchange for a weekday off (swapped day). */
    WORKING_DAY
}
