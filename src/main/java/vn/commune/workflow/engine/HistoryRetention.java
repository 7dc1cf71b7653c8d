package vn.commune.workflow.engine;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How long the engine keeps a finished process's history at most ({@code workflow.history.time-to-live}), applied at
 * start to every deployed version of every model, so that the night's history cleanup keeps the history tables
 * bounded. A model's own {@code camunda:historyTimeToLive} is the most it may keep (the commune's work: 10 years; the
 * daily morning round: 90 days); each keeps the shorter of its own and the setting. A changed setting reaches the
 * processes that end after the change (the engine fixes a removal time when a process ends).
 */
@Component
class HistoryRetention {

    private final RepositoryService repository;
    private final Duration timeToLive;

    HistoryRetention(RepositoryService repository, @Value("${workflow.history.time-to-live}") Duration timeToLive) {
        if (timeToLive.toDays() < 1) {
            throw new IllegalArgumentException("workflow.history.time-to-live must be at least a day: " + timeToLive);
        }
        this.repository = repository;
        this.timeToLive = timeToLive;
    }

    /** After ProcessDeployer: the versions it has just deployed too. */
    @EventListener
    @Order(1)
    public void applySetting(ApplicationReadyEvent event) {
        apply(timeToLive);
    }

    void apply(Duration ttl) {
        int setting = Math.toIntExact(ttl.toDays());
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().list()) {
            int days = Math.min(setting, declared(definition));
            if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
            }
        }
    }

    /** The model's own time to live, in days: "P90D" or "90" (the engine requires one on every model). */
    private int declared(ProcessDefinition definition) {
        Process process = repository.getBpmnModelInstance(definition.getId()).getModelElementById(definition.getKey());
        String written = process.getCamundaHistoryTimeToLiveString();
        return written.startsWith("P") ? Period.parse(written).getDays() : Integer.parseInt(written);
    }

    Duration timeToLive() {
        return timeToLive;
    }
}
