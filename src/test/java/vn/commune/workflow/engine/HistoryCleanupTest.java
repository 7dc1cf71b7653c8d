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
    void everyDeployedVersionOfEveryModelKeepsItsHistoryForTheConfiguredTime() {
        assertThat(retention.timeToLive()).isEqualTo(Duration.ofDays(FIVE_YEARS));
        List<ProcessDefinition> definitions = definitions();
        assertThat(definitions)
                .extracting(ProcessDefinition::getKey)
                .contains("PlanTask", "ReportPeriod", "DeadlineExtension");
        assertThat(definitions)
                .extracting(ProcessDefinition::getHistoryTimeToLive)
                .containsOnly(FIVE_YEARS);
        try {
            retention.apply(Duration.ofDays(30));
            assertThat(definitions())
                    .as("a changed setting reaches the versions already deployed")
                    .extracting(ProcessDefinition::getHistoryTimeToLive)
                    .containsOnly(30);
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
