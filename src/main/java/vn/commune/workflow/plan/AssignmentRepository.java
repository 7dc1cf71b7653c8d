package vn.commune.workflow.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.commune.workflow.calendar.VietnamTime;

@Repository
public class AssignmentRepository {

    private static final String SELECT = """
            select a.*, p.commune_id, t.plan_id, p.number as plan_number, p.title as plan_title, p.monitoring_office_id,
                   t.number as task_number, t.title as task_title, t.expected_result, t.deadline_text,
                   t.deadline_kind,
                   -- An extension or a date set for an as-directed task replaces the written deadline for this office.
                   coalesce(a.due_date, t.due_date) as office_due_date,
                   coalesce(a.effective_due_date, t.effective_due_date) as office_effective_due_date
              from assignment a
              join plan_task t on t.id = a.plan_task_id
              join plan p on p.id = t.plan_id
            """;

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long planTaskId, String officeId, Instant assignedAt) {
        return jdbc.sql(
                        "insert into assignment(plan_task_id, office_id, status, assigned_at) values (?, ?, 'OPEN', ?) returning id")
                .params(planTaskId, officeId, Timestamp.from(assignedAt))
                .query(Long.class)
                .single();
    }

    public Optional<Assignment> find(long planTaskId, String officeId) {
        return jdbc.sql(SELECT + " where a.plan_task_id = ? and a.office_id = ?")
                .params(planTaskId, officeId)
                .query(AssignmentRepository::map)
                .optional();
    }

    public Optional<Assignment> findById(long id) {
        return jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query(AssignmentRepository::map)
                .optional();
    }

    public Optional<Assignment> findByCurrentTask(String camundaTaskId) {
        return jdbc.sql(SELECT + " where a.current_task_id = ?")
                .param(camundaTaskId)
                .query(AssignmentRepository::map)
                .optional();
    }

    public List<Assignment> findByPlanTask(long planTaskId) {
        return jdbc.sql(SELECT + " where a.plan_task_id = ? order by a.id")
                .param(planTaskId)
                .query(AssignmentRepository::map)
                .list();
    }

    public List<Assignment> findByPlan(long planId) {
        return jdbc.sql(SELECT + " where t.plan_id = ? order by t.id, a.id")
                .param(planId)
                .query(AssignmentRepository::map)
                .list();
    }

    public List<String> leadOffices(long planTaskId) {
        return jdbc.sql("select office_id from assignment where plan_task_id = ? order by id")
                .param(planTaskId)
                .query(String.class)
                .list();
    }

    public void setDeadline(long id, java.time.LocalDate dueDate, java.time.LocalDate effectiveDueDate) {
        jdbc.sql("update assignment set due_date = ?, effective_due_date = ? where id = ?")
                .params(dueDate, effectiveDueDate, id)
                .update();
    }

    /** The leadership moved the share to another office, which hears of it in its next digest. */
    public void moveToOffice(long id, String officeId) {
        jdbc.sql("update assignment set office_id = ?, announced_on = null where id = ?")
                .params(officeId, id)
                .update();
    }

    public void setCurrentTask(long id, String camundaTaskId) {
        jdbc.sql("update assignment set current_task_id = ? where id = ?")
                .params(camundaTaskId, id)
                .update();
    }

    public void markSubmitted(long id, String resultNote, Instant at) {
        jdbc.sql("update assignment set status = 'SUBMITTED', result_note = ?, submitted_at = ? where id = ?")
                .params(resultNote, Timestamp.from(at), id)
                .update();
    }

    public void recordReview(long id, boolean accepted, String reason, String reviewer, Instant at) {
        jdbc.sql("insert into review(assignment_id, accepted, reason, reviewer, decided_at) values (?, ?, ?, ?, ?)")
                .params(id, accepted, reason, reviewer, Timestamp.from(at))
                .update();
        if (accepted) {
            jdbc.sql("update assignment set status = 'DONE', completed_at = ? where id = ?")
                    .params(Timestamp.from(at), id)
                    .update();
            closeTaskWhenAllDone(id);
        } else {
            jdbc.sql("update assignment set status = 'RETURNED', return_reason = ? where id = ?")
                    .params(reason, id)
                    .update();
        }
    }

    /** The task's last share accepted: its final status, as {@link StatusRule} gives it, is kept on the task. */
    private void closeTaskWhenAllDone(long assignmentId) {
        jdbc.sql("""
                        update plan_task t set closed_status =
                               case when exists (select 1 from assignment a where a.plan_task_id = t.id
                                                    and cast(a.completed_at at time zone :zone as date)
                                                        > coalesce(a.effective_due_date, t.effective_due_date))
                                    then 'DONE_LATE' else 'DONE_ON_TIME' end
                         where t.id = (select plan_task_id from assignment where id = :id)
                           and not exists (select 1 from assignment a where a.plan_task_id = t.id and a.status <> 'DONE')""")
                .param("zone", VietnamTime.ZONE.getId())
                .param("id", assignmentId)
                .update();
    }

    private static Assignment map(ResultSet rs, int n) throws SQLException {
        return new Assignment(
                rs.getLong("id"),
                rs.getLong("plan_task_id"),
                rs.getString("office_id"),
                AssignmentStatus.valueOf(rs.getString("status")),
                rs.getString("current_task_id"),
                rs.getString("result_note"),
                rs.getString("return_reason"),
                instant(rs, "assigned_at"),
                instant(rs, "submitted_at"),
                instant(rs, "completed_at"),
                new Assignment.TaskInfo(
                        rs.getString("commune_id"),
                        rs.getLong("plan_id"),
                        rs.getString("plan_number"),
                        rs.getString("plan_title"),
                        rs.getString("monitoring_office_id"),
                        rs.getString("task_number"),
                        rs.getString("task_title"),
                        rs.getString("expected_result"),
                        rs.getString("deadline_text"),
                        rs.getString("deadline_kind"),
                        rs.getObject("office_due_date", java.time.LocalDate.class),
                        rs.getObject("office_effective_due_date", java.time.LocalDate.class)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
