package vn.commune.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import vn.commune.workflow.morninground.MorningRoundModel;

/** For tests that run a whole app with its job executor: 08:00 comes now, and the jobs it makes are waited for. */
final class EngineJobs {

    private EngineJobs() {}

    /** The morning round's timer fires now (as an administrator can make it in Cockpit); its steps are waited for. */
    static void runMorningRound(ProcessEngine engine) throws InterruptedException {
        ManagementService management = engine.getManagementService();
        management.executeJob(management
                .createJobQuery()
                .processDefinitionKey(MorningRoundModel.PROCESS_KEY)
                .timers()
                .singleResult()
                .getId());
        awaitIdle(engine);
    }

    /** Waits up to a minute until the job executor has no job left that is due. */
    static void awaitIdle(ProcessEngine engine) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        long due = engine.getManagementService().createJobQuery().executable().count();
        while (due > 0 && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            due = engine.getManagementService().createJobQuery().executable().count();
        }
        assertThat(due).as("jobs still due after a minute").isZero();
    }
}
