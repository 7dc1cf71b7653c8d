package vn.commune.workflow.plantask;

import static vn.commune.workflow.mail.MailText.oneLine;
import static vn.commune.workflow.mail.MailText.shorten;
import static vn.commune.workflow.mail.MailText.signature;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * Every word the task process says about a task, in one place: its name and description in Tasklist, the line of a
 * reminder, the escalation and the leadership's đôn đốc: which task, which office, which deadline, where to act.
 */
@Component
public class TaskWording {

    /** Camunda keeps task names in 255 characters. */
    private static final int NAME_LIMIT = 250;

    private static final int DESCRIPTION_LIMIT = 3900;

    private final WorkflowProperties workflow;

    TaskWording(WorkflowProperties workflow) {
        this.workflow = workflow;
    }

    /** One line of an office head's daily email: which task, by when, how many days are left. */
    String dueSoonLine(Assignment a, String officeName, LocalDate today) {
        LocalDate due = a.task().effectiveDueDate();
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        return "Nhiệm vụ " + a.task().number() + ": " + shortTitle(a) + " - " + officeName + " - hạn "
                + VietnamTime.format(due) + (daysLeft <= 0 ? " (đến hạn hôm nay)" : " (còn " + daysLeft + " ngày)");
    }

    Mail overdue(Assignment a, String officeName, LocalDate today) {
        LocalDate due = a.task().effectiveDueDate();
        long daysLate = ChronoUnit.DAYS.between(due, today);
        String subject =
                "[Quá hạn] Nhiệm vụ " + a.task().number() + " - " + officeName + " - hạn " + VietnamTime.format(due);
        String body = "Kính gửi: Lãnh đạo UBND xã và cơ quan theo dõi, tổng hợp,\n\n"
                + "Nhiệm vụ dưới đây đã quá hạn" + (daysLate > 0 ? " " + daysLate + " ngày" : "")
                + " mà " + officeName + " chưa hoàn thành.\n\n"
                + details(a, officeName)
                + "\nMở nhiệm vụ: " + link(a) + "\n"
                + signature();
        return new Mail(subject, body);
    }

    /** Tasklist shows a task by its name (the plan task's number and title) and the details below it. */
    void nameInTasklist(DelegateTask task, String prefix, Assignment a, String officeName) {
        task.setName(
                shorten(prefix + a.task().number() + ". " + oneLine(a.task().title()), NAME_LIMIT));
        String description = details(a, officeName);
        task.setDescription(
                description.length() > DESCRIPTION_LIMIT
                        ? description.substring(0, DESCRIPTION_LIMIT) + "…"
                        : description);
    }

    /** Đôn đốc: the leadership pushes the office that owns a share, with its note. */
    public Mail nudge(Assignment a, String officeName, String note) {
        LocalDate due = a.task().effectiveDueDate();
        String subject = "[Đôn đốc] Nhiệm vụ " + a.task().number() + " - " + officeName
                + (due == null ? "" : " - hạn " + VietnamTime.format(due));
        String body = "Kính gửi: " + officeName + ",\n\nLãnh đạo UBND xã đôn đốc thực hiện nhiệm vụ sau:\n\n"
                + details(a, officeName)
                + (note == null || note.isBlank() ? "" : "\nÝ kiến chỉ đạo: " + note.strip() + "\n")
                + "\nMở nhiệm vụ: " + link(a) + "\n"
                + signature();
        return new Mail(subject, body);
    }

    private static String details(Assignment a, String officeName) {
        Assignment.TaskInfo t = a.task();
        StringBuilder s = new StringBuilder()
                .append("Kế hoạch: ")
                .append(t.planNumber() == null ? "" : t.planNumber() + " - ")
                .append(oneLine(t.planTitle()))
                .append('\n')
                .append("Nhiệm vụ ")
                .append(t.number())
                .append(": ")
                .append(oneLine(t.title()))
                .append('\n')
                .append("Cơ quan chủ trì: ")
                .append(officeName)
                .append('\n');
        if (t.expectedResult() != null && !t.expectedResult().isBlank()) {
            s.append("Kết quả cần đạt: ").append(oneLine(t.expectedResult())).append('\n');
        }
        s.append("Thời hạn ghi trong kế hoạch: ")
                .append(oneLine(t.deadlineText()))
                .append('\n');
        if (t.dueDate() != null && !t.dueDate().equals(t.effectiveDueDate())) {
            s.append("Ngày ghi trong kế hoạch: ")
                    .append(VietnamTime.format(t.dueDate()))
                    .append(" (rơi vào ngày nghỉ, hạn chuyển sang ngày làm việc tiếp theo)\n");
        }
        if (t.effectiveDueDate() != null) {
            s.append("Hạn xử lý: hết ngày ")
                    .append(VietnamTime.format(t.effectiveDueDate()))
                    .append('\n');
        }
        return s.toString();
    }

    String link(Assignment a) {
        return a.currentTaskId() == null ? workflow.baseUrl() : workflow.tasklistLink(a.currentTaskId());
    }

    private static String shortTitle(Assignment a) {
        return shorten(a.task().title(), 80);
    }

    public record Mail(String subject, String body) {}
}
