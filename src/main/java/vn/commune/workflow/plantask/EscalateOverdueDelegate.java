package vn.commune.workflow.plantask;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;

/** Task_EscalateOverdue: tells the chairman and the monitoring office that an office's task is late, once per deadline. */
@Component("escalateOverdueDelegate")
class EscalateOverdueDelegate implements JavaDelegate {

    private final PlanTaskProcess process;
    private final DeadlineNotices notices;
    private final OfficeDirectory directory;
    private final OfficeRepository offices;
    private final TaskWording mail;
    private final Outbox outbox;
    private final Clock clock;

    EscalateOverdueDelegate(
            PlanTaskProcess process,
            DeadlineNotices notices,
            OfficeDirectory directory,
            OfficeRepository offices,
            TaskWording mail,
            Outbox outbox,
            Clock clock) {
        this.process = process;
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
        if (!notices.record(a.id(), a.task().effectiveDueDate(), DeadlineNotices.OVERDUE, clock.instant())) {
            return;
        }
        TaskWording.Mail m = mail.overdue(a, offices.nameOf(a.officeId()), VietnamTime.dateOf(clock.instant()));
        outbox.enqueue(
                "ESCALATION",
                "overdue:" + a.id() + ":" + a.task().effectiveDueDate(),
                directory.leadershipAnd(a.task().monitoringOfficeId()),
                m.subject(),
                m.body());
    }
}
