package vn.commune.workflow.plantask;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.calendar.WorkingCalendar;
import vn.commune.workflow.plan.Assignment;

/**
 * When an office is reminded and when its task counts as late. Used by the timers of the task
 * process as {@code ${reminderSchedule...}}; dates come from the plan task's row, never from variables.
 */
@Component("reminderSchedule")
public class ReminderSchedule {

    private final PlanTaskProcess process;
    private final WorkingCalendar calendar;
    private final DeadlineNotices notices;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderSchedule(
            PlanTaskProcess process,
            WorkingCalendar calendar,
            DeadlineNotices notices,
            ReminderProperties properties,
            Clock clock) {
        this.process = process;
        this.calendar = calendar;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    public boolean isDated(DelegateExecution execution) {
        return process.assignment(execution).task().effectiveDueDate() != null;
    }

    public boolean hasReminderAhead(DelegateExecution execution) {
        return nextSlot(process.assignment(execution)).isPresent();
    }

    public Date nextReminder(DelegateExecution execution) {
        return Date.from(nextSlot(process.assignment(execution)).orElseThrow().at());
    }

    /** 00:00 Vietnam time after the effective due day: from then on the task is late. */
    public Date lateFrom(DelegateExecution execution) {
        return Date.from(VietnamTime.endOf(process.assignment(execution).task().effectiveDueDate()));
    }

    /** Reminders not yet given and due now or later; the earliest comes first. */
    Optional<Slot> nextSlot(Assignment assignment) {
        return slots(assignment).stream()
                .filter(s -> !notices.exists(
                        assignment.id(),
                        assignment.task().effectiveDueDate(),
                        DeadlineNotices.reminder(s.daysBefore())))
                .findFirst();
    }

    /** Reminders whose time has come (the timer may fire late, e.g. after a stop), oldest first. */
    List<Slot> dueSlots(Assignment assignment) {
        Instant now = clock.instant();
        return slots(assignment).stream().filter(s -> !s.at().isAfter(now)).toList();
    }

    /**
     * A reminder goes out at the configured hour on the working day on or before "deadline minus N days";
     * one that would fall before the task was assigned is skipped (a plan imported late is not spammed).
     */
    private List<Slot> slots(Assignment assignment) {
        LocalDate due = assignment.task().effectiveDueDate();
        if (due == null) {
            return List.of();
        }
        Instant late = VietnamTime.endOf(due);
        return properties.daysBefore().stream()
                .map(days -> new Slot(
                        days,
                        VietnamTime.at(calendar.workingDayOnOrBefore(due.minusDays(days)), properties.hourOfDay())))
                .filter(s -> !s.at().isBefore(assignment.assignedAt()) && s.at().isBefore(late))
                .sorted(Comparator.comparing(Slot::at))
                .toList();
    }

    record Slot(int daysBefore, Instant at) {}
}
