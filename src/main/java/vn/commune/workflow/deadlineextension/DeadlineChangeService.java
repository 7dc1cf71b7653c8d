package vn.commune.workflow.deadlineextension;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.calendar.CalendarChanged;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.calendar.WorkingCalendar;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.plantask.PlanTaskProcess;
import vn.commune.workflow.plantask.TaskContext;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.web.ApiException;

/**
 * Changing an office's deadline: an extension the chairman grants, or a date the chairman sets for an
 * as-directed task. The new date goes to the office's assignment, its Tasklist task, and its process,
 * whose deadline watch starts again on the new date (message DeadlineChanged).
 */
@Service
public class DeadlineChangeService {

    static final String PROCESS_KEY = "DeadlineExtension";
    static final String MESSAGE = "DeadlineChanged";

    private final DeadlineChanges changes;
    private final AssignmentRepository assignments;
    private final TaskContext tasks;
    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final CurrentUser user;
    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineChangeService(
            DeadlineChanges changes,
            AssignmentRepository assignments,
            TaskContext tasks,
            WorkingCalendar calendar,
            RuntimeService runtime,
            TaskService taskService,
            CurrentUser user,
            JdbcClient jdbc,
            Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.assignments = assignments;
        this.tasks = tasks;
        this.calendar = calendar;
        this.runtime = runtime;
        this.taskService = taskService;
        this.user = user;
        this.clock = clock;
    }

    /** An office head asks for a later deadline; the chairman decides in Tasklist. */
    @Transactional
    public long requestExtension(String taskId, LocalDate requested, String reason) {
        TaskContext.Resolved ctx = tasks.resolve(taskId)
                .filter(TaskContext.Resolved::isCarryOut)
                .orElseThrow(() -> ApiException.notFound("Không tìm thấy nhiệm vụ đang thực hiện " + taskId + "."));
        Assignment a = ctx.assignment();
        if (!user.inGroup(a.officeId())) {
            throw ApiException.forbidden("Chỉ cơ quan chủ trì mới được xin gia hạn nhiệm vụ của mình.");
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.unprocessable("Xin gia hạn phải nêu lý do.");
        }
        LocalDate current = a.task().dueDate();
        if (requested == null || current == null || !requested.isAfter(current)) {
            throw ApiException.unprocessable("Ngày xin gia hạn phải sau hạn hiện tại"
                    + (current == null
                            ? "; nhiệm vụ chưa có hạn để gia hạn."
                            : " (" + VietnamTime.format(current) + ")."));
        }
        if (changes.hasPendingRequest(a.id())) {
            throw ApiException.unprocessable("Đã có một đề nghị gia hạn đang chờ Chủ tịch quyết định.");
        }
        long id = changes.request(a.id(), current, requested, reason.strip(), user.id(), clock.instant());
        runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(id));
        return id;
    }

    /** The chairman sets the date of an as-directed (or unreadable) task for every office still working on it. */
    @Transactional
    public void setDeadline(long planTaskId, LocalDate date, String note) {
        if (!user.isLeadership()) {
            throw ApiException.forbidden("Chỉ lãnh đạo UBND xã được định hạn nhiệm vụ.");
        }
        if (date == null || date.isBefore(VietnamTime.dateOf(clock.instant()))) {
            throw ApiException.unprocessable("Hạn mới phải là một ngày từ hôm nay trở đi.");
        }
        List<Assignment> open = assignments.findByPlanTask(planTaskId).stream()
                .filter(a -> a.status() != AssignmentStatus.DONE)
                .toList();
        if (open.isEmpty()) {
            throw ApiException.notFound("Không có phần việc nào đang thực hiện của nhiệm vụ " + planTaskId + ".");
        }
        for (Assignment a : open) {
            changes.recordSet(a.id(), a.task().dueDate(), date, note, user.id(), clock.instant());
            apply(a, date);
        }
    }

    /** The leadership extends an office's deadline directly (from the overdue list), recorded like a granted request. */
    @Transactional
    public void grant(Assignment a, LocalDate date, String note) {
        LocalDate current = a.task().dueDate();
        if (date == null
                || (current != null && !date.isAfter(current))
                || date.isBefore(VietnamTime.dateOf(clock.instant()))) {
            throw ApiException.unprocessable("Hạn mới phải sau hạn hiện tại và từ hôm nay trở đi.");
        }
        changes.recordSet(a.id(), current, date, note, user.id(), clock.instant());
        apply(a, date);
    }

    /**
     * A day off entered for a year moves the deadlines that now fall on it (Bộ luật Dân sự Art. 148), and the
     * watches and Tasklist due dates of the offices still working on them.
     */
    @EventListener
    @Transactional
    public void onCalendarChanged(CalendarChanged change) {
        for (var task : jdbc.sql("""
                        select id, due_date, effective_due_date from plan_task
                         where due_date between ? and ?""")
                .params(LocalDate.of(change.year(), 1, 1).minusDays(1), LocalDate.of(change.year(), 12, 31))
                .query((rs, n) -> new Dated(
                        rs.getLong("id"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getObject("effective_due_date", LocalDate.class)))
                .list()) {
            LocalDate effective = calendar.effectiveDeadline(task.dueDate());
            if (!effective.equals(task.effectiveDueDate())) {
                jdbc.sql("update plan_task set effective_due_date = ? where id = ?")
                        .params(effective, task.id())
                        .update();
                assignments.findByPlanTask(task.id()).stream()
                        .filter(a -> a.status() != AssignmentStatus.DONE)
                        .forEach(a -> restartWatch(a, a.task().effectiveDueDate()));
            }
        }
        // Offices with a deadline of their own (an extension, a date set by the chairman).
        for (long id : jdbc.sql("select id from assignment where due_date between ? and ? and status <> 'DONE'")
                .params(LocalDate.of(change.year(), 1, 1).minusDays(1), LocalDate.of(change.year(), 12, 31))
                .query(Long.class)
                .list()) {
            Assignment a = assignments.findById(id).orElseThrow();
            if (!calendar.effectiveDeadline(a.task().dueDate()).equals(a.task().effectiveDueDate())) {
                apply(a, a.task().dueDate());
            }
        }
    }

    private record Dated(long id, LocalDate dueDate, LocalDate effectiveDueDate) {}

    List<DeadlineChanges.Change> history(long assignmentId) {
        return changes.history(assignmentId);
    }

    /** Gives the office its new deadline and restarts the process's deadline watch on it. */
    void apply(Assignment a, LocalDate newDate) {
        LocalDate effective = calendar.effectiveDeadline(newDate);
        assignments.setDeadline(a.id(), newDate, effective);
        restartWatch(a, effective);
    }

    private void restartWatch(Assignment a, LocalDate effective) {
        if (a.currentTaskId() != null) {
            Task task = taskService.createTaskQuery().taskId(a.currentTaskId()).singleResult();
            if (task != null) {
                task.setDueDate(Date.from(VietnamTime.endOf(effective).minusSeconds(60)));
                taskService.saveTask(task);
            }
        }
        for (Execution waiting : runtime.createExecutionQuery()
                .processInstanceBusinessKey(String.valueOf(a.planTaskId()))
                .messageEventSubscriptionName(MESSAGE)
                .list()) {
            if (a.officeId().equals(runtime.getVariable(waiting.getId(), PlanTaskProcess.OFFICE))) {
                runtime.messageEventReceived(MESSAGE, waiting.getId());
            }
        }
    }
}
