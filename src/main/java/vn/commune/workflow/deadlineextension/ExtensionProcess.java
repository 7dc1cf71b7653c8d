package vn.commune.workflow.deadlineextension;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.digest.NoticeKind;
import vn.commune.workflow.digest.Notices;
import vn.commune.workflow.engine.TaskActor;
import vn.commune.workflow.engine.TasklistDue;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;

/** What the DeadlineExtension model asks of the domain; the business key is the request's id. */
@Component("deadlineExtension")
public class ExtensionProcess {

    static final String GRANTED = "granted";
    static final String NEW_DATE = "newDate";
    static final String NOTE = "decisionNote";

    private final DeadlineChanges changes;
    private final AssignmentRepository assignments;
    private final DeadlineChangeService service;
    private final Notices notices;
    private final OfficeRepository offices;
    private final Communes communes;
    private final Clock clock;

    ExtensionProcess(
            DeadlineChanges changes,
            AssignmentRepository assignments,
            DeadlineChangeService service,
            Notices notices,
            OfficeRepository offices,
            Communes communes,
            Clock clock) {
        this.changes = changes;
        this.assignments = assignments;
        this.service = service;
        this.notices = notices;
        this.offices = offices;
        this.communes = communes;
        this.clock = clock;
    }

    public boolean granted(DelegateExecution execution) {
        return "GRANTED".equals(request(execution.getProcessBusinessKey()).decision());
    }

    /** The leadership of the requesting office's commune decides. */
    public String leadershipGroup(DelegateExecution execution) {
        return communes.get(assignmentOf(request(execution.getProcessBusinessKey()))
                        .task()
                        .communeId())
                .leadershipGroup();
    }

    DeadlineChanges.Change request(String businessKey) {
        return changes.find(Long.parseLong(businessKey)).orElseThrow();
    }

    Assignment assignmentOf(DeadlineChanges.Change change) {
        return assignments.findById(change.assignmentId()).orElseThrow();
    }

    /** Task_DecideExtension: named for the office and task; on completion the decision is checked and recorded. */
    void onDecisionTask(DelegateTask task) {
        DeadlineChanges.Change change = request(task.getExecution().getProcessBusinessKey());
        Assignment a = assignmentOf(change);
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setName("Gia hạn nhiệm vụ " + a.task().number() + " - " + offices.nameOf(a.officeId()) + ": "
                    + VietnamTime.format(change.previousDate()) + " → " + VietnamTime.format(change.requestedDate()));
            task.setDescription("Lý do: " + change.reason());
            task.setDueDate(TasklistDue.of(change.previousDate()));
            return;
        }
        Object granted = task.getVariable(GRANTED);
        if (!(granted instanceof Boolean decision)) {
            throw new ProcessEngineException("Hãy chọn Đồng ý gia hạn hoặc Không đồng ý.");
        }
        LocalDate newDate = decision ? newDate(task.getVariable(NEW_DATE), change) : null;
        Object note = task.getVariable(NOTE);
        changes.decide(
                change.id(),
                decision,
                newDate,
                note == null ? null : note.toString().strip(),
                TaskActor.of(task),
                clock.instant());
        task.getExecution().removeVariables(java.util.List.of(GRANTED, NEW_DATE, NOTE));
    }

    private LocalDate newDate(Object value, DeadlineChanges.Change change) {
        LocalDate date;
        try {
            date = value == null || value.toString().isBlank()
                    ? change.requestedDate()
                    : value instanceof Date d
                            ? VietnamTime.dateOf(d.toInstant())
                            : LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new ProcessEngineException("Hạn mới không hợp lệ: «" + value + "» (viết dạng yyyy-mm-dd).");
        }
        if (!date.isAfter(change.previousDate())) {
            throw new ProcessEngineException(
                    "Hạn mới phải sau hạn cũ (" + VietnamTime.format(change.previousDate()) + ").");
        }
        return date;
    }

    /** Task_ApplyNewDeadline and Task_NotifyRefusal. */
    void onDecided(DelegateExecution execution) {
        DeadlineChanges.Change change = request(execution.getProcessBusinessKey());
        Assignment a = assignmentOf(change);
        boolean granted = "GRANTED".equals(change.decision());
        if (granted) {
            service.apply(a, change.newDate());
        }
        notices.toGroup(
                a.officeId(),
                a.task().planId(),
                NoticeKind.DECISION,
                "Đề nghị gia hạn nhiệm vụ " + a.task().number() + " đến " + VietnamTime.format(change.requestedDate())
                        + (granted
                                ? " được đồng ý: hạn mới " + VietnamTime.format(change.newDate())
                                : " không được đồng ý: giữ hạn " + VietnamTime.format(change.previousDate()))
                        + (change.decisionNote() == null
                                        || change.decisionNote().isBlank()
                                ? ""
                                : ". Ý kiến: " + change.decisionNote()),
                null);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        TaskListener decideExtensionListener(ExtensionProcess process) {
            return process::onDecisionTask;
        }

        @Bean
        JavaDelegate applyNewDeadlineDelegate(ExtensionProcess process) {
            return process::onDecided;
        }

        @Bean
        JavaDelegate notifyRefusalDelegate(ExtensionProcess process) {
            return process::onDecided;
        }
    }
}
