package vn.commune.workflow.plan;

public enum AssignmentStatus {
    /** With the office, not yet submitted. */
    OPEN,
    /** Result and evidence submitted, waiting for the monitoring office. */
    SUBMITTED,
    /** Sent back by the monitoring office with a reason; with the office again. */
    RETURNED,
    /** Accepted by the monitoring office. */
    DONE
}
