package vn.commune.workflow.plantask;

import static vn.commune.workflow.mail.MailText.oneLine;
import static vn.commune.workflow.mail.MailText.shorten;
import static vn.commune.workflow.mail.MailText.signature;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * Every word the task process says about a task, in one place: its name and description in Tasklist, and the
 * leadership's đôn đốc: which task, which office, which deadline, where to act.
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

    private String link(Assignment a) {
        return a.currentTaskId() == null ? workflow.baseUrl() : workflow.tasklistLink(a.currentTaskId());
    }

    public record Mail(String subject, String body) {}
}
