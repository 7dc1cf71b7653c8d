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

/** The days an administrator entered from the government's notices, per year, cached until changed. */
@Repository
public class CalendarEntries {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Map<Integer, List<CalendarEntry>> cache = new ConcurrentHashMap<>();

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
}
