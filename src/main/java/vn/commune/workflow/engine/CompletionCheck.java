package vn.commune.workflow.engine;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;

/**
 * A feature's word on completing one of its own steps, asked at the engine's HTTP edge before the engine: the
 * feature's listeners enforce the same rule inside the engine, which would only answer with a wrapped 500.
 */
public interface CompletionCheck {

    /** Why completing this task with these submitted variables (on top of those it has) would be refused. */
    Optional<String> refusal(Task task, Map<String, Object> submitted);
}
