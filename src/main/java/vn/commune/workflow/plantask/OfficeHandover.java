package vn.commune.workflow.plantask;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.system.Refusal;

/** Moves an office's share to another office while it is being carried out: its Tasklist task follows. */
@Service
public class OfficeHandover {

    private final AssignmentRepository assignments;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AuthorizationService authorizations;

    OfficeHandover(
            AssignmentRepository assignments,
            TaskService tasks,
            RuntimeService runtime,
            AuthorizationService authorizations) {
        this.assignments = assignments;
        this.tasks = tasks;
        this.runtime = runtime;
        this.authorizations = authorizations;
    }

    @Transactional
    public void handOver(Assignment a, String toOffice) {
        Task task = a.currentTaskId() == null
                ? null
                : tasks.createTaskQuery().taskId(a.currentTaskId()).singleResult();
        if (task == null || !PlanTaskModel.CARRY_OUT.equals(task.getTaskDefinitionKey())) {
            throw Refusal.invalid("Chỉ chuyển được nhiệm vụ đang thực hiện (chưa nộp kết quả).");
        }
        assignments.moveToOffice(a.id(), toOffice);
        runtime.setVariable(task.getExecutionId(), PlanTaskModel.OFFICE, toOffice);
        tasks.deleteCandidateGroup(task.getId(), a.officeId());
        // The engine keeps the old group's grant on the task when the candidate link goes: revoke it.
        authorizations
                .createAuthorizationQuery()
                .groupIdIn(a.officeId())
                .resourceType(Resources.TASK)
                .resourceId(task.getId())
                .list()
                .forEach(auth -> authorizations.deleteAuthorization(auth.getId()));
        tasks.addCandidateGroup(task.getId(), toOffice);
        if (task.getAssignee() != null) {
            tasks.setAssignee(task.getId(), null);
        }
    }
}
