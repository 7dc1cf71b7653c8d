package vn.commune.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Asks the domain before the engine about a task: an unknown or finished task is a 404 (the engine would answer
 * some calls on it with a 500), and completing a product task that is not ready is a 422 with the
 * reason in Vietnamese (the engine would wrap the task listener's refusal in a 500). Only those who may work on
 * the task hear why it is not ready; for anyone else the engine answers as it does (403).
 */
@Component
class TaskChecks {

    static final String UNKNOWN_TASK = "Không tìm thấy nhiệm vụ %s: nhiệm vụ không tồn tại hoặc đã hoàn thành.";

    private final ProcessEngine engine;
    private final AuthorizationService authorizations;
    private final List<CompletionCheck> completion;
    private final WithoutCaller withoutCaller;
    private final ObjectMapper json;

    TaskChecks(
            ProcessEngine engine,
            AuthorizationService authorizations,
            List<CompletionCheck> completion,
            WithoutCaller withoutCaller,
            ObjectMapper json) {
        this.engine = engine;
        this.authorizations = authorizations;
        this.completion = completion;
        this.withoutCaller = withoutCaller;
        this.json = json;
    }

    Optional<Refusal> check(EngineCall call) {
        if (!call.engineApi()
                || !call.path().matches("/task/[^/]+/.+")
                || call.path().startsWith("/task/report/")) {
            return Optional.empty();
        }
        String taskId = call.taskId();
        return withoutCaller.run(() -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            if (task == null || !ofCallersCommune(call, task)) {
                return Optional.of(Refusal.notFound(UNKNOWN_TASK.formatted(taskId)));
            }
            if (!call.is("POST", "/task/[^/]+/(complete|submit-form)") || !mayWork(call, taskId)) {
                return Optional.empty();
            }
            return submitted(call.body())
                    .flatMap(vars -> completion.stream()
                            .flatMap(check -> check.refusal(task, vars).stream())
                            .findFirst()
                            .map(Refusal::unprocessable));
        });
    }

    /**
     * To a person of another commune the task does not exist: the engine would refuse it on its tenant check with a
     * 500. Administrators work across communes.
     */
    private boolean ofCallersCommune(EngineCall call, Task task) {
        return task.getTenantId() == null
                || call.groups().contains(Groups.CAMUNDA_ADMIN)
                || engine.getIdentityService()
                                .createTenantQuery()
                                .tenantId(task.getTenantId())
                                .userMember(call.userId())
                                .includingGroupsOfUser(true)
                                .count()
                        > 0;
    }

    /** What the engine itself checks before a completion (CommandChecker.checkTaskWork) on the task. */
    private boolean mayWork(EngineCall call, String taskId) {
        List<String> groups = List.copyOf(call.groups());
        return authorizations.isUserAuthorized(call.userId(), groups, TaskPermissions.TASK_WORK, Resources.TASK, taskId)
                || authorizations.isUserAuthorized(call.userId(), groups, Permissions.UPDATE, Resources.TASK, taskId);
    }

    /** The submitted variables as the engine will read them; empty when it could not, and will say so itself. */
    private Optional<Map<String, Object>> submitted(byte[] body) {
        try {
            CompleteTaskDto dto =
                    body.length == 0 ? new CompleteTaskDto() : json.readValue(body, CompleteTaskDto.class);
            return Optional.of(
                    dto.getVariables() == null ? Map.of() : VariableValueDto.toMap(dto.getVariables(), engine, json));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
