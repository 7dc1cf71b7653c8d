package vn.commune.workflow.plantask;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.commune.workflow.engine.TasklistDue;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentDeadlineChanged;
import vn.commune.workflow.plan.AssignmentRepository;

/** An office's new deadline reaches its Tasklist task and restarts its branch's deadline watch on the new date. */
@Component
class DeadlineWatch {

    private final AssignmentRepository assignments;
    private final TaskService tasks;
    private final RuntimeService runtime;

    DeadlineWatch(AssignmentRepository assignments, TaskService tasks, RuntimeService runtime) {
        this.assignments = assignments;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @EventListener
    void onDeadlineChanged(AssignmentDeadlineChanged changed) {
        Assignment a = assignments.findById(changed.assignmentId()).orElseThrow();
        if (a.currentTaskId() != null && a.task().effectiveDueDate() != null) {
            Task task = tasks.createTaskQuery().taskId(a.currentTaskId()).singleResult();
            if (task != null) {
                task.setDueDate(TasklistDue.of(a.task().effectiveDueDate()));
                tasks.saveTask(task);
            }
        }
        for (Execution waiting : runtime.createExecutionQuery()
                .processInstanceBusinessKey(String.valueOf(a.planTaskId()))
                .messageEventSubscriptionName(PlanTaskModel.DEADLINE_CHANGED)
                .list()) {
            if (a.officeId().equals(runtime.getVariable(waiting.getId(), PlanTaskModel.OFFICE))) {
                runtime.messageEventReceived(PlanTaskModel.DEADLINE_CHANGED, waiting.getId());
            }
        }
    }
}
