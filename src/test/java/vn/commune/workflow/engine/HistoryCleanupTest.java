package vn.commune.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.calendar.VietnamTime;

/** Bounded history: every model's history has a time to live from the setting, and the cleanup runs at night. */
class HistoryCleanupTest extends IntegrationTest {

    private static final int FIVE_YEARS = 1825;

    @Autowired
    private HistoryRetention retention;

    @Test
    void everyDeployedVersionOfEveryModelKeepsItsHistoryForTheConfiguredTimeAtMost() {
        assertThat(retention.timeToLive()).isEqualTo(Duration.ofDays(FIVE_YEARS));
        assertThat(definitions())
                .as(
                        "every model has a time to live, the commune's work the setting's, the morning round its own 90 days")
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive())
                        .isEqualTo(d.getKey().equals("MorningRound") ? 90 : FIVE_YEARS))
                .extracting(ProcessDefinition::getKey)
                .contains("PlanTask", "ReportPeriod", "DeadlineExtension", "MorningRound");
        try {
            retention.apply(Duration.ofDays(30));
            assertThat(definitions())
                    .as("a shorter setting reaches every version already deployed")
                    .extracting(ProcessDefinition::getHistoryTimeToLive)
                    .containsOnly(30);
            retention.apply(Duration.ofDays(20 * 365));
            assertThat(definitions())
                    .as("no model keeps more than it says (10 years for the work, 90 days for the round)")
                    .allSatisfy(d -> assertThat(d.getHistoryTimeToLive())
                            .isEqualTo(d.getKey().equals("MorningRound") ? 90 : 3650));
        } finally {
            retention.apply(retention.timeToLive());
        }
    }

    @Test
    void theCleanupIsScheduledForTheNightInVietnamWhateverTheServersZone() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0700");
        List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
        assertThat(jobs).isNotEmpty();
        for (Job job : jobs) {
            LocalTime due =
                    job.getDuedate().toInstant().atZone(VietnamTime.ZONE).toLocalTime();
            assertThat(!due.isBefore(LocalTime.of(22, 0)) || due.isBefore(LocalTime.of(5, 0)))
                    .as("the cleanup job is due at %s Vietnam time (the tests run in UTC)", due)
                    .isTrue();
        }
    }

    private List<ProcessDefinition> definitions() {
        return engine.getRepositoryService().createProcessDefinitionQuery().list();
    }
}
