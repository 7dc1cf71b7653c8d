package vn.commune.workflow.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * A day off every year from {@code fromYear} on, entered once: a new national day, a holiday a new law adds. By
 * solar date, or by lunar date ({@code lunar}: day and month of the lunar calendar, never a leap month).
 *
 * @param id   {@code null} until stored
 * @param name Vietnamese, shown to users (e.g. "Ngày Văn hóa Việt Nam")
 */
public record RecurringDayOff(Long id, int month, int day, boolean lunar, int fromYear, String name) {

    /** The day in this solar year, or {@code null} before {@code fromYear} or where the date does not exist. */
    public LocalDate in(int year) {
        if (year < fromYear) {
            return null;
        }
        if (!lunar) {
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
        // A lunar date of the lunar year before may fall in January or February of this solar year.
        for (int lunarYear = year - 1; lunarYear <= year; lunarYear++) {
            try {
                LocalDate date = LunarCalendar.toSolar(lunarYear, month, day, false);
                if (date.getYear() == year) {
                    return date;
                }
            } catch (IllegalArgumentException e) {
                // Outside the calendar's range, or a 30th in a month of 29 days.
            }
        }
        return null;
    }

    /** The days of these that fall in this solar year. */
    public static List<DayOff> daysIn(List<RecurringDayOff> days, int year) {
        return days.stream()
                .filter(day -> day.in(year) != null)
                .map(day -> new DayOff(day.in(year), day.name()))
                .toList();
    }
}
