package vn.commune.workflow.morninground;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the morning round in tests as the job executor would: its timer fires, then each step's job in turn. */
public final class MorningRounds {

    private MorningRounds() {}

    /**
     * The round's timer fires at the engine's current time (late, if the clock is past its due date); returns the
     * round's process instance id.
     */
    public static String run(ProcessEngine engine) {
        Set<String> before = rounds(engine);
        engine.getManagementService().executeJob(timer(engine).getId());
        Set<String> started = rounds(engine);
        started.removeAll(before);
        runSteps(engine);
        return started.iterator().next();
    }

    private static Set<String> rounds(ProcessEngine engine) {
        return engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(MorningRoundModel.PROCESS_KEY)
                .list()
                .stream()
                .map(HistoricProcessInstance::getId)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The round's next start. */
    public static Job timer(ProcessEngine engine) {
        return engine.getManagementService()
                .createJobQuery()
                .processDefinitionKey(MorningRoundModel.PROCESS_KEY)
                .timers()
                .singleResult();
    }

    /** Runs the steps waiting to run, oldest first, until none is left; a failing step's exception is thrown. */
    public static void runSteps(ProcessEngine engine) {
        ManagementService management = engine.getManagementService();
        while (true) {
            List<Job> steps = management
                    .createJobQuery()
                    .processDefinitionKey(MorningRoundModel.PROCESS_KEY)
                    .messages()
                    .withRetriesLeft()
                    .list();
            if (steps.isEmpty()) {
                return;
            }
            management.executeJob(steps.get(0).getId());
        }
    }
}
