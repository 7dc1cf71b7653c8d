package vn.commune.workflow.calendar;

import java.time.LocalDate;

/**
 * A day of the calendar listing: a day off (holiday, compensatory or entered day), or a weekend day worked in
 * exchange for one.
 *
 * @param name Vietnamese, shown to users
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {}
