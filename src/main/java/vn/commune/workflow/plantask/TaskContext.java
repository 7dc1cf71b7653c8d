package vn.commune.workflow.plantask;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;

/** From a Tasklist task to the office's assignment it belongs to. */
@Service
public class TaskContext {

    public static final String CARRY_OUT = "Task_CarryOut";
    public static final String REVIEW = "Task_ReviewEvidence";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AssignmentRepository assignments;

    TaskContext(TaskService tasks, RuntimeService runtime, AssignmentRepository assignments) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.assignments = assignments;
    }

    public Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    public String businessKeyOf(Task task) {
        return runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
    }

    public Optional<Resolved> resolve(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        Object office = tasks.getVariable(taskId, PlanTaskProcess.OFFICE);
        if (instance == null || instance.getBusinessKey() == null || office == null) {
            return Optional.empty();
        }
        return assignments
                .find(Long.parseLong(instance.getBusinessKey()), office.toString())
                .map(a -> new Resolved(task, a));
    }

    public record Resolved(Task task, Assignment assignment) {

        public boolean isCarryOut() {
            return CARRY_OUT.equals(task.getTaskDefinitionKey());
        }
    }
}
