package vn.commune.workflow.engine;

import java.time.Duration;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How long the engine keeps a finished process's history ({@code workflow.history.time-to-live}), applied to every
 * deployed version of every model, so that the night's history cleanup keeps the history tables bounded. The models'
 * own {@code camunda:historyTimeToLive} is the default a model carries into the Modeler; the setting wins. A changed
 * setting reaches the processes that end after the change (the engine fixes a removal time when a process ends).
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
        int days = Math.toIntExact(ttl.toDays());
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().list()) {
            if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
            }
        }
    }

    Duration timeToLive() {
        return timeToLive;
    }
}
