package vn.commune.workflow.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.deadlinetext.DeadlineKind;

/**
 * How many tasks are in each status on a day, for many communes in one query: what a province compares. A task counts
 * once whatever the number of its lead offices, with the status {@link TaskStatus#ofTask} gives it from its offices'
 * shares, as a consolidated report counts it. The SQL is {@link StatusRule} and {@link TaskStatus#ofTask} written
 * set-wise (a row per share would not scale to a province), so it lives beside them; a test holds it to their figures.
 */
@Repository
public class StatusCounts {

    /**
     * {@link StatusRule#on} for every share, as a rank whose maximum over a task's shares is {@link TaskStatus#ofTask}:
     * done shares rank below every open one, late above on time, open ones in their order of precedence. Dates are
     * Vietnam's, a deadline day ends at 24:00 Vietnam time.
     */
    private static final String RANK = """
            case
              when a.status = 'DONE' and a.completed_at is not null
                   and cast(a.completed_at at time zone :zone as date) <= :day then
                case when coalesce(a.effective_due_date, t.effective_due_date) is null
                       or cast(a.completed_at at time zone :zone as date) <= coalesce(a.effective_due_date, t.effective_due_date)
                     then 0 else 1 end
              when coalesce(a.effective_due_date, t.effective_due_date) is null then
                case when t.deadline_kind in (:needsDeadline) then 3 else 2 end
              when coalesce(a.effective_due_date, t.effective_due_date) < :day then 6
              when coalesce(a.effective_due_date, t.effective_due_date) > cast(:day as date) + cast(:dueSoon as int) then 4
              else 5
            end
            """;

    /** Index = rank of {@link #RANK}. */
    private static final List<TaskStatus> BY_RANK = List.of(
            TaskStatus.DONE_ON_TIME,
            TaskStatus.DONE_LATE,
            TaskStatus.ONGOING,
            TaskStatus.NEEDS_DEADLINE,
            TaskStatus.NOT_DUE,
            TaskStatus.ON_TRACK,
            TaskStatus.OVERDUE);

    private final JdbcClient jdbc;

    StatusCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per commune (each of {@code communeIds}, even without tasks), the number of tasks in each status on {@code day}:
     * today, as a closed task counts as done whatever day is asked.
     */
    public Map<String, Map<TaskStatus, Long>> byCommune(Collection<String> communeIds, LocalDate day) {
        Map<String, Map<TaskStatus, Long>> counts = new HashMap<>();
        communeIds.forEach(c -> counts.put(c, zeroes()));
        if (communeIds.isEmpty()) {
            return counts;
        }
        List<String> needsDeadline = Arrays.stream(DeadlineKind.values())
                .filter(DeadlineKind::needsDeadline)
                .map(Enum::name)
                .toList();
        // Closed tasks (every share accepted, for good) are counted from the task rows; only open ones are ranked.
        jdbc.sql("""
                        with plans as (select id, commune_id from plan where commune_id in (:communes)),
                        open_task as (
                        select t.plan_id, max(""" + RANK + """
                        ) as rank
                          from plan_task t join assignment a on a.plan_task_id = t.id
                         where t.closed_status is null and t.plan_id in (select id from plans)
                         group by t.plan_id, t.id)
                        select p.commune_id, o.rank, count(*) as n from open_task o join plans p on p.id = o.plan_id
                         group by 1, 2
                        union all
                        select p.commune_id, case t.closed_status when 'DONE_LATE' then 1 else 0 end, count(*)
                          from plan_task t join plans p on p.id = t.plan_id
                         where t.closed_status is not null
                         group by 1, 2""")
                .param("zone", VietnamTime.ZONE.getId())
                .param("day", day)
                .param("dueSoon", StatusRule.DUE_SOON_DAYS)
                .param("needsDeadline", needsDeadline)
                .param("communes", communeIds)
                .query(rs -> {
                    counts.get(rs.getString("commune_id"))
                            .merge(BY_RANK.get(rs.getInt("rank")), rs.getLong("n"), Long::sum);
                });
        return counts;
    }

    private static Map<TaskStatus, Long> zeroes() {
        Map<TaskStatus, Long> zeroes = new EnumMap<>(TaskStatus.class);
        Arrays.stream(TaskStatus.values()).forEach(s -> zeroes.put(s, 0L));
        return zeroes;
    }
}
