package vn.commune.workflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day an administrator entered from a government notice.
 *
 * @param name Vietnamese, shown to users (e.g. "Tết Nguyên đán (mùng 1)", "Làm bù cho thứ Sáu 2/5/2025")
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
