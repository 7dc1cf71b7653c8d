package vn.commune.workflow.plantask;

import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.mail.MailText;
import vn.commune.workflow.plan.Assignment;

/** Tasklist shows a task by its name: the plan task's number and Vietnamese title. */
final class TaskNaming {

    /** Camunda keeps task names in 255 characters. */
    private static final int NAME_LIMIT = 250;

    private static final int DESCRIPTION_LIMIT = 3900;

    private TaskNaming() {}

    static void describe(DelegateTask task, Assignment assignment, String officeName) {
        Assignment.TaskInfo info = assignment.task();
        task.setName(shorten(info.number() + ". " + info.title()));
        StringBuilder text = new StringBuilder()
                .append("Kế hoạch ")
                .append(nullToEmpty(info.planNumber()))
                .append(": ")
                .append(info.planTitle())
                .append('\n')
                .append("Nhiệm vụ ")
                .append(info.number())
                .append(": ")
                .append(info.title())
                .append('\n')
                .append("Cơ quan chủ trì: ")
                .append(officeName)
                .append('\n');
        if (info.expectedResult() != null && !info.expectedResult().isBlank()) {
            text.append("Kết quả cần đạt: ").append(info.expectedResult()).append('\n');
        }
        text.append("Thời hạn: ").append(nullToEmpty(info.deadlineText()));
        if (info.effectiveDueDate() != null) {
            text.append(" (hạn xử lý ")
                    .append(VietnamTime.format(info.effectiveDueDate()))
                    .append(')');
        }
        String description = text.toString();
        task.setDescription(
                description.length() > DESCRIPTION_LIMIT
                        ? description.substring(0, DESCRIPTION_LIMIT) + "…"
                        : description);
    }

    static String shorten(String name) {
        return MailText.shorten(name, NAME_LIMIT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
