package vn.commune.workflow.engine;

import java.util.List;

/**
 * Steps a model no longer has, declared by the feature that owns the model: when instances of an older version move
 * to the newest one ({@link ModelUpgrade}), whatever waits in a retired step is cancelled, and each moved step keeps
 * its instance (its task, claim and history) although the scope around it is gone.
 *
 * @param processKey the model's key
 * @param retired steps of older versions whose waiting is cancelled (their timers and subscriptions go with them)
 * @param moved steps with the same id in the newest version, mapped although their enclosing scope was removed
 */
public record RetiredSteps(String processKey, List<String> retired, List<String> moved) {}
