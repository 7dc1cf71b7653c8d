package vn.commune.workflow.reportperiod;

/** The names bpmn/ReportPeriod.bpmn gives what Java refers to. */
public final class ReportPeriodModel {

    public static final String PROCESS_KEY = "ReportPeriod";
    public static final String SUBMIT_REPORT = "Task_SubmitReport";
    public static final String SUBMIT_LATE_REPORT = "Task_SubmitLateReport";
    public static final String CONSOLIDATE = "Task_ConsolidateReports";
    public static final String APPROVE = "Task_ApproveReport";
    /** Inside the per-office subprocesses: which office reports. */
    public static final String OFFICE = "office";

    private ReportPeriodModel() {}
}
