package vn.commune.workflow.process;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
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
    private final Clock clock;

    CarryOutTaskListener(
            PlanTaskProcess process,
            AssignmentRepository assignments,
            TaskCompletion completion,
            OfficeRepository offices,
            Clock clock) {
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
            TaskNaming.describe(task, assignment, offices.nameOf(assignment.officeId()));
            if (assignment.task().effectiveDueDate() != null) {
                // Shown as the last minute of the effective due day; late from 00:00 the next day.
                task.setDueDate(Date.from(
                        VietnamTime.endOf(assignment.task().effectiveDueDate()).minusSeconds(60)));
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
