package vn.commune.workflow.calendar;

/**
 * A date of the Vietnamese lunar calendar.
 *
 * @param year      the lunar year, numbered like the solar year in which it begins
 * @param month     1–12
 * @param day       1–30
 * @param leapMonth true for the intercalary month that repeats {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {}
