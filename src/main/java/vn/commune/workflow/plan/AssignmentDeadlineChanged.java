package vn.commune.workflow.plan;

/** An office's deadline for its share moved (extension, a date set, a new day off): what watches it must follow. */
public record AssignmentDeadlineChanged(long assignmentId) {}
