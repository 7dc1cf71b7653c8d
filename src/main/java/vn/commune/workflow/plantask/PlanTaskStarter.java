package vn.commune.workflow.plantask;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.commune.workflow.engine.CommuneProcesses;
import vn.commune.workflow.plan.PlanService;
import vn.commune.workflow.plan.PlanTaskCreated;

/** Each stored plan task gets its process, keyed by the plan task's id, in the transaction that stored it. */
@Component
class PlanTaskStarter {

    private final CommuneProcesses processes;
    private final PlanService plans;

    PlanTaskStarter(CommuneProcesses processes, PlanService plans) {
        this.processes = processes;
        this.plans = plans;
    }

    @EventListener
    void onPlanTaskCreated(PlanTaskCreated created) {
        String businessKey = String.valueOf(created.planTaskId());
        plans.linkProcess(
                created.planTaskId(),
                processes
                        .start(created.communeId(), PlanTaskModel.PROCESS_KEY, businessKey)
                        .getId());
    }
}
