package vn.commune.workflow.reminder;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.process.PlanTaskProcess;

/**
 * Task_SendReminder: reminds the office's head(s). Reminders whose time has come together (a timer
 * that fired late) make one email, not several.
 */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final PlanTaskProcess process;
    private final ReminderSchedule schedule;
    private final DeadlineNotices notices;
    private final OfficeDirectory directory;
    private final OfficeRepository offices;
    private final DeadlineMail mail;
    private final Outbox outbox;
    private final Clock clock;

    SendReminderDelegate(PlanTaskProcess process, ReminderSchedule schedule, DeadlineNotices notices,
                         OfficeDirectory directory, OfficeRepository offices, DeadlineMail mail, Outbox outbox, Clock clock) {
        this.process = process;
        this.schedule = schedule;
        this.notices = notices;
        this.directory = directory;
        this.offices = offices;
        this.mail = mail;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Assignment a = process.assignment(execution);
        List<ReminderSchedule.Slot> due = schedule.dueSlots(a).stream()
                .filter(s -> notices.record(a.id(), a.task().effectiveDueDate(), DeadlineNotices.reminder(s.daysBefore()), clock.instant()))
                .toList();
        if (due.isEmpty()) {
            return;
        }
        ReminderSchedule.Slot latest = due.get(due.size() - 1);
        String officeName = offices.nameOf(a.officeId());
        DeadlineMail.Mail m = mail.reminder(a, officeName, VietnamTime.dateOf(clock.instant()));
        outbox.enqueue("REMINDER", "reminder:" + a.id() + ":" + a.task().effectiveDueDate() + ":" + latest.daysBefore(),
                directory.membersOf(a.officeId()), m.subject(), m.body());
    }
}
