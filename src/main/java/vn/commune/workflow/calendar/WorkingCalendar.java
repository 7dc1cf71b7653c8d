package vn.commune.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Working days of a Vietnamese public office.
 *
 * <p>Days off are Saturdays, Sundays, the public holidays of Bộ luật Lao động 2019 Art. 112, the
 * compensatory days of Art. 111 (a holiday on a weekend is made up on the next working day), and the days
 * an administrator entered from the government's yearly notices. Recurring days off (a holiday a new law adds,
 * entered once from its first year on) count as public holidays, so one on a weekend is made up too. Notices win
 * over computed defaults:
 * <ul>
 *   <li>entered days off named "Tết Nguyên đán…" replace the computed Tết days of that year;</li>
 *   <li>an entered day off on 3/9 makes it the second National Day day instead of 1/9;</li>
 *   <li>an entered working day is worked whatever else falls on it.</li>
 * </ul>
 * Entered days get no compensatory day: the notice has already arranged them.
 *
 * <p>Holds no state besides the source of entered days, which is asked on every call, so edits show at
 * once; cache that source if it is slow. Valid for 1900–2199 (the lunar calendar's range).
 */
public final class WorkingCalendar {

    /** Entered days off named like this are the government's exact Tết days for the year. */
    private static final String TET = "Tết Nguyên đán";

    private static final String NATIONAL_DAY = "Quốc khánh";
    private static final MonthDay DAY_AFTER_NATIONAL_DAY = MonthDay.of(9, 3);

    private final IntFunction<List<CalendarEntry>> entered;
    private final IntFunction<List<DayOff>> recurring;

    /**
     * @param entered days an administrator entered for a year (government notices: exact Tết days, swapped
     *                days, the second National Day day, new holidays); may return null or an empty list
     */
    public WorkingCalendar(IntFunction<List<CalendarEntry>> entered) {
        this(entered, year -> List.of());
    }

    /** @param recurring the recurring days off that fall in a year */
    public WorkingCalendar(IntFunction<List<CalendarEntry>> entered, IntFunction<List<DayOff>> recurring) {
        this.entered = Objects.requireNonNull(entered, "entered");
        this.recurring = Objects.requireNonNull(recurring, "recurring");
    }

    /** Holidays, compensatory days and entered days off of the year, by date, one per date; no weekends. */
    public List<DayOff> daysOff(int year) {
        return plan(year).daysOff().entrySet().stream()
                .map(day -> new DayOff(day.getKey(), day.getValue()))
                .toList();
    }

    /**
     * The year's days off (as {@link #daysOff}) and its entered working days (a Saturday worked in exchange for a
     * weekday off), in date order.
     */
    public List<CalendarDay> days(int year) {
        YearPlan plan = plan(year);
        Map<LocalDate, CalendarDay> days = new TreeMap<>();
        plan.daysOff().forEach((date, name) -> days.put(date, new CalendarDay(date, DayKind.DAY_OFF, name)));
        enteredFor(year).stream()
                .filter(entry -> entry.kind() == DayKind.WORKING_DAY)
                .forEach(entry ->
                        days.put(entry.date(), new CalendarDay(entry.date(), DayKind.WORKING_DAY, entry.name())));
        return List.copyOf(days.values());
    }

    /** Monday to Friday and not a day off, or an entered working day. */
    public boolean isWorkingDay(LocalDate d) {
        return plan(d.getYear()).isWorkingDay(d);
    }

    /** Bộ luật Dân sự 2015 Art. 148: a deadline that ends on a day off moves to the next working day. */
    public LocalDate effectiveDeadline(LocalDate written) {
        return nearestWorkingDay(written, 1);
    }

    /** Reminders go out on working days: one due on a day off goes on the working day before. */
    public LocalDate workingDayOnOrBefore(LocalDate d) {
        return nearestWorkingDay(d, -1);
    }

    private LocalDate nearestWorkingDay(LocalDate from, int step) {
        LocalDate day = from;
        YearPlan plan = plan(day.getYear());
        while (!plan.isWorkingDay(day)) {
            day = day.plusDays(step);
            if (day.getYear() != plan.year()) {
                plan = plan(day.getYear());
            }
        }
        return day;
    }

    private YearPlan plan(int year) {
        List<CalendarEntry> notices = enteredFor(year);
        boolean dayAfterNationalDayOff = notices.stream()
                .anyMatch(entry -> entry.kind() == DayKind.DAY_OFF
                        && MonthDay.from(entry.date()).equals(DAY_AFTER_NATIONAL_DAY));
        boolean tetFixed = notices.stream()
                .anyMatch(
                        entry -> entry.kind() == DayKind.DAY_OFF && entry.name().startsWith(TET));

        Map<LocalDate, String> off = new TreeMap<>();
        List<DayOff> holidays = new ArrayList<>(statutoryHolidays(year, !tetFixed, !dayAfterNationalDayOff));
        List<DayOff> yearly = recurring.apply(year);
        if (yearly != null) {
            Set<LocalDate> statutory = holidays.stream().map(DayOff::date).collect(Collectors.toSet());
            yearly.stream()
                    .filter(day -> day.date().getYear() == year && !statutory.contains(day.date()))
                    .forEach(holidays::add);
            // Made up in date order, so that two holidays on one weekend take the next working days in turn.
            holidays.sort(Comparator.comparing(DayOff::date));
        }
        holidays.forEach(holiday -> off.put(holiday.date(), holiday.name()));
        notices.stream()
                .filter(entry -> entry.kind() == DayKind.DAY_OFF)
                .forEach(entry -> off.put(entry.date(), entry.name()));
        for (DayOff holiday : holidays) {
            if (isWeekend(holiday.date())) {
                LocalDate makeUp = holiday.date().plusDays(1);
                while (isWeekend(makeUp) || off.containsKey(makeUp)) {
                    makeUp = makeUp.plusDays(1);
                }
                off.put(makeUp, "Nghỉ bù " + holiday.name());
            }
        }
        Set<LocalDate> worked = notices.stream()
                .filter(entry -> entry.kind() == DayKind.WORKING_DAY)
                .map(CalendarEntry::date)
                .collect(Collectors.toSet());
        off.keySet().removeAll(worked);
        return new YearPlan(year, off, worked);
    }

    private List<CalendarEntry> enteredFor(int year) {
        List<CalendarEntry> entries = entered.apply(year);
        return entries == null
                ? List.of()
                : entries.stream()
                        .filter(entry -> entry.date().getYear() == year)
                        .toList();
    }

    /** Bộ luật Lao động 2019 Art. 112, in date order. */
    private static List<DayOff> statutoryHolidays(int year, boolean withTet, boolean nationalDayEve) {
        List<DayOff> holidays = new ArrayList<>();
        holidays.add(new DayOff(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        if (withTet) {
            // The last day of the lunar year (29th or 30th of month 12) and the first four of the new one.
            LocalDate newYear = LunarCalendar.toSolar(year, 1, 1, false);
            LocalDate lastDay = newYear.minusDays(1);
            holidays.add(new DayOff(
                    lastDay, TET + " (" + LunarCalendar.toLunar(lastDay).day() + " tháng Chạp)"));
            for (int day = 1; day <= 4; day++) {
                holidays.add(new DayOff(newYear.plusDays(day - 1), TET + " (mùng " + day + ")"));
            }
        }
        holidays.add(new DayOff(LunarCalendar.toSolar(year, 3, 10, false), "Giỗ Tổ Hùng Vương"));
        holidays.add(new DayOff(LocalDate.of(year, 4, 30), "Ngày Chiến thắng"));
        holidays.add(new DayOff(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động"));
        // The law allows the day before or after 2/9; the government has chosen the day before unless a
        // notice says otherwise.
        if (nationalDayEve) {
            holidays.add(new DayOff(LocalDate.of(year, 9, 1), NATIONAL_DAY + " (ngày liền kề)"));
        }
        holidays.add(new DayOff(LocalDate.of(year, 9, 2), NATIONAL_DAY));
        return holidays;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** One year's days off (weekends aside) and entered working days. */
    private record YearPlan(int year, Map<LocalDate, String> daysOff, Set<LocalDate> worked) {

        boolean isWorkingDay(LocalDate d) {
            return worked.contains(d) || !isWeekend(d) && !daysOff.containsKey(d);
        }
    }
}
