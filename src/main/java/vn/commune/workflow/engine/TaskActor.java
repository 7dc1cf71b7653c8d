package vn.commune.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completed a task: its assignee, else the user the engine was called for. */
public final class TaskActor {

    private TaskActor() {}

    public static String of(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        var authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? "system" : authentication.getUserId();
    }
}
