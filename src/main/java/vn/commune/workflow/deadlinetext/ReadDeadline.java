package vn.commune.workflow.deadlinetext;

import java.time.LocalDate;

/**
 * A deadline as the plan wrote it and as the law reads it: dueDate is the written last day,
 * effectiveDueDate the working day it really ends on (Bộ luật Dân sự 2015, Art. 148); dayOfMonth is
 * the day a PERIODIC task recurs on each month, when the words say it.
 */
public record ReadDeadline(
        DeadlineKind kind, LocalDate dueDate, LocalDate effectiveDueDate, String text, Integer dayOfMonth) {}
