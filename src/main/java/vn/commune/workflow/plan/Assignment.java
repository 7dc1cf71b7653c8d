package vn.commune.workflow.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One lead office's share of a plan task, with what the reminders and forms need to say about it. */
public record Assignment(
        long id,
        long planTaskId,
        String officeId,
        AssignmentStatus status,
        String currentTaskId,
        String resultNote,
        String returnReason,
        Instant assignedAt,
        Instant submittedAt,
        Instant completedAt,
        TaskInfo task) {

    /** The plan task as people read it. */
    public record TaskInfo(
            String communeId,
            long planId,
            String planNumber,
            String planTitle,
            String monitoringOfficeId,
            String number,
            String title,
            String expectedResult,
            String deadlineText,
            String deadlineKind,
            LocalDate dueDate,
            LocalDate effectiveDueDate) {}
}
