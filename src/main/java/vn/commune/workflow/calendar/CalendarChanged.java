package vn.commune.workflow.calendar;

/** Days off of this year changed: deadlines falling in it may move. */
public record CalendarChanged(int year) {}
