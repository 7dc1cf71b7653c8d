package vn.commune.workflow.calendar;

/** Days off of the years {@code year} to {@code lastYear} changed: deadlines falling in them may move. */
public record CalendarChanged(int year, int lastYear) {

    /** One year changed. */
    public CalendarChanged(int year) {
        this(year, year);
    }
}
