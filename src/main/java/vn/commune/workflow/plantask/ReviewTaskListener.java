package vn.commune.workflow.plantask;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.commune.workflow.audit.AuditKind;
import vn.commune.workflow.audit.AuditLog;
import vn.commune.workflow.audit.Outcome;
import vn.commune.workflow.engine.TaskActor;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;

/**
 * Task_ReviewEvidence: the monitoring office accepts the result or returns it with a reason.
 * The decision goes to the app's tables; the gateway reads it from there.
 */
@Component("reviewTaskListener")
class ReviewTaskListener implements TaskListener {

    static final String ACCEPTED = "accepted";
    static final String RETURN_REASON = "returnReason";

    private final PlanTaskProcess process;
    private final AssignmentRepository assignments;
    private final OfficeRepository offices;
    private final TaskWording wording;
    private final AuditLog audit;
    private final Clock clock;

    ReviewTaskListener(
            PlanTaskProcess process,
            AssignmentRepository assignments,
            OfficeRepository offices,
            TaskWording wording,
            AuditLog audit,
            Clock clock) {
        this.audit = audit;
        this.wording = wording;
        this.process = process;
        this.assignments = assignments;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Assignment assignment = process.assignment(task.getExecution().getProcessBusinessKey(), task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            wording.nameInTasklist(task, "Kiểm tra kết quả: ", assignment, offices.nameOf(assignment.officeId()));
            return;
        }
        Object accepted = task.getVariable(ACCEPTED);
        Object reason = task.getVariable(RETURN_REASON);
        TaskCompletion.reviewRefusal(accepted, reason).ifPresent(why -> {
            throw new ProcessEngineException(why);
        });
        boolean decision = (Boolean) accepted;
        String reasonText = reason == null ? "" : reason.toString().strip();
        String reviewer = TaskActor.of(task);
        assignments.recordReview(assignment.id(), decision, decision ? null : reasonText, reviewer, clock.instant());
        audit.record(
                reviewer,
                AuditKind.REVIEW,
                Outcome.OK,
                "phần việc " + assignment.id() + ", task " + task.getId(),
                assignment.task().communeId(),
                decision ? "Chấp nhận kết quả" : "Trả lại: " + reasonText);
        task.getExecution().removeVariable(ACCEPTED);
        task.getExecution().removeVariable(RETURN_REASON);
    }
}
