package vn.commune.workflow.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.commune.workflow.deadline.DeadlineKind;

/** Plans and their tasks' state, as people read them. */
@Repository
public class PlanQueries {

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlanSummary> list() {
        return jdbc.sql("""
                        select p.id, p.number, p.issued_on, p.title, p.monitoring_office_id,
                               (select count(*) from plan_task t where t.plan_id = p.id) as tasks,
                               (select count(*) from assignment a join plan_task t on t.id = a.plan_task_id where t.plan_id = p.id) as assignments,
                               (select count(*) from assignment a join plan_task t on t.id = a.plan_task_id where t.plan_id = p.id and a.status = 'DONE') as done
                          from plan p order by p.issued_on desc nulls last, p.id desc""")
                .query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getString("number"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("title"), rs.getString("monitoring_office_id"),
                        rs.getInt("tasks"), rs.getInt("assignments"), rs.getInt("done")))
                .list();
    }

    public Optional<PlanDetail> find(long planId) {
        Optional<PlanSummary> summary = list().stream().filter(p -> p.id() == planId).findFirst();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<OfficeState>> states = jdbc.sql("""
                        select a.plan_task_id, a.office_id, a.status from assignment a
                          join plan_task t on t.id = a.plan_task_id where t.plan_id = ? order by a.id""")
                .param(planId)
                .query((rs, n) -> Map.entry(rs.getLong("plan_task_id"), new OfficeState(rs.getString("office_id"), rs.getString("status"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<TaskRow> tasks = jdbc.sql("""
                        select id, number, group_label, title, lead_text, coordinating_text, expected_result, deadline_text,
                               deadline_kind, due_date, effective_due_date
                          from plan_task where plan_id = ? order by id""")
                .param(planId)
                .query((rs, n) -> new TaskRow(rs.getLong("id"), rs.getString("number"), rs.getString("group_label"),
                        rs.getString("title"), rs.getString("lead_text"), rs.getString("coordinating_text"),
                        rs.getString("expected_result"),
                        new DeadlineView(rs.getString("deadline_kind"), rs.getObject("due_date", LocalDate.class),
                                rs.getObject("effective_due_date", LocalDate.class), rs.getString("deadline_text")),
                        states.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        return Optional.of(new PlanDetail(summary.get(), tasks));
    }

    public record PlanSummary(long id, String number, LocalDate issuedOn, String title, String monitoringOffice,
                              int tasks, int assignments, int done) {
    }

    public record PlanDetail(PlanSummary plan, List<TaskRow> tasks) {
    }

    public record TaskRow(long id, String number, String group, String title, String leadText, String coordinatingText,
                          String expectedResult, DeadlineView deadline, List<OfficeState> offices) {
    }

    public record DeadlineView(String kind, LocalDate dueDate, LocalDate effectiveDueDate, String text) {

        /** As-directed or unreadable words: the chairman must set a date. */
        public boolean needsDeadline() {
            return DeadlineKind.valueOf(kind).needsDeadline();
        }
    }

    public record OfficeState(String office, String status) {
    }
}
