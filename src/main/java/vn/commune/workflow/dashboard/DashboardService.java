package vn.commune.workflow.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.deadlinetext.DeadlineKind;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.plan.StatusRule;
import vn.commune.workflow.plan.TaskStatus;

/** What the chairman sees: per office, how many shares of tasks are in each status; what is late, most late first. */
@Service
public class DashboardService {

    private static final int WEEKS_OF_HISTORY = 12;

    private final JdbcClient jdbc;
    private final OfficeRepository offices;
    private final Clock clock;

    DashboardService(JdbcClient jdbc, OfficeRepository offices, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.clock = clock;
    }

    /** The whole list of late (or filtered) shares, as the spreadsheet export gives it. */
    public Dashboard dashboard(String communeId, Long planId, String officeId, TaskStatus statusFilter) {
        return dashboard(communeId, planId, officeId, statusFilter, 0, Integer.MAX_VALUE);
    }

    /**
     * The counts, and one page of the late (or filtered) shares: a commune's list can run to thousands, and each
     * listed share brings its last report and evidence, read for the page's shares at once.
     */
    public Dashboard dashboard(
            String communeId, Long planId, String officeId, TaskStatus statusFilter, int page, int size) {
        LocalDate today = VietnamTime.dateOf(clock.instant());
        List<Share> shares = shares(communeId, planId, officeId);
        Map<String, Long> missing = missingReports(communeId, planId);
        List<OfficeCounts> byOffice = new ArrayList<>();
        for (Office office : offices.findByCommune(communeId)) {
            if (officeId != null && !office.id().equals(officeId)) {
                continue;
            }
            Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
            shares.stream()
                    .filter(s -> s.officeId().equals(office.id()))
                    .forEach(s -> counts.merge(s.statusOn(today), 1L, Long::sum));
            byOffice.add(new OfficeCounts(
                    office.id(),
                    office.name(),
                    counts.getOrDefault(TaskStatus.NOT_DUE, 0L),
                    counts.getOrDefault(TaskStatus.ON_TRACK, 0L),
                    counts.getOrDefault(TaskStatus.OVERDUE, 0L),
                    counts.getOrDefault(TaskStatus.DONE_ON_TIME, 0L),
                    counts.getOrDefault(TaskStatus.DONE_LATE, 0L),
                    counts.getOrDefault(TaskStatus.ONGOING, 0L),
                    missing.getOrDefault(office.id(), 0L),
                    counts.getOrDefault(TaskStatus.NEEDS_DEADLINE, 0L)));
        }
        List<Share> listed = shares.stream()
                .filter(s -> statusFilter == null || s.statusOn(today) == statusFilter)
                .filter(s -> statusFilter != null || s.statusOn(today) == TaskStatus.OVERDUE)
                .sorted(Comparator.comparingLong((Share s) -> daysLate(s, today))
                        .reversed()
                        .thenComparing(Share::planTaskId))
                .toList();
        List<Share> onPage =
                listed.stream().skip((long) page * size).limit(size).toList();
        List<Share> needsDeadline = shares.stream()
                .filter(s -> s.statusOn(today) == TaskStatus.NEEDS_DEADLINE)
                .toList();
        return new Dashboard(
                today,
                byOffice,
                views(onPage, today),
                views(needsDeadline, today),
                overdueOverTime(shares, today),
                listed.size(),
                page,
                size);
    }

