package vn.commune.workflow.plantask;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.commune.workflow.engine.TasklistDue;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentDeadlineChanged;
import vn.commune.workflow.plan.AssignmentRepository;

/**
 * An office's new deadline reaches its Tasklist task; the morning round reads the new date from the share's row, so
 * reminders start again for it and a share no longer late is not escalated.
 */
@Component
class DeadlineWatch {

    private final AssignmentRepository assignments;
    private final TaskService tasks;

    DeadlineWatch(AssignmentRepository assignments, TaskService tasks) {
        this.assignments = assignments;
        this.tasks = tasks;
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
    }
}
