package vn.commune.workflow.plantask;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/** From a Tasklist task to the office's assignment it belongs to, for the user asking. */
@Service
public class TaskContext {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AssignmentRepository assignments;
    private final CurrentUser user;

    TaskContext(TaskService tasks, RuntimeService runtime, AssignmentRepository assignments, CurrentUser user) {
        this.user = user;
        this.tasks = tasks;
        this.runtime = runtime;
        this.assignments = assignments;
    }

    public Optional<Resolved> resolve(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        Object office = tasks.getVariable(taskId, PlanTaskModel.OFFICE);
        if (instance == null || instance.getBusinessKey() == null || office == null) {
            return Optional.empty();
        }
        // Our API asks the engine without the user's tenants: another commune's task is not found here.
        return assignments
                .find(Long.parseLong(instance.getBusinessKey()), office.toString())
                .filter(a -> user.communeId().map(a.task().communeId()::equals).orElse(false))
                .map(a -> new Resolved(task, a));
    }

    /** The task and its office's share, or a refusal that says the task is not there (or not the user's to see). */
    public Resolved require(String taskId) {
        return resolve(taskId).orElseThrow(() -> Refusal.notFound("Không tìm thấy nhiệm vụ " + taskId + "."));
    }

    public record Resolved(Task task, Assignment assignment) {

        public boolean isCarryOut() {
            return PlanTaskModel.CARRY_OUT.equals(task.getTaskDefinitionKey());
        }
    }
}
