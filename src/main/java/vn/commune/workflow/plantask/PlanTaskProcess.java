package vn.commune.workflow.plantask;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;

/**
 * What the PlanTask model asks of the domain, as {@code ${planTaskProcess...}}. The business key is the
 * plan task's id; inside the per-office subprocess the variable {@code office} names the lead office.
 */
@Component("planTaskProcess")
public class PlanTaskProcess {

    private final AssignmentRepository assignments;

    PlanTaskProcess(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    public List<String> leadOffices(DelegateExecution execution) {
        return assignments.leadOffices(planTaskId(execution));
    }

    public String monitoringOffice(DelegateExecution execution) {
        return assignment(execution).task().monitoringOfficeId();
    }

    public boolean accepted(DelegateExecution execution) {
        return assignment(execution).status() == AssignmentStatus.DONE;
    }

    public Assignment assignment(DelegateExecution execution) {
        return assignment(execution.getProcessBusinessKey(), execution);
    }

    Assignment assignment(String businessKey, VariableScope scope) {
        String office = (String) scope.getVariable(PlanTaskModel.OFFICE);
        long taskId = Long.parseLong(businessKey);
        return assignments
                .find(taskId, office)
                .orElseThrow(() ->
                        new IllegalStateException("No assignment for plan task " + taskId + " and office " + office));
    }

    private static long planTaskId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }
}
