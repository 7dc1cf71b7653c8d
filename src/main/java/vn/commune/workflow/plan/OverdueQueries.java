package vn.commune.workflow.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offices' shares of tasks still being worked on after their effective due day. */
@Repository
public class OverdueQueries {

    private final JdbcClient jdbc;

    OverdueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** These offices' late shares, most overdue first. */
    public List<Overdue> ofOffices(LocalDate today, Collection<String> offices) {
        return offices.isEmpty() ? List.of() : overdueOn(today, " and a.office_id in (:offices)", "offices", offices);
    }

    /** Every late share of a commune, most overdue first. */
    public List<Overdue> ofCommune(LocalDate today, String communeId) {
        return overdueOn(today, " and p.commune_id = :commune", "commune", communeId);
    }

    private List<Overdue> overdueOn(LocalDate today, String filter, String name, Object value) {
        return jdbc.sql("""
                        select a.id as assignment_id, a.plan_task_id, a.current_task_id, p.id as plan_id, p.number as plan_number,
                               p.title as plan_title, t.number as task_number, t.title, a.office_id, o.name as office_name,
                               t.deadline_text, coalesce(a.due_date, t.due_date) as due_date,
                               coalesce(a.effective_due_date, t.effective_due_date) as effective_due_date
                          from assignment a
                          join plan_task t on t.id = a.plan_task_id
                          join plan p on p.id = t.plan_id
                          join office o on o.id = a.office_id
                         where a.status in ('OPEN', 'RETURNED')
                           and coalesce(a.effective_due_date, t.effective_due_date) < :today""" + filter + """

                         order by coalesce(a.effective_due_date, t.effective_due_date), p.id, t.id, a.office_id""")
                .param("today", today)
                .param(name, value)
                .query((rs, n) -> {
                    LocalDate effective = rs.getObject("effective_due_date", LocalDate.class);
                    return new Overdue(
                            rs.getLong("assignment_id"),
                            rs.getLong("plan_task_id"),
                            rs.getString("current_task_id"),
                            rs.getLong("plan_id"),
                            rs.getString("plan_number"),
                            rs.getString("plan_title"),
                            rs.getString("task_number"),
                            rs.getString("title"),
                            rs.getString("office_id"),
                            rs.getString("office_name"),
                            rs.getString("deadline_text"),
                            rs.getObject("due_date", LocalDate.class),
                            effective,
                            ChronoUnit.DAYS.between(effective, today));
                })
                .list();
    }

    public record Overdue(
            long assignmentId,
            long planTaskId,
            String camundaTaskId,
            long planId,
            String planNumber,
            String planTitle,
            String taskNumber,
            String title,
            String officeId,
            String officeName,
            String deadlineText,
            LocalDate dueDate,
            LocalDate effectiveDueDate,
            long daysLate) {}
}
