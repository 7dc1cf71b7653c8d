package vn.commune.workflow.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A claim taken by mistake can be released by the one who took it, and by no one else but the administrator.
 *
 * <p>Releasing (unclaim) sets the task's assignee to nobody, which the engine allows with TASK_ASSIGN. TASK_WORK,
 * what office heads get on their office's tasks, does not include it, and TASK_ASSIGN for the whole office would
 * let anyone undo a colleague's claim. So the assignee holds TASK_ASSIGN on that one task while they are its
 * assignee. The other uses of TASK_ASSIGN (naming another assignee, delegating, changing candidates) are refused
 * at the edge ({@link WritePolicy}).
 */
@Component
class ClaimRelease {

    private final AuthorizationService authorizations;
    private final WithoutCaller withoutCaller;

    ClaimRelease(AuthorizationService authorizations, WithoutCaller withoutCaller) {
        this.authorizations = authorizations;
        this.withoutCaller = withoutCaller;
    }

    /** Task events come from the Camunda starter's event publisher, inside the engine's transaction. */
    @EventListener
    public void onAssignment(DelegateTask task) {
        if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            return;
        }
        String taskId = task.getId();
        String assignee = task.getAssignee();
        // The engine's own authorization for the new assignee is written when its command ends: adjust after that,
        // in the same transaction.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                // The product adjusts the grant, not the person who claimed: their rights do not cover authorizations.
                withoutCaller.run(() -> keepWithAssignee(taskId, assignee));
            }
        });
    }

    private Void keepWithAssignee(String taskId, String assignee) {
        for (Authorization auth : authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(taskId)
                .list()) {
            if (auth.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT
                    || auth.getUserId() == null
                    || Authorization.ANY.equals(auth.getUserId())
                    || auth.isEveryPermissionGranted()) {
                continue;
            }
            boolean assigned = auth.getUserId().equals(assignee);
            if (assigned != auth.isPermissionGranted(TaskPermissions.TASK_ASSIGN)) {
                if (assigned) {
                    auth.addPermission(TaskPermissions.TASK_ASSIGN);
                } else {
                    auth.removePermission(TaskPermissions.TASK_ASSIGN);
                }
                authorizations.saveAuthorization(auth);
            }
        }
        return null;
    }
}
