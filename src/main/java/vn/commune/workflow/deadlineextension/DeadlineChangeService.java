package vn.commune.workflow.deadlineextension;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.engine.CommuneProcesses;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.plan.OfficeDeadlines;
import vn.commune.workflow.plantask.TaskContext;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/**
 * Changing an office's deadline: an extension the chairman grants, or a date the chairman sets for an
 * as-directed task, each recorded in the deadline's history. The new date itself is the plan's
 * ({@link OfficeDeadlines}); the task process follows it.
 */
@Service
public class DeadlineChangeService {

    private final DeadlineChanges changes;
    private final AssignmentRepository assignments;
    private final OfficeDeadlines deadlines;
    private final TaskContext tasks;
    private final CommuneProcesses processes;
    private final CurrentUser user;
    private final Clock clock;

    DeadlineChangeService(
            DeadlineChanges changes,
            AssignmentRepository assignments,
            OfficeDeadlines deadlines,
            TaskContext tasks,
            CommuneProcesses processes,
            CurrentUser user,
            Clock clock) {
        this.changes = changes;
        this.assignments = assignments;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.processes = processes;
        this.user = user;
        this.clock = clock;
    }

    /** An office head asks for a later deadline; the chairman decides in Tasklist. */
    @Transactional
    public long requestExtension(String taskId, LocalDate requested, String reason) {
        TaskContext.Resolved ctx = tasks.resolve(taskId)
                .filter(TaskContext.Resolved::isCarryOut)
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy nhiệm vụ đang thực hiện " + taskId + "."));
        Assignment a = ctx.assignment();
        if (!user.inGroup(a.officeId())) {
            throw Refusal.notAllowed("Chỉ cơ quan chủ trì mới được xin gia hạn nhiệm vụ của mình.");
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("Xin gia hạn phải nêu lý do.");
        }
        LocalDate current = a.task().dueDate();
        if (requested == null || current == null || !requested.isAfter(current)) {
            throw Refusal.invalid("Ngày xin gia hạn phải sau hạn hiện tại"
                    + (current == null
                            ? "; nhiệm vụ chưa có hạn để gia hạn."
                            : " (" + VietnamTime.format(current) + ")."));
        }
        if (changes.hasPendingRequest(a.id())) {
            throw Refusal.invalid("Đã có một đề nghị gia hạn đang chờ Chủ tịch quyết định.");
        }
        long id = changes.request(a.id(), current, requested, reason.strip(), user.id(), clock.instant());
        processes.start(a.task().communeId(), DeadlineExtensionModel.PROCESS_KEY, String.valueOf(id));
        return id;
    }

    /** The chairman sets the date of an as-directed (or unreadable) task for every office still working on it. */
    @Transactional
    public void setDeadline(long planTaskId, LocalDate date, String note) {
        if (!user.isLeadership()) {
            throw Refusal.notAllowed("Chỉ lãnh đạo UBND xã được định hạn nhiệm vụ.");
        }
        if (date == null || date.isBefore(VietnamTime.dateOf(clock.instant()))) {
            throw Refusal.invalid("Hạn mới phải là một ngày từ hôm nay trở đi.");
        }
        List<Assignment> open = assignments.findByPlanTask(planTaskId).stream()
                .filter(a -> user.communeId().map(a.task().communeId()::equals).orElse(false))
                .filter(a -> a.status() != AssignmentStatus.DONE)
                .toList();
        if (open.isEmpty()) {
            throw Refusal.notFound("Không có phần việc nào đang thực hiện của nhiệm vụ " + planTaskId + ".");
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
            throw Refusal.invalid("Hạn mới phải sau hạn hiện tại và từ hôm nay trở đi.");
        }
        changes.recordSet(a.id(), current, date, note, user.id(), clock.instant());
        apply(a, date);
    }

    List<DeadlineChanges.Change> history(long assignmentId) {
        return changes.history(assignmentId);
    }

    /** Gives the office its new deadline; the task process watches it from now on. */
    void apply(Assignment a, LocalDate newDate) {
        deadlines.set(a.id(), newDate);
    }
}
