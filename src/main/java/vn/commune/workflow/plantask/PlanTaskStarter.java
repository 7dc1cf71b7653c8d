package vn.commune.workflow.plantask;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.commune.workflow.plan.PlanService;
import vn.commune.workflow.plan.PlanTaskCreated;

/** Each stored plan task gets its process, keyed by the plan task's id, in the transaction that stored it. */
@Component
class PlanTaskStarter {

    private final RuntimeService runtime;
    private final PlanService plans;

    PlanTaskStarter(RuntimeService runtime, PlanService plans) {
        this.runtime = runtime;
        this.plans = plans;
    }

    @EventListener
    void onPlanTaskCreated(PlanTaskCreated created) {
        String businessKey = String.valueOf(created.planTaskId());
        plans.linkProcess(
                created.planTaskId(),
                runtime.startProcessInstanceByKey(PlanTaskModel.PROCESS_KEY, businessKey)
                        .getId());
    }
}
