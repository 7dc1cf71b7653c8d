package vn.commune.workflow.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.deadlinetext.DeadlineService;
import vn.commune.workflow.deadlinetext.ReadDeadline;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.system.Problem;

/** Stores a plan; each plan task's process starts on {@link PlanTaskCreated}, in the same transaction. */
@Service
public class PlanService {

    private final JdbcClient jdbc;
    private final OfficeRepository offices;
    private final AssignmentRepository assignments;
    private final DeadlineService deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectMapper json;

    PlanService(
            JdbcClient jdbc,
            OfficeRepository offices,
            AssignmentRepository assignments,
            DeadlineService deadlines,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.offices = offices;
        this.assignments = assignments;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(String communeId, PlanDraft draft, String createdBy) {
        validate(communeId, draft);
        long planId = jdbc.sql("""
                        insert into plan(commune_id, number, issued_on, title, monitoring_office_id, source_name, source_sha256,
                                         created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communeId,
                        draft.number(),
                        draft.issuedOn(),
                        draft.title(),
                        draft.monitoringOfficeId(),
                        draft.sourceName(),
                        draft.sourceSha256(),
                        Timestamp.from(clock.instant()),
                        createdBy)
                .query(Long.class)
                .single();
        for (PlanDraft.TaskDraft task : draft.tasks()) {
            createTask(communeId, planId, draft, task);
        }
        for (PlanDraft.IndicatorDraft indicator : draft.indicators()) {
            jdbc.sql("""
                            insert into plan_indicator(plan_id, number, name, unit, targets, tracking_office_text,
                                                       tracking_office_id)
                            values (?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                    .params(
                            planId,
                            indicator.number(),
                            indicator.name(),
                            indicator.unit(),
                            toJson(indicator.targetsByYear()),
                            indicator.trackingOfficeText(),
                            indicator.trackingOfficeId())
                    .update();
        }
        return planId;
    }

    private void createTask(String communeId, long planId, PlanDraft plan, PlanDraft.TaskDraft task) {
        ReadDeadline deadline = deadlines.read(task.deadlineText(), plan.issuedOn());
        long taskId = jdbc.sql("""
                        insert into plan_task(plan_id, number, group_label, title, lead_text, coordinating_text, expected_result,
                                              deadline_text, deadline_kind, due_date, effective_due_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        planId,
                        task.number(),
                        task.group(),
                        task.title(),
                        task.leadText(),
                        task.coordinatingText(),
                        task.expectedResult(),
                        task.deadlineText(),
                        deadline.kind().name(),
                        deadline.dueDate(),
                        deadline.effectiveDueDate())
                .query(Long.class)
                .single();
        Instant now = clock.instant();
        for (String office : distinct(task.leadOfficeIds())) {
            linkOffice(taskId, office, "LEAD");
            assignments.insert(taskId, office, now);
        }
        for (String office : distinct(task.coordinatingOfficeIds())) {
            linkOffice(taskId, office, "COORDINATING");
        }
        events.publishEvent(new PlanTaskCreated(communeId, taskId));
    }

    /** The process that carries the task out, started for it. */
    public void linkProcess(long planTaskId, String processInstanceId) {
        jdbc.sql("update plan_task set process_instance_id = ? where id = ?")
                .params(processInstanceId, planTaskId)
                .update();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plans of the commune already made from a document with this fingerprint. */
    public List<Long> plansFromSource(String communeId, String sha256) {
        return jdbc.sql("select id from plan where commune_id = ? and source_sha256 = ? order by id")
                .params(communeId, sha256)
                .query(Long.class)
                .list();
    }

    private void linkOffice(long taskId, String officeId, String role) {
        jdbc.sql("insert into plan_task_office(plan_task_id, office_id, role) values (?, ?, ?)")
                .params(taskId, officeId, role)
                .update();
    }

    private void validate(String communeId, PlanDraft draft) {
        List<Problem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>(
                offices.findByCommune(communeId).stream().map(Office::id).toList());
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add(new Problem("Kế hoạch", "Thiếu tên kế hoạch."));
        }
        if (draft.monitoringOfficeId() == null || !known.contains(draft.monitoringOfficeId())) {
            problems.add(new Problem(
                    "Kế hoạch",
                    "Cơ quan theo dõi, tổng hợp \"" + draft.monitoringOfficeId() + "\" không phải là cơ quan của xã."));
        }
        if (draft.tasks() == null || draft.tasks().isEmpty()) {
            problems.add(new Problem("Kế hoạch", "Kế hoạch không có nhiệm vụ nào."));
            throw new InvalidPlanException(problems);
        }
        Set<String> numbers = new HashSet<>();
        for (PlanDraft.TaskDraft task : draft.tasks()) {
            String where = "Nhiệm vụ " + task.number();
            if (!numbers.add(task.number())) {
                problems.add(new Problem(where, "Số thứ tự nhiệm vụ bị trùng."));
            }
            if (task.title() == null || task.title().isBlank()) {
                problems.add(new Problem(where, "Thiếu tên nhiệm vụ."));
            }
            if (task.leadOfficeIds() == null || task.leadOfficeIds().isEmpty()) {
                problems.add(new Problem(where, "Chưa có cơ quan chủ trì."));
            }
            reportUnknown(where, "chủ trì", task.leadOfficeIds(), known::contains, problems);
            reportUnknown(where, "phối hợp", task.coordinatingOfficeIds(), known::contains, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
    }

    private static void reportUnknown(
            String where, String role, List<String> ids, Predicate<String> known, List<Problem> problems) {
        if (ids == null) {
            return;
        }
        ids.stream()
                .filter(known.negate())
                .forEach(id -> problems.add(
                        new Problem(where, "Cơ quan " + role + " \"" + id + "\" không phải là cơ quan của xã.")));
    }

    private static List<String> distinct(List<String> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }
}