    private static long daysLate(Share s, LocalDate today) {
        return s.effectiveDueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(s.effectiveDueDate(), today));
    }

    /** The shares as listed, with the last report and the evidence of all of them read in two queries. */
    private List<OverdueShare> views(List<Share> shares, LocalDate today) {
        if (shares.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shares.stream().map(Share::assignmentId).toList();
        Map<Long, String> lastReports = lastReports(ids);
        Map<Long, List<String>> evidence = evidence(ids);
        return shares.stream()
                .map(s -> view(
                        s,
                        today,
                        lastReports.get(s.assignmentId()),
                        evidence.getOrDefault(s.assignmentId(), List.of())))
                .toList();
    }

    private OverdueShare view(Share s, LocalDate today, String lastReport, List<String> evidence) {
        return new OverdueShare(
                s.camundaTaskId(),
                s.assignmentId(),
                s.planId(),
                s.planNumber(),
                s.planTaskId(),
                s.taskNumber(),
                s.title(),
                s.officeId(),
                s.officeName(),
                s.deadlineText(),
                s.dueDate(),
                s.effectiveDueDate(),
                daysLate(s, today),
                s.statusOn(today).label(),
                lastReport,
                evidence);
    }

    /** Overdue shares at the end of each of the last weeks (Sundays), oldest first. */
    private List<Point> overdueOverTime(List<Share> shares, LocalDate today) {
        List<Point> points = new ArrayList<>();
        LocalDate lastSunday = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY));
        for (int w = WEEKS_OF_HISTORY - 1; w >= 0; w--) {
            LocalDate day = lastSunday.minusWeeks(w);
            long count = shares.stream()
                    .filter(s -> !VietnamTime.dateOf(s.assignedAt()).isAfter(day))
                    .filter(s -> s.statusOn(day) == TaskStatus.OVERDUE)
                    .count();
            points.add(new Point(day, count));
        }
        points.add(new Point(
                today,
                shares.stream()
                        .filter(s -> s.statusOn(today) == TaskStatus.OVERDUE)
                        .count()));
        return points;
    }

    private List<Share> shares(String communeId, Long planId, String officeId) {
        return jdbc.sql("""
                        select a.id, a.current_task_id, a.status, a.assigned_at, a.completed_at, a.office_id, o.name as office_name,
                               t.id as plan_task_id, t.number, t.title, t.deadline_text, t.deadline_kind,
                               coalesce(a.due_date, t.due_date) as due_date, coalesce(a.effective_due_date, t.effective_due_date) as effective_due_date,
                               p.id as plan_id, p.number as plan_number
                          from assignment a join plan_task t on t.id = a.plan_task_id join plan p on p.id = t.plan_id
                          join office o on o.id = a.office_id
                         where p.commune_id = :commune and (cast(:plan as bigint) is null or p.id = :plan)
                           and (cast(:office as varchar) is null or a.office_id = :office)
                         order by t.id, a.id""")
                .param("commune", communeId)
                .param("plan", planId)
                .param("office", officeId)
                .query((rs, n) -> new Share(
                        rs.getLong("id"),
                        rs.getString("current_task_id"),
                        AssignmentStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("assigned_at").toInstant(),
                        instant(rs.getTimestamp("completed_at")),
                        rs.getString("office_id"),
                        rs.getString("office_name"),
                        rs.getLong("plan_task_id"),
                        rs.getString("number"),
                        rs.getString("title"),
                        rs.getString("deadline_text"),
                        rs.getString("deadline_kind"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getObject("effective_due_date", LocalDate.class),
                        rs.getLong("plan_id"),
                        rs.getString("plan_number")))
                .list();
    }

    private Map<String, Long> missingReports(String communeId, Long planId) {
        Map<String, Long> missing = new java.util.HashMap<>();
        jdbc.sql("""
                        select r.office_id, count(*) as n from office_report r join report_period rp on rp.id = r.period_id
                          join plan p on p.id = rp.plan_id
                         where r.status = 'MISSING' and p.commune_id = :commune and (cast(:plan as bigint) is null or p.id = :plan)
                         group by r.office_id""").param("commune", communeId).param("plan", planId).query(rs -> {
            missing.put(rs.getString("office_id"), rs.getLong("n"));
        });
        return missing;
    }

    /** Each assignment's latest report that came in (on time or late), as "period: progress". */
    private Map<Long, String> lastReports(List<Long> assignmentIds) {
        Map<Long, String> last = new java.util.HashMap<>();
        jdbc.sql("""
                        select distinct on (i.assignment_id) i.assignment_id,
                               rp.period || ': ' || coalesce(case when i.no_change then 'Không có thay đổi' end, i.progress, '') as line
                          from office_report_item i join office_report r on r.id = i.report_id join report_period rp on rp.id = r.period_id
                         where i.assignment_id in (:ids) and r.status in ('SUBMITTED', 'LATE')
                         order by i.assignment_id, rp.period desc""").param("ids", assignmentIds).query(rs -> {
            last.put(rs.getLong("assignment_id"), rs.getString("line"));
        });
        return last;
    }

    private Map<Long, List<String>> evidence(List<Long> assignmentIds) {
        Map<Long, List<String>> files = new java.util.HashMap<>();
        jdbc.sql("""
                        select assignment_id, file_name from evidence where assignment_id in (:ids)
                         order by assignment_id, uploaded_at""").param("ids", assignmentIds).query(rs -> {
            files.computeIfAbsent(rs.getLong("assignment_id"), k -> new ArrayList<>())
                    .add(rs.getString("file_name"));
        });
        return files;
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private record Share(
            long assignmentId,
            String camundaTaskId,
            AssignmentStatus status,
            Instant assignedAt,
            Instant completedAt,
            String officeId,
            String officeName,
            long planTaskId,
            String taskNumber,
            String title,
            String deadlineText,
            String deadlineKind,
            LocalDate dueDate,
            LocalDate effectiveDueDate,
            long planId,
            String planNumber) {

        TaskStatus statusOn(LocalDate day) {
            return StatusRule.on(
                    day,
                    status == AssignmentStatus.DONE,
                    completedAt,
                    effectiveDueDate,
                    DeadlineKind.valueOf(deadlineKind));
        }
    }

    /** {@code overdue} is one page ({@code page}, from 0, of {@code size}) of the {@code overdueTotal} listed shares. */
    public record Dashboard(
            LocalDate asOf,
            List<OfficeCounts> byOffice,
            List<OverdueShare> overdue,
            List<OverdueShare> needsDeadline,
            List<Point> overdueOverTime,
            long overdueTotal,
            int page,
            int size) {}

    public record OfficeCounts(
            String office,
            String officeName,
            long notDue,
            long onTrack,
            long overdue,
            long doneOnTime,
            long doneLate,
            long ongoing,
            long missingReports,
            /** As-directed or unreadable shares still without a date; not counted as ongoing. */
            long needsDeadline) {}

    public record OverdueShare(
            String taskId,
            long assignmentId,
            long planId,
            String planNumber,
            long planTaskId,
            String taskNumber,
            String title,
            String office,
            String officeName,
            String deadlineText,
            LocalDate dueDate,
            LocalDate effectiveDueDate,
            long daysLate,
            String status,
            String lastReport,
            List<String> evidence) {}

    public record Point(LocalDate day, long overdue) {}
}
