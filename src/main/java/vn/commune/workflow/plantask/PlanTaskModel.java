package vn.commune.workflow.plantask;

/** The names bpmn/PlanTask.bpmn gives what Java refers to: its key, steps and variable. */
public final class PlanTaskModel {

    public static final String PROCESS_KEY = "PlanTask";
    /** The lead office carries the task out and submits its result with evidence. */
    public static final String CARRY_OUT = "Task_CarryOut";
    /** The monitoring office accepts the result or returns it. */
    public static final String REVIEW = "Task_ReviewEvidence";
    /** Inside the per-office subprocess: which lead office this branch is for. */
    public static final String OFFICE = "office";

    private PlanTaskModel() {}
}
