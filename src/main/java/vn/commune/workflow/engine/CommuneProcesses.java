package vn.commune.workflow.engine;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Every process instance belongs to the commune it was started for: the models are deployed once, shared, and
 * each instance (with its tasks, jobs and history) carries the commune as its Camunda tenant, so the engine's
 * tenant check keeps one commune's work out of another's Tasklist, Cockpit and REST answers.
 */
@Component
public class CommuneProcesses {

    private static final ThreadLocal<String> STARTING_FOR = new ThreadLocal<>();

    private final RuntimeService runtime;

    CommuneProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public ProcessInstance start(String communeId, String processKey, String businessKey) {
        STARTING_FOR.set(communeId);
        try {
            return runtime.startProcessInstanceByKey(processKey, businessKey);
        } finally {
            STARTING_FOR.remove();
        }
    }

    /** Camunda's documented way to give instances of a shared definition a tenant. */
    static final class CommuneTenant implements TenantIdProvider {

        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
            if (ctx.getSuperExecution() != null) {
                return ctx.getSuperExecution().getTenantId();
            }
            // Null (shared) only for what an administrator starts by hand: the product starts nothing without a
            // commune.
            return STARTING_FOR.get();
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
            return null;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
            return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Plugin {

        @Bean
        ProcessEnginePlugin communeTenantPlugin() {
            return new AbstractProcessEnginePlugin() {
                @Override
                public void preInit(ProcessEngineConfigurationImpl configuration) {
                    configuration.setTenantIdProvider(new CommuneTenant());
                }
            };
        }
    }
}
