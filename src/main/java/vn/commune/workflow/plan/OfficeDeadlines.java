package vn.commune.workflow.plan;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.calendar.CalendarChanged;
import vn.commune.workflow.calendar.WorkingCalendar;

/**
 * Where an office's deadline for its share moves: an extension, a date set by the leadership for an as-directed
 * task, or a new day off. Each move is announced with {@link AssignmentDeadlineChanged} so that the task process
 * watches the new date.
 */
@Service
public class OfficeDeadlines {

    private final JdbcClient jdbc;
    private final AssignmentRepository assignments;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    OfficeDeadlines(
            JdbcClient jdbc,
            AssignmentRepository assignments,
            WorkingCalendar calendar,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.calendar = calendar;
        this.events = events;
    }

    /** The office's own deadline from now on, moved off days off (Bộ luật Dân sự Art. 148). */
    @Transactional
    public void set(long assignmentId, LocalDate newDate) {
        assignments.setDeadline(assignmentId, newDate, calendar.effectiveDeadline(newDate));
        events.publishEvent(new AssignmentDeadlineChanged(assignmentId));
    }

    /** A day off entered for some years moves the deadlines that now fall on it, for the offices still working on them. */
    @EventListener
    @Transactional
    public void onCalendarChanged(CalendarChanged change) {
        LocalDate from = LocalDate.of(change.year(), 1, 1).minusDays(1);
        LocalDate to = LocalDate.of(change.lastYear(), 12, 31);
        for (var task : jdbc.sql(
                        "select id, due_date, effective_due_date from plan_task where due_date between ? and ?")
                .params(from, to)
                .query((rs, n) -> new Dated(
                        rs.getLong("id"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getObject("effective_due_date", LocalDate.class)))
                .list()) {
            LocalDate effective = calendar.effectiveDeadline(task.dueDate());
            if (!effective.equals(task.effectiveDueDate())) {
                jdbc.sql("update plan_task set effective_due_date = ? where id = ?")
                        .params(effective, task.id())
                        .update();
                assignments.findByPlanTask(task.id()).stream()
                        .filter(a -> a.status() != AssignmentStatus.DONE)
                        .forEach(a -> events.publishEvent(new AssignmentDeadlineChanged(a.id())));
            }
        }
        // Offices with a deadline of their own (an extension, a date set by the leadership).
        for (long id : jdbc.sql("select id from assignment where due_date between ? and ? and status <> 'DONE'")
                .params(from, to)
                .query(Long.class)
                .list()) {
            Assignment a = assignments.findById(id).orElseThrow();
            if (!calendar.effectiveDeadline(a.task().dueDate()).equals(a.task().effectiveDueDate())) {
                set(a.id(), a.task().dueDate());
            }
        }
    }

    private record Dated(long id, LocalDate dueDate, LocalDate effectiveDueDate) {}
}
