package vn.commune.workflow.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.deadlinetext.DeadlineKind;

/** Plans and their tasks' state, as people read them. */
@Repository
public class PlanQueries {

    private static final String SUMMARY = """
            select p.id, p.number, p.issued_on, p.title, p.monitoring_office_id,
                   (select count(*) from plan_task t where t.plan_id = p.id) as tasks,
                   (select count(*) from assignment a join plan_task t on t.id = a.plan_task_id where t.plan_id = p.id) as assignments,
                   (select count(*) from assignment a join plan_task t on t.id = a.plan_task_id where t.plan_id = p.id and a.status = 'DONE') as done
              from plan p""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PlanQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PlanSummary> list(String communeId) {
        return jdbc.sql(SUMMARY + " where p.commune_id = ? order by p.issued_on desc nulls last, p.id desc")
                .param(communeId)
                .query(PlanQueries::summary)
                .list();
    }

    private static PlanSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PlanSummary(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getString("title"),
                rs.getString("monitoring_office_id"),
                rs.getInt("tasks"),
                rs.getInt("assignments"),
                rs.getInt("done"));
    }

    /** A plan of the commune: another commune's plan is not found. */
    public Optional<PlanDetail> find(String communeId, long planId) {
        Optional<PlanSummary> summary = jdbc.sql(SUMMARY + " where p.id = ? and p.commune_id = ?")
                .params(planId, communeId)
                .query(PlanQueries::summary)
                .optional();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = VietnamTime.dateOf(clock.instant());
        Map<Long, List<OfficeState>> states = jdbc
                .sql("""
                        select a.id, a.plan_task_id, a.office_id, o.name as office_name, a.status, a.completed_at, t.deadline_kind,
                               coalesce(a.effective_due_date, t.effective_due_date) as effective_due_date,
                               (select count(*) from evidence e where e.assignment_id = a.id) as evidence
                          from assignment a join plan_task t on t.id = a.plan_task_id join office o on o.id = a.office_id
                         where t.plan_id = ? order by a.id""")
                .param(planId)
                .query((rs, n) -> {
                    AssignmentStatus status = AssignmentStatus.valueOf(rs.getString("status"));
                    java.sql.Timestamp completed = rs.getTimestamp("completed_at");
                    LocalDate due = rs.getObject("effective_due_date", LocalDate.class);
                    return Map.entry(
                            rs.getLong("plan_task_id"),
                            new OfficeState(
                                    rs.getLong("id"),
                                    rs.getString("office_id"),
                                    rs.getString("office_name"),
                                    status.name(),
                                    StatusRule.on(
                                                    today,
                                                    status == AssignmentStatus.DONE,
                                                    completed == null ? null : completed.toInstant(),
                                                    due,
                                                    DeadlineKind.valueOf(rs.getString("deadline_kind")))
                                            .label(),
                                    due,
                                    rs.getInt("evidence")));
                })
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<TaskRow> tasks = jdbc.sql("""
                        select id, number, group_label, title, lead_text, coordinating_text, expected_result, deadline_text,
                               deadline_kind, due_date, effective_due_date
                          from plan_task where plan_id = ? order by id""")
                .param(planId)
                .query((rs, n) -> new TaskRow(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getString("group_label"),
                        rs.getString("title"),
                        rs.getString("lead_text"),
                        rs.getString("coordinating_text"),
                        rs.getString("expected_result"),
                        new DeadlineView(
                                rs.getString("deadline_kind"),
                                rs.getObject("due_date", LocalDate.class),
                                rs.getObject("effective_due_date", LocalDate.class),
                                rs.getString("deadline_text")),
                        states.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        return Optional.of(new PlanDetail(summary.get(), tasks));
    }

    public record PlanSummary(
            long id,
            String number,
            LocalDate issuedOn,
            String title,
            String monitoringOffice,
            int tasks,
            int assignments,
            int done) {}

    public record PlanDetail(PlanSummary plan, List<TaskRow> tasks) {}

    public record TaskRow(
            long id,
            String number,
            String group,
            String title,
            String leadText,
            String coordinatingText,
            String expectedResult,
            DeadlineView deadline,
            List<OfficeState> offices) {}

    public record DeadlineView(String kind, LocalDate dueDate, LocalDate effectiveDueDate, String text) {

        /** As-directed or unreadable words: the chairman must set a date. */
        public boolean needsDeadline() {
            return DeadlineKind.valueOf(kind).needsDeadline();
        }
    }

    /** status is the workflow's step; statusLabel the government's status word for today. */
    public record OfficeState(
            long assignmentId,
            String office,
            String officeName,
            String status,
            String statusLabel,
            LocalDate effectiveDueDate,
            int evidence) {}
}
