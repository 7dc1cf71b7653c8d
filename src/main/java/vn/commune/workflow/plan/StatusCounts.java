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

    /** {@link StatusRule#on} for every share: dates are Vietnam's, a deadline day ends at 24:00 Vietnam time. */
    private static final String STATUS = """
            case
              when a.status = 'DONE' and a.completed_at is not null
                   and cast(a.completed_at at time zone :zone as date) <= :day then
                case when coalesce(a.effective_due_date, t.effective_due_date) is null
                       or cast(a.completed_at at time zone :zone as date) <= coalesce(a.effective_due_date, t.effective_due_date)
                     then 'DONE_ON_TIME' else 'DONE_LATE' end
              when coalesce(a.effective_due_date, t.effective_due_date) is null then
                case when t.deadline_kind in (:needsDeadline) then 'NEEDS_DEADLINE' else 'ONGOING' end
              when coalesce(a.effective_due_date, t.effective_due_date) < :day then 'OVERDUE'
              when coalesce(a.effective_due_date, t.effective_due_date) > cast(:day as date) + cast(:dueSoon as int) then 'NOT_DUE'
              else 'ON_TRACK'
            end
            """;

    private final JdbcClient jdbc;

    StatusCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per commune (each of {@code communeIds}, even without tasks), the number of tasks in each status. */
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
        jdbc.sql("with share as (select p.commune_id, t.id as task_id, " + STATUS + """
                        as status
                          from plan p join plan_task t on t.plan_id = p.id join assignment a on a.plan_task_id = t.id
                         where p.commune_id in (:communes)),
                        task as (
                        select commune_id,
                               case when bool_and(status in ('DONE_ON_TIME', 'DONE_LATE')) then
                                      case when bool_or(status = 'DONE_LATE') then 'DONE_LATE' else 'DONE_ON_TIME' end
                                    when bool_or(status = 'OVERDUE') then 'OVERDUE'
                                    when bool_or(status = 'ON_TRACK') then 'ON_TRACK'
                                    when bool_or(status = 'NOT_DUE') then 'NOT_DUE'
                                    when bool_or(status = 'NEEDS_DEADLINE') then 'NEEDS_DEADLINE'
                                    else 'ONGOING' end as status
                          from share group by commune_id, task_id)
                        select commune_id, status, count(*) as n from task group by 1, 2""")
                .param("zone", VietnamTime.ZONE.getId())
                .param("day", day)
                .param("dueSoon", StatusRule.DUE_SOON_DAYS)
                .param("needsDeadline", needsDeadline)
                .param("communes", communeIds)
                .query(rs -> {
                    counts.get(rs.getString("commune_id"))
                            .put(TaskStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    private static Map<TaskStatus, Long> zeroes() {
        Map<TaskStatus, Long> zeroes = new EnumMap<>(TaskStatus.class);
        Arrays.stream(TaskStatus.values()).forEach(s -> zeroes.put(s, 0L));
        return zeroes;
    }
}
