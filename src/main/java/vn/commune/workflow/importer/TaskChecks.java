package vn.commune.workflow.importer;

import java.util.List;
import vn.commune.workflow.system.Problem;

/** Warnings for tasks that can be imported but need a person to complete them. */
final class TaskChecks {
    private TaskChecks() {}

    static void check(ParsedTask task, String where, List<Problem> warnings) {
        String name = task.number() == null ? "Nhiệm vụ «" + task.title() + "»" : "Nhiệm vụ " + task.number();
        if (task.leadText() == null) {
            warnings.add(new Problem(where, name + " chưa có cơ quan chủ trì."));
        }
        if (task.deadlineText() == null) {
            warnings.add(new Problem(where, name + " chưa có thời gian hoàn thành."));
        }
    }
}
