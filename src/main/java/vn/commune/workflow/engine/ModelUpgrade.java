package vn.commune.workflow.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ModificationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the models are deployed, instances still running on an older version move to the newest one, so that an
 * upgrade leaves nothing waiting in a step whose code is gone (a timer that would fire into a missing delegate).
 * Each batch is one transaction: an instance is moved whole or stays where it was. A version the newest cannot take
 * over step for step keeps its instances, and the log says why; a second node starting at the same time finds the
 * work done.
 */
@Component
class ModelUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ModelUpgrade.class);
    private static final int BATCH = 200;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final Map<String, RetiredSteps> retiredSteps;

    ModelUpgrade(
            RepositoryService repository,
            RuntimeService runtime,
            TransactionTemplate transaction,
            List<RetiredSteps> retiredSteps) {
        this.repository = repository;
        this.runtime = runtime;
        this.transaction = transaction;
        this.retiredSteps =
                retiredSteps.stream().collect(Collectors.toMap(RetiredSteps::processKey, Function.identity()));
    }

    @EventListener
    @Order(1)
    public void moveRunningInstances(ApplicationReadyEvent event) {
        for (ProcessDefinition newest :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (ProcessDefinition older : repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(newest.getKey())
                    .list()) {
                if (older.getVersion() < newest.getVersion()
                        && Objects.equals(older.getTenantId(), newest.getTenantId())) {
                    move(older, newest);
                }
            }
        }
    }

    private void move(ProcessDefinition older, ProcessDefinition newest) {
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionId(older.getId())
                        .count()
                == 0) {
            return;
        }
        RetiredSteps steps = retiredSteps.get(newest.getKey());
        List<String> retired = steps == null
                ? List.of()
                : steps.retired().stream().filter(step -> hasStep(older, step)).toList();
        MigrationPlan plan;
        try {
            MigrationInstructionsBuilder instructions =
                    runtime.createMigrationPlan(older.getId(), newest.getId()).mapEqualActivities();
            for (String moved : steps == null ? List.<String>of() : steps.moved()) {
                if (hasStep(older, moved) && hasStep(newest, moved)) {
                    instructions.mapActivities(moved, moved);
                }
            }
            plan = instructions.build();
        } catch (ProcessEngineException e) {
            stay(older, e);
            return;
        }
        int moved = 0;
        List<String> batch;
        while (!(batch = runtime
                        .createProcessInstanceQuery()
                        .processDefinitionId(older.getId())
                        .orderByProcessInstanceId()
                        .asc()
                        .listPage(0, BATCH)
                        .stream()
                        .map(ProcessInstance::getId)
                        .toList())
                .isEmpty()) {
            List<String> ids = batch;
            try {
                transaction.executeWithoutResult(status -> {
                    if (!retired.isEmpty()) {
                        ModificationBuilder cancel = runtime.createModification(older.getId());
                        retired.forEach(cancel::cancelAllForActivity);
                        cancel.processInstanceIds(ids)
                                .skipCustomListeners()
                                .skipIoMappings()
                                .execute();
                    }
                    runtime.newMigration(plan)
                            .processInstanceIds(ids)
                            .skipCustomListeners()
                            .skipIoMappings()
                            .execute();
                });
                moved += ids.size();
            } catch (OptimisticLockingException e) {
                log.info("Instances of {} v{} were being moved by another node", older.getKey(), older.getVersion());
                return;
            } catch (ProcessEngineException e) {
                stay(older, e);
                return;
            }
        }
        log.info(
                "{} instances of {} v{} now follow v{}",
                moved,
                older.getKey(),
                older.getVersion(),
                newest.getVersion());
    }

    private static void stay(ProcessDefinition older, ProcessEngineException why) {
        log.warn("Instances of {} v{} stay on their version: {}", older.getKey(), older.getVersion(), why.getMessage());
    }

    private boolean hasStep(ProcessDefinition definition, String step) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        return model.getModelElementById(step) instanceof FlowNode;
    }
}
