package vn.commune.workflow.morninground;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.mail.MailText;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.PlanTaskCreated;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * A share due within two working days cannot wait for the next digest: its office is told at once, in one email per
 * person for all such shares of the transaction (a whole plan import), written to the outbox just before it commits.
 */
@Component
class UrgentAssignments {

    private final DeadlineRecords records;
    private final AssignmentRepository assignments;
    private final OfficeDirectory directory;
    private final OfficeRepository offices;
    private final Outbox outbox;
    private final WorkflowProperties workflow;
    private final Clock clock;

    UrgentAssignments(
            DeadlineRecords records,
            AssignmentRepository assignments,
            OfficeDirectory directory,
            OfficeRepository offices,
            Outbox outbox,
            WorkflowProperties workflow,
            Clock clock) {
        this.records = records;
        this.assignments = assignments;
        this.directory = directory;
        this.offices = offices;
        this.outbox = outbox;
        this.workflow = workflow;
        this.clock = clock;
    }

    @EventListener
    void onPlanTaskCreated(PlanTaskCreated created) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tell(Set.of(created.planTaskId()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> tasks = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, tasks);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    tell(tasks);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(UrgentAssignments.this);
                }
            });
            pending = tasks;
        }
        pending.add(created.planTaskId());
    }

    private void tell(Set<Long> planTaskIds) {
        Instant now = clock.instant();
        LocalDate today = VietnamTime.dateOf(now);
        List<Long> urgent = records.takeUrgent(planTaskIds, today, now);
        if (urgent.isEmpty()) {
            return;
        }
        Map<String, Recipient> people = new LinkedHashMap<>();
        Map<String, List<Assignment>> byPerson = new LinkedHashMap<>();
        for (long id : urgent) {
            Assignment a = assignments.findById(id).orElseThrow();
            for (Recipient r : directory.membersOf(a.officeId())) {
                people.putIfAbsent(r.userId(), r);
                byPerson.computeIfAbsent(r.userId(), u -> new ArrayList<>()).add(a);
            }
        }
        byPerson.forEach((userId, shares) -> outbox.enqueue(
                "ASSIGNED_URGENT",
                "assigned-urgent:" + shares.get(0).id(),
                List.of(people.get(userId)),
                subject(shares),
                body(people.get(userId), shares, today)));
    }

    private String subject(List<Assignment> shares) {
        Assignment first = shares.get(0);
        return shares.size() == 1
                ? "[Việc mới, gấp] Nhiệm vụ " + first.task().number() + " - hạn "
                        + VietnamTime.format(first.task().effectiveDueDate())
                : "[Việc mới, gấp] " + shares.size() + " nhiệm vụ đến hạn trong 2 ngày làm việc";
    }

    private String body(Recipient to, List<Assignment> shares, LocalDate today) {
        StringBuilder body = new StringBuilder(MailText.greeting(to))
                .append("Cơ quan vừa được giao nhiệm vụ có hạn trong 2 ngày làm việc tới:\n\n");
        for (Assignment a : shares) {
            LocalDate due = a.task().effectiveDueDate();
            body.append("  - Kế hoạch ")
                    .append(a.task().planNumber() == null ? "" : a.task().planNumber() + " - ")
                    .append(MailText.shorten(a.task().planTitle(), 80))
                    .append("\n    Nhiệm vụ ")
                    .append(a.task().number())
                    .append(": ")
                    .append(MailText.shorten(a.task().title(), 100))
                    .append(" - ")
                    .append(offices.nameOf(a.officeId()))
                    .append("\n    Hạn xử lý: hết ngày ")
                    .append(VietnamTime.format(due))
                    .append(due.equals(today) ? " (hôm nay)" : "")
                    .append("\n    ")
                    .append(a.currentTaskId() == null ? workflow.baseUrl() : workflow.tasklistLink(a.currentTaskId()))
                    .append('\n');
        }
        return body.append(MailText.signature()).toString();
    }
}
