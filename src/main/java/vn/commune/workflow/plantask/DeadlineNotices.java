package vn.commune.workflow.plantask;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which reminders and escalations an assignment has had for a given deadline. */
@Repository
class DeadlineNotices {

    static final String OVERDUE = "OVERDUE";

    private final JdbcClient jdbc;

    DeadlineNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String reminder(int daysBefore) {
        return "REMINDER_" + daysBefore;
    }

    boolean exists(long assignmentId, LocalDate dueDate, String kind) {
        return jdbc.sql("select count(*) from deadline_notice where assignment_id = ? and due_date = ? and kind = ?")
                        .params(assignmentId, dueDate, kind)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** True if this call recorded the notice, false if it had already been given. */
    boolean record(long assignmentId, LocalDate dueDate, String kind, Instant at) {
        return jdbc.sql("""
                        insert into deadline_notice(assignment_id, due_date, kind, created_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                        .params(assignmentId, dueDate, kind, Timestamp.from(at))
                        .update()
                == 1;
    }
}
