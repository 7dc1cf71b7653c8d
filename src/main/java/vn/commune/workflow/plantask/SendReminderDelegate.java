package vn.commune.workflow.plantask;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.digest.NoticeKind;
import vn.commune.workflow.digest.Notices;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;

/**
 * Task_SendReminder: puts "due soon" in the office head's next daily email. Reminders whose time has
 * come together (a timer that fired late) make one line, not several.
 */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final PlanTaskProcess process;
    private final ReminderSchedule schedule;
    private final DeadlineNotices deadlineNotices;
    private final Notices notices;
    private final OfficeRepository offices;
    private final TaskWording mail;
    private final Clock clock;

    SendReminderDelegate(
            PlanTaskProcess process,
            ReminderSchedule schedule,
            DeadlineNotices deadlineNotices,
            Notices notices,
            OfficeRepository offices,
            TaskWording mail,
            Clock clock) {
        this.process = process;
        this.schedule = schedule;
        this.deadlineNotices = deadlineNotices;
        this.notices = notices;
        this.offices = offices;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Assignment a = process.assignment(execution);
        List<ReminderSchedule.Slot> due = schedule.dueSlots(a).stream()
                .filter(s -> deadlineNotices.record(
                        a.id(), a.task().effectiveDueDate(), DeadlineNotices.reminder(s.daysBefore()), clock.instant()))
                .toList();
        if (due.isEmpty()) {
            return;
        }
        notices.toGroup(
                a.officeId(),
                a.task().planId(),
                NoticeKind.TASK_DUE_SOON,
                mail.dueSoonLine(a, offices.nameOf(a.officeId()), VietnamTime.dateOf(clock.instant())),
                mail.link(a));
    }
}
