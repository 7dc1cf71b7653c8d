package vn.commune.workflow.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every user task completed, whatever the way in (Tasklist, REST, the app): Camunda publishes its task events as
 * Spring events, synchronously, inside the engine's transaction, so a completion that rolls back leaves no row.
 */
@Component
class TaskCompletionAudit {

    private final AuditLog audit;

    TaskCompletionAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    void completed(DelegateTask task) {
        var engineUser = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = engineUser != null ? engineUser.getUserId() : AuditLog.currentUser();
        audit.record(
                user != null ? user : task.getAssignee(),
                AuditKind.TASK_COMPLETED,
                Outcome.OK,
                "task " + task.getId() + " " + task.getTaskDefinitionKey()
                        + (task.getExecution() == null
                                ? ""
                                : ", hồ sơ " + task.getExecution().getProcessBusinessKey()),
                task.getTenantId(),
                task.getName());
    }
}
