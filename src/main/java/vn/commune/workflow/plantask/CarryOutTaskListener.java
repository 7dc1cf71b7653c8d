package vn.commune.workflow.plantask;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.commune.workflow.engine.TasklistDue;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;

/**
 * Task_CarryOut: on create, names the task after the plan task and sets its due date; on complete,
 * refuses a result without evidence and stores the result note in the assignment.
 */
@Component("carryOutTaskListener")
class CarryOutTaskListener implements TaskListener {

    static final String RESULT_NOTE = "resultNote";

    private final PlanTaskProcess process;
    private final AssignmentRepository assignments;
    private final TaskCompletion completion;
    private final OfficeRepository offices;
    private final TaskWording wording;
    private final Clock clock;

    CarryOutTaskListener(
            PlanTaskProcess process,
            AssignmentRepository assignments,
            TaskCompletion completion,
            OfficeRepository offices,
            TaskWording wording,
            Clock clock) {
        this.wording = wording;
        this.process = process;
        this.assignments = assignments;
        this.completion = completion;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Assignment assignment = process.assignment(task.getExecution().getProcessBusinessKey(), task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            wording.nameInTasklist(task, "", assignment, offices.nameOf(assignment.officeId()));
            if (assignment.task().effectiveDueDate() != null) {
                task.setDueDate(TasklistDue.of(assignment.task().effectiveDueDate()));
            }
            assignments.setCurrentTask(assignment.id(), task.getId());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completion.carryOutRefusal(task.getId()).ifPresent(why -> {
                throw new ProcessEngineException(why);
            });
            Object note = task.getVariable(RESULT_NOTE);
            assignments.markSubmitted(
                    assignment.id(), note == null ? null : note.toString().strip(), clock.instant());
            task.getExecution().removeVariable(RESULT_NOTE);
        }
    }
}
