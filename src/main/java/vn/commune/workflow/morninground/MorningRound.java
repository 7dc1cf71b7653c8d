package vn.commune.workflow.morninground;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.calendar.WorkingCalendar;
import vn.commune.workflow.digest.DigestSender;

/** What bpmn/MorningRound.bpmn asks, as {@code ${morningRound...}}: when it runs, and its three steps. */
@Component("morningRound")
public class MorningRound {

    private final DeadlineRecords records;
    private final Escalations escalations;
    private final DigestSender digests;
    private final WorkingCalendar calendar;
    private final ReminderProperties reminders;
    private final Clock clock;

    MorningRound(
            DeadlineRecords records,
            Escalations escalations,
            DigestSender digests,
            WorkingCalendar calendar,
            ReminderProperties reminders,
            Clock clock) {
        this.records = records;
        this.escalations = escalations;
        this.digests = digests;
        this.calendar = calendar;
        this.reminders = reminders;
        this.clock = clock;
    }

    /**
     * The engine reads a cron in the server's time zone: the round's hour in Vietnam (which keeps no summer time) as
     * the server's hour and minute today.
     */
    public String cron() {
        ZonedDateTime local = VietnamTime.dateOf(clock.instant())
                .atTime(LocalTime.of(reminders.hourOfDay(), 0))
                .atZone(VietnamTime.ZONE)
                .withZoneSameInstant(ZoneId.systemDefault());
        return "0 " + local.getMinute() + " " + local.getHour() + " * * ?";
    }

    /** Fixes the round's day when it starts. */
    public void begin(DelegateExecution execution) {
        execution.setVariable(
                MorningRoundModel.DAY, VietnamTime.dateOf(clock.instant()).toString());
    }

    public boolean isWorkingDay(DelegateExecution execution) {
        return calendar.isWorkingDay(day(execution));
    }

    public void recordDeadlines(DelegateExecution execution) {
        records.record(day(execution), clock.instant());
    }

    public void escalateOverdue(DelegateExecution execution) {
        escalations.escalate(execution.getProcessInstanceId(), day(execution), clock.instant());
    }

    public void sendDigests(DelegateExecution execution) {
        digests.sendDaily(day(execution));
    }

    private static LocalDate day(DelegateExecution execution) {
        return LocalDate.parse((String) execution.getVariable(MorningRoundModel.DAY));
    }
}
