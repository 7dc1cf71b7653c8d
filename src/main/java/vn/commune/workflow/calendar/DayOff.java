package vn.commune.workflow.calendar;

import java.time.LocalDate;

/**
 * A day off other than an ordinary weekend.
 *
 * @param name Vietnamese, shown to users (e.g. "Quốc khánh", "Nghỉ bù Giỗ Tổ Hùng Vương")
 */
public record DayOff(LocalDate date, String name) {}
