package vn.commune.workflow.reportdocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.commune.workflow.plan.TaskStatus;

/**
 * One task as a consolidated report shows it.
 *
 * @param number           the task's number in its plan, e.g. "2" or "II.3" (nullable)
 * @param title            the task as the plan words it
 * @param office           the lead office (cơ quan chủ trì)
 * @param deadlineText     the deadline in the plan's words, e.g. "Tháng 9/2025"
 * @param effectiveDueDate the date the deadline works out to, after days off (nullable)
 * @param status           the task's status
 * @param progress         result or progress in the office's words (nullable)
 * @param evidence         one line per piece of evidence, e.g. "Số 536/QĐ-UBND ngày 10/9/2025"
 * @param shares           each lead office's share when several offices lead the task (empty for one): the task is
 *                         done when every share is
 */
public record ReportRow(
        String number,
        String title,
        String office,
        String deadlineText,
        LocalDate effectiveDueDate,
        TaskStatus status,
        String progress,
        List<String> evidence,
        List<Share> shares) {

    public ReportRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    /** A task one office leads: its share is the task. */
    public ReportRow(
            String number,
            String title,
            String office,
            String deadlineText,
            LocalDate effectiveDueDate,
            TaskStatus status,
            String progress,
            List<String> evidence) {
        this(number, title, office, deadlineText, effectiveDueDate, status, progress, evidence, List.of());
    }

    /** One lead office's share of a task led by several: its own status and what it reported. */
    public record Share(String office, TaskStatus status, String progress) {}
}
