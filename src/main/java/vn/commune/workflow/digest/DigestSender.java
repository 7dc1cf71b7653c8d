package vn.commune.workflow.digest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.mail.MailText;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.plan.OverdueQueries;
import vn.commune.workflow.plan.OverdueQueries.Overdue;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * Digests, not floods: each person gets at most one email a day listing everything that concerns them (new tasks,
 * tasks due soon, their late tasks, reports due, answers), under one heading each; the leadership's first digest of
 * a week lists what is late in the commune. Called by the morning round.
 */
@Component
public class DigestSender {

    /** Slot duty of the leadership's weekly overdue list, per person: once a week even when Monday's round was missed. */
    private static final String WEEKLY = "weekly-overdue:";

    private final Notices notices;
    private final Communes communes;
    private final OverdueQueries overdue;
    private final OfficeDirectory directory;
    private final Outbox outbox;
    private final WorkflowProperties workflow;
    private final JdbcClient jdbc;
    private final TransactionTemplate eachPerson;
    private final Clock clock;

    DigestSender(
            Notices notices,
            Communes communes,
            OverdueQueries overdue,
            OfficeDirectory directory,
            Outbox outbox,
            WorkflowProperties workflow,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.notices = notices;
        this.communes = communes;
        this.overdue = overdue;
        this.directory = directory;
        this.outbox = outbox;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.eachPerson = new TransactionTemplate(transactions);
        this.eachPerson.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * One email per person with something to be told today, each written with the marks that it was told in a
     * transaction of its own: a failure leaves nobody half-told, and a retry writes only the emails still missing.
     * Everyone is tried; the first failure is thrown at the end, so the round's step is retried.
     */
    public int sendDaily(LocalDate day) {
        Map<String, String> leaders = new LinkedHashMap<>();
        for (Commune commune : communes.list()) {
            directory.leadershipOf(commune.id()).forEach(r -> leaders.putIfAbsent(r.userId(), commune.id()));
        }
        Set<String> people = new LinkedHashSet<>(notices.usersWithPending());
        people.addAll(leaders.keySet());
        int sent = 0;
        RuntimeException failure = null;
        for (String userId : people) {
            try {
                Boolean wrote =
                        eachPerson.execute(tx -> digestOf(userId, Optional.ofNullable(leaders.get(userId)), day));
                sent += Boolean.TRUE.equals(wrote) ? 1 : 0;
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return sent;
    }

    private boolean digestOf(String userId, Optional<String> ledCommune, LocalDate day) {
        String event = "digest:" + day;
        Optional<Recipient> member = directory.member(userId);
        if (member.isEmpty() || outbox.exists(Outbox.key(event, userId))) {
            return false;
        }
        List<Notices.Pending> pending = notices.pendingFor(userId);
        List<Overdue> late = overdue.ofOffices(day, directory.officesOf(userId));
        List<Overdue> weekly = ledCommune.isPresent() && firstOfWeek(userId, day)
                ? overdue.ofCommune(day, ledCommune.get())
                : List.of();
        notices.markDigested(pending.stream().map(Notices.Pending::id).toList(), day);
        List<Notices.Pending> shown = pending.stream()
                .filter(p -> p.kind() != NoticeKind.TASK_OVERDUE)
                .toList();
        int items = shown.size() + late.size() + weekly.size();
        if (items == 0) {
            return false;
        }
        String subject = shown.isEmpty() && late.isEmpty()
                ? "[Tổng hợp quá hạn] Tuần " + VietnamTime.format(day) + ": " + weekly.size() + " phần việc quá hạn"
                : "[Nhắc việc] " + VietnamTime.format(day) + ": " + items + " việc cần chú ý";
        outbox.enqueue("DIGEST", event, List.of(member.get()), subject, body(member.get(), day, shown, late, weekly));
        return true;
    }

    /** True once per person and week: the slot row is written in the person's transaction, with the email. */
    private boolean firstOfWeek(String userId, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return jdbc.sql("insert into scheduled_run(duty, slot, done_at) values (?, ?, ?) on conflict do nothing")
                        .params(WEEKLY + userId, monday.toString(), Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    private String body(
            Recipient to, LocalDate day, List<Notices.Pending> shown, List<Overdue> late, List<Overdue> weekly) {
        StringBuilder body = new StringBuilder(MailText.greeting(to))
                .append("Hôm nay, ngày ")
                .append(VietnamTime.format(day))
                .append(", có những việc sau cần chú ý.\n");
        Map<NoticeKind, List<Notices.Pending>> byKind = shown.stream()
                .collect(Collectors.groupingBy(Notices.Pending::kind, LinkedHashMap::new, Collectors.toList()));
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind == NoticeKind.TASK_OVERDUE) {
                section(
                        body,
                        kind.heading(),
                        late,
                        Overdue::planId,
                        o -> planLabel(o.planNumber(), o.planTitle()),
                        o -> overdueLine(o, false));
            } else if (byKind.containsKey(kind)) {
                section(
                        body,
                        kind.heading(),
                        byKind.get(kind),
                        Notices.Pending::planId,
                        p -> planLabel(p.planNumber(), p.planTitle()),
                        p -> p.text() + (p.link() == null ? "" : "\n    " + p.link()));
            }
        }
        section(
                body,
                "Nhiệm vụ quá hạn của xã (tổng hợp hằng tuần)",
                weekly,
                Overdue::planId,
                o -> planLabel(o.planNumber(), o.planTitle()),
                o -> overdueLine(o, true));
        if (!weekly.isEmpty()) {
            body.append("\nXem và đôn đốc: ").append(workflow.baseUrl()).append("/\n");
        }
        return body.append(MailText.signature()).toString();
    }

    /** A heading with its count, then the items grouped by plan, in the order given. */
    private static <T> void section(
            StringBuilder body,
            String heading,
            List<T> items,
            Function<T, Long> plan,
            Function<T, String> planLabel,
            Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        body.append('\n').append(heading).append(" (").append(items.size()).append("):\n");
        Map<Long, List<T>> byPlan =
                items.stream().collect(Collectors.groupingBy(plan, LinkedHashMap::new, Collectors.toList()));
        byPlan.values().forEach(ofPlan -> {
            body.append("  Kế hoạch ").append(planLabel.apply(ofPlan.get(0))).append(":\n");
            ofPlan.forEach(i -> body.append("  - ").append(line.apply(i)).append('\n'));
        });
    }

    private static String overdueLine(Overdue o, boolean withOffice) {
        return "Nhiệm vụ " + o.taskNumber() + ": " + MailText.shorten(o.title(), 100)
                + (withOffice ? " - " + o.officeName() : "") + " - hạn " + VietnamTime.format(o.effectiveDueDate())
                + ", quá " + o.daysLate() + " ngày";
    }

    private static String planLabel(String number, String title) {
        return (number == null ? "" : number + " - ") + MailText.shorten(title, 100);
    }
}
