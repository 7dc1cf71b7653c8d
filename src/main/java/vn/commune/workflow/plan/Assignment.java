package vn.commune.workflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import vn.commune.workflow.deadlinetext.DeadlineKind;

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

    /** The government's status word for this share on {@code day}. */
    public TaskStatus statusOn(LocalDate day) {
        return StatusRule.on(
                day,
                status == AssignmentStatus.DONE,
                completedAt,
                task.effectiveDueDate(),
                DeadlineKind.valueOf(task.deadlineKind()));
    }

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
