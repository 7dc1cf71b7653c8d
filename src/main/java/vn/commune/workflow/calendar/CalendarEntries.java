package vn.commune.workflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.audit.AuditKind;
import vn.commune.workflow.audit.AuditLog;

/**
 * The days an administrator entered from the government's notices, per year, and the days off entered once for
 * every year from a given one on; cached until changed.
 */
@Repository
public class CalendarEntries {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Map<Integer, List<CalendarEntry>> cache = new ConcurrentHashMap<>();
    private volatile List<RecurringDayOff> recurring;

    CalendarEntries(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
    }

    public List<CalendarEntry> forYear(int year) {
        return cache.computeIfAbsent(
                year,
                y -> jdbc.sql("select day, kind, name from calendar_day where day between ? and ? order by day")
                        .params(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))
                        .query((rs, n) -> new CalendarEntry(
                                rs.getObject("day", LocalDate.class),
                                DayKind.valueOf(rs.getString("kind")),
                                rs.getString("name")))
                        .list());
    }

    @Transactional
    public void enter(CalendarEntry entry, String by) {
        jdbc.sql("""
                        insert into calendar_day(day, kind, name, entered_by) values (?, ?, ?, ?)
                        on conflict (day) do update set kind = excluded.kind, name = excluded.name, entered_by = excluded.entered_by, entered_at = now()""")
                .params(entry.date(), entry.kind().name(), entry.name(), by)
                .update();
        audit.record(
                AuditKind.ADMIN_CHANGE, "lịch ngày nghỉ " + entry.date(), null, entry.kind() + ": " + entry.name());
        cache.remove(entry.date().getYear());
        events.publishEvent(new CalendarChanged(entry.date().getYear()));
    }

    /** The recurring days off, by month and day. */
    public List<RecurringDayOff> recurring() {
        List<RecurringDayOff> read = recurring;
        if (read == null) {
            read = jdbc.sql("select id, month, day, lunar, from_year, name from calendar_recurring"
                            + " order by lunar, month, day")
                    .query((rs, n) -> new RecurringDayOff(
                            rs.getLong("id"),
                            rs.getInt("month"),
                            rs.getInt("day"),
                            rs.getBoolean("lunar"),
                            rs.getInt("from_year"),
                            rs.getString("name")))
                    .list();
            recurring = read;
        }
        return read;
    }

    /** The recurring days off that fall in this year. */
    public List<DayOff> recurringIn(int year) {
        return RecurringDayOff.daysIn(recurring(), year);
    }

    /** Stores a recurring day off; the same day (solar or lunar) entered again takes the new first year and name. */
    @Transactional
    public RecurringDayOff enterRecurring(RecurringDayOff day, String by) {
        RecurringDayOff previous = recurring().stream()
                .filter(d -> d.lunar() == day.lunar() && d.month() == day.month() && d.day() == day.day())
                .findFirst()
                .orElse(null);
        long id = jdbc.sql("""
                        insert into calendar_recurring(month, day, lunar, from_year, name, entered_by) values (?, ?, ?, ?, ?, ?)
                        on conflict (month, day, lunar) do update set from_year = excluded.from_year, name = excluded.name,
                         entered_by = excluded.entered_by, entered_at = now()
                        returning id""")
                .params(day.month(), day.day(), day.lunar(), day.fromYear(), day.name(), by)
                .query(Long.class)
                .single();
        changed(previous == null ? day.fromYear() : Math.min(previous.fromYear(), day.fromYear()));
        return new RecurringDayOff(id, day.month(), day.day(), day.lunar(), day.fromYear(), day.name());
    }

    /** Removes a recurring day off (entered by mistake); false if there is none with this id. */
    @Transactional
    public boolean removeRecurring(long id) {
        RecurringDayOff day =
                recurring().stream().filter(d -> d.id() == id).findFirst().orElse(null);
        if (day == null) {
            return false;
        }
        jdbc.sql("delete from calendar_recurring where id = ?").param(id).update();
        changed(day.fromYear());
        return true;
    }

    private void changed(int fromYear) {
        recurring = null;
        events.publishEvent(new CalendarChanged(fromYear, LunarCalendar.LAST_YEAR));
    }
}
