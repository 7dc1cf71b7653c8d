package vn.commune.workflow.morninground;

import static vn.commune.workflow.morninground.ShareSql.DUE;
import static vn.commune.workflow.morninground.ShareSql.NOTICE_TO_OFFICE;
import static vn.commune.workflow.morninground.ShareSql.OPEN;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.commune.workflow.calendar.WorkingCalendar;
import vn.commune.workflow.digest.NoticeKind;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * The first step of the morning round, as a handful of set-based statements over the shares' rows, whatever their
 * number. Each reminder and each overdue mark is a row of {@code deadline_notice} (unique per share, deadline and
 * kind): a retry or a second node records nothing twice, and a new deadline starts its own reminders.
 */
@Repository
class DeadlineRecords {

    static final String OVERDUE = "OVERDUE";

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final ReminderProperties reminders;
    private final WorkflowProperties workflow;

    DeadlineRecords(
            JdbcClient jdbc, WorkingCalendar calendar, ReminderProperties reminders, WorkflowProperties workflow) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.reminders = reminders;
        this.workflow = workflow;
    }

    static String reminder(int daysBefore) {
        return "REMINDER_" + daysBefore;
    }

    /** Every statement of the step; returns how many notices were written. */
    int record(LocalDate today, Instant now) {
        return dueSoon(today, now) + newlyAssigned(today, now) + wentLate(today, now);
    }

    /**
     * A reminder N days before is due on the working day on or before "deadline minus N": on a working day
     * {@code today} that is every deadline from today to (next working day + N - 1). One given late (a share assigned
     * after its reminder days, a round missed) is given late, once; none once the deadline has passed. A share told
     * of in this round as newly assigned (its line says its deadline) is reminded from the next round on.
     */
    private int dueSoon(LocalDate today, Instant now) {
        LocalDate next = nextWorkingDay(today);
        List<String> rows = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i < reminders.daysBefore().size(); i++) {
            int days = reminders.daysBefore().get(i);
            rows.add("(cast(:kind" + i + " as varchar), cast(:last" + i + " as date))");
            params.put("kind" + i, reminder(days));
            params.put("last" + i, next.plusDays(days - 1L));
        }
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.sql("with due(kind, last_due) as (values " + String.join(", ", rows) + "),\n"
                        + """
                        fresh as (
                          insert into deadline_notice(assignment_id, due_date, kind, created_at)
                          select a.id, %1$s, due.kind, :now
                            from assignment a
                            join plan_task t on t.id = a.plan_task_id
                            join due on %1$s between cast(:today as date) and due.last_due
                           where %2$s and a.announced_on is not null
                          on conflict do nothing
                          returning assignment_id),
                        told as (select distinct assignment_id from fresh)
                        """.formatted(DUE, OPEN) + NOTICE_TO_OFFICE)
                .params(params)
                .params(common(today, now, NoticeKind.TASK_DUE_SOON))
                .update();
    }

    /** Shares not yet told to their office (a new plan, a share moved to another office): the next digest tells. */
    private int newlyAssigned(LocalDate today, Instant now) {
        return jdbc.sql("""
                        with told as (
                          update assignment a set announced_on = :today
                           where a.announced_on is null and %s
                          returning a.id as assignment_id)
                        """.formatted(OPEN) + NOTICE_TO_OFFICE)
                .params(common(today, now, NoticeKind.TASK_ASSIGNED))
                .update();
    }

    /** Shares still with their office after their deadline: marked late, told to the office, kept for escalation. */
    private int wentLate(LocalDate today, Instant now) {
        int told = jdbc.sql("""
                        with told as (
                          insert into deadline_notice(assignment_id, due_date, kind, created_at)
                          select a.id, %1$s, 'OVERDUE', :now
                            from assignment a join plan_task t on t.id = a.plan_task_id
                           where %2$s and %1$s < cast(:today as date)
                          on conflict do nothing
                          returning assignment_id)
                        """.formatted(DUE, OPEN) + NOTICE_TO_OFFICE)
                .params(common(today, now, NoticeKind.TASK_OVERDUE))
                .update();
        jdbc.sql("""
                        update assignment a set overdue_from = %1$s + 1
                          from plan_task t
                         where t.id = a.plan_task_id and %2$s and %1$s < :today
                           and a.overdue_from is distinct from %1$s + 1""".formatted(DUE, OPEN)).param("today", today).update();
        // A later deadline (an extension, a date moved off a new day off) makes the share not late any more.
        jdbc.sql("""
                        update assignment a set overdue_from = null
                          from plan_task t
                         where t.id = a.plan_task_id and a.overdue_from is not null
                           and (%s is null or %s >= :today)""".formatted(DUE, DUE)).param("today", today).update();
        return told;
    }

    /**
     * Shares of these plan tasks due by the second working day from today, not yet told: marked told with their
     * reminders given, so that the round repeats none of it. Returns their ids.
     */
    List<Long> takeUrgent(Collection<Long> planTaskIds, LocalDate today, Instant now) {
        if (planTaskIds.isEmpty()) {
            return List.of();
        }
        LocalDate limit = nextWorkingDay(nextWorkingDay(today));
        List<Long> urgent = jdbc.sql("""
                        update assignment a set announced_on = :today
                          from plan_task t
                         where t.id = a.plan_task_id and a.plan_task_id in (:tasks) and a.announced_on is null and %2$s
                           and %1$s between :today and :limit
                        returning a.id""".formatted(DUE, OPEN))
                .param("today", today)
                .param("limit", limit)
                .param("tasks", planTaskIds)
                .query(Long.class)
                .list();
        if (urgent.isEmpty()) {
            return urgent;
        }
        for (int days : reminders.daysBefore()) {
            jdbc.sql("""
                            insert into deadline_notice(assignment_id, due_date, kind, created_at)
                            select a.id, %s, :kind, :now from assignment a join plan_task t on t.id = a.plan_task_id
                             where a.id in (:ids)
                            on conflict do nothing""".formatted(DUE))
                    .param("ids", urgent)
                    .param("kind", reminder(days))
                    .param("now", Timestamp.from(now))
                    .update();
        }
        return urgent;
    }

    private Map<String, Object> common(LocalDate today, Instant now, NoticeKind kind) {
        return Map.of(
                "today", today,
                "now", Timestamp.from(now),
                "kind", kind.name(),
                "taskLink", workflow.tasklistLink(""),
                "baseUrl", workflow.baseUrl());
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!calendar.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
