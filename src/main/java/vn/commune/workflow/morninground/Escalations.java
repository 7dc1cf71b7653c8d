package vn.commune.workflow.morninground;

import static vn.commune.workflow.morninground.ShareSql.DUE;
import static vn.commune.workflow.morninground.ShareSql.OPEN;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.mail.MailText;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * The round's escalation: every share marked late and not yet escalated, gathered into one email per person of the
 * commune's leadership and of each share's monitoring office. A plan imported late makes one email, not one per task.
 */
@Component
class Escalations {

    private final JdbcClient jdbc;
    private final OfficeDirectory directory;
    private final Outbox outbox;
    private final WorkflowProperties workflow;

    Escalations(JdbcClient jdbc, OfficeDirectory directory, Outbox outbox, WorkflowProperties workflow) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.outbox = outbox;
        this.workflow = workflow;
    }

    /**
     * In one transaction: the emails (keyed by the round, so a retry of the step writes none twice) and the mark
     * that the shares were escalated. Returns how many emails were written.
     */
    int escalate(String roundId, LocalDate today, Instant now) {
        List<Late> late = jdbc.sql("""
                        select d.assignment_id, d.due_date, p.id as plan_id, p.number as plan_number, p.title as plan_title,
                               p.monitoring_office_id, t.number as task_number, t.title, o.name as office_name,
                               a.current_task_id
                          from deadline_notice d
                          join assignment a on a.id = d.assignment_id
                          join plan_task t on t.id = a.plan_task_id
                          join plan p on p.id = t.plan_id
                          join office o on o.id = a.office_id
                         where d.kind = 'OVERDUE' and d.escalated_at is null and %s and %s = d.due_date
                         order by p.id, t.id, o.sort_order""".formatted(OPEN, DUE))
                .query((rs, n) -> new Late(
                        rs.getLong("plan_id"),
                        rs.getString("plan_number"),
                        rs.getString("plan_title"),
                        rs.getString("monitoring_office_id"),
                        rs.getString("task_number"),
                        rs.getString("title"),
                        rs.getString("office_name"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getString("current_task_id")))
                .list();
        Map<String, List<Recipient>> toldOf = new HashMap<>();
        Map<String, Recipient> people = new LinkedHashMap<>();
        Map<String, List<Late>> byPerson = new LinkedHashMap<>();
        for (Late l : late) {
            for (Recipient r : toldOf.computeIfAbsent(l.monitoringOfficeId(), directory::leadershipAnd)) {
                people.putIfAbsent(r.userId(), r);
                byPerson.computeIfAbsent(r.userId(), u -> new ArrayList<>()).add(l);
            }
        }
        byPerson.forEach((userId, shares) -> {
            Recipient to = people.get(userId);
            outbox.enqueue(
                    "ESCALATION", "escalation:" + roundId, List.of(to), subject(shares), body(to, shares, today));
        });
        jdbc.sql("update deadline_notice set escalated_at = ? where kind = 'OVERDUE' and escalated_at is null")
                .param(Timestamp.from(now))
                .update();
        return byPerson.size();
    }

    private static String subject(List<Late> shares) {
        if (shares.size() == 1) {
            Late l = shares.get(0);
            return "[Quá hạn] Nhiệm vụ " + l.taskNumber() + " - " + l.officeName() + " - hạn "
                    + VietnamTime.format(l.dueDate());
        }
        return "[Quá hạn] " + shares.size() + " phần việc đã quá hạn";
    }

    private String body(Recipient to, List<Late> shares, LocalDate today) {
        StringBuilder body = new StringBuilder(MailText.greeting(to))
                .append("Các nhiệm vụ sau đã quá hạn mà cơ quan chủ trì chưa hoàn thành (đến ngày ")
                .append(VietnamTime.format(today))
                .append("):\n");
        long plan = -1;
        for (Late l : shares) {
            if (l.planId() != plan) {
                plan = l.planId();
                body.append("\nKế hoạch ")
                        .append(l.planNumber() == null ? "" : l.planNumber() + " - ")
                        .append(MailText.shorten(l.planTitle(), 100))
                        .append(":\n");
            }
            body.append("  - Nhiệm vụ ")
                    .append(l.taskNumber())
                    .append(": ")
                    .append(MailText.shorten(l.title(), 100))
                    .append(" - ")
                    .append(l.officeName())
                    .append(" - hạn ")
                    .append(VietnamTime.format(l.dueDate()))
                    .append(", quá ")
                    .append(ChronoUnit.DAYS.between(l.dueDate(), today))
                    .append(" ngày\n    ")
                    .append(l.currentTaskId() == null ? workflow.baseUrl() : workflow.tasklistLink(l.currentTaskId()))
                    .append('\n');
        }
        return body.append(MailText.signature()).toString();
    }

    private record Late(
            long planId,
            String planNumber,
            String planTitle,
            String monitoringOfficeId,
            String taskNumber,
            String title,
            String officeName,
            LocalDate dueDate,
            String currentTaskId) {}
}
