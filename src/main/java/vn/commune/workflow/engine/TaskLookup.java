package vn.commune.workflow.engine;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A Tasklist task and the business key of its process: how every feature finds its own row behind a task. */
@Component
public class TaskLookup {

    private final TaskService tasks;
    private final RuntimeService runtime;

    TaskLookup(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** The open task, if it exists and the engine lets the current user see it. */
    public Optional<Task> find(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    /** The open task of one of these steps (BPMN ids), by its id. */
    public Optional<Task> findAt(String taskId, String... taskDefinitionKeys) {
        return find(taskId).filter(t -> java.util.List.of(taskDefinitionKeys).contains(t.getTaskDefinitionKey()));
    }

    public Optional<String> businessKeyOf(Task task) {
        if (task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult())
                .map(i -> i.getBusinessKey());
    }

    public Object variable(String taskId, String name) {
        return tasks.getVariable(taskId, name);
    }
}
