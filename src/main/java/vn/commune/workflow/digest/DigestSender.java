package vn.commune.workflow.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.calendar.WorkingCalendar;
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
 * Digests, not floods: each person gets at most one reminder email a day listing everything that
 * concerns them, grouped by plan; the leadership gets a weekly list of what is overdue.
 */
@Component
public class DigestSender {

    private final Notices notices;
    private final Communes communes;
    private final OverdueQueries overdue;
    private final OfficeDirectory directory;
    private final Outbox outbox;
    private final WorkflowProperties workflow;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DigestSender(
            Notices notices,
            Communes communes,
            OverdueQueries overdue,
            OfficeDirectory directory,
            Outbox outbox,
            WorkflowProperties workflow,
            WorkingCalendar calendar,
            Clock clock) {
        this.calendar = calendar;
        this.notices = notices;
        this.communes = communes;
        this.overdue = overdue;
        this.directory = directory;
        this.outbox = outbox;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Scheduled(cron = "${workflow.digest.daily-cron}", zone = "Asia/Ho_Chi_Minh")
    public void scheduledDaily() {
        sendDaily();
    }

    @Scheduled(cron = "${workflow.digest.weekly-cron}", zone = "Asia/Ho_Chi_Minh")
    public void scheduledWeekly() {
        sendWeeklyOverdue();
    }

    /** One email per person with pending notices; what comes in after today's email waits for tomorrow's. */
    @Transactional
    public int sendDaily() {
        LocalDate today = VietnamTime.dateOf(clock.instant());
        int sent = 0;
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        String event = "digest:" + today;
        for (String userId : notices.usersWithPending()) {
            var member = directory.member(userId);
            if (member.isEmpty() || outbox.exists(Outbox.key(event, userId))) {
                continue;
            }
            List<Notices.Pending> pending = notices.pendingFor(userId);
            List<Overdue> late = overdueFor(userId, today);
            String subject = "[Nhắc việc] " + VietnamTime.format(today) + ": " + (pending.size() + late.size())
                    + " việc cần chú ý";
            outbox.enqueue("DIGEST", event, List.of(member.get()), subject, dailyBody(pending, late));
            notices.markDigested(pending.stream().map(Notices.Pending::id).toList(), today);
            sent++;
        }
        return sent;
    }

    /** Every overdue share of each commune, for its chairman and vice chairmen. */
    @Transactional
    public int sendWeeklyOverdue() {
        LocalDate today = VietnamTime.dateOf(clock.instant());
        int sent = 0;
        for (Commune commune : communes.list()) {
            List<Overdue> late = overdue.ofCommune(today, commune.id());
            if (late.isEmpty()) {
                continue;
            }
            List<Recipient> leaders = directory.leadershipOf(commune.id());
            String subject =
                    "[Tổng hợp quá hạn] Tuần " + VietnamTime.format(today) + ": " + late.size() + " phần việc quá hạn";
            StringBuilder body = new StringBuilder("Kính gửi: Lãnh đạo UBND " + commune.name()
                            + ",\n\nCác nhiệm vụ đang thực hiện quá hạn đến ngày ")
                    .append(VietnamTime.format(today))
                    .append(", nhiều ngày quá hạn nhất trước:\n");
            appendOverdueByPlan(body, late, true);
            body.append("\nXem và đôn đốc: ")
                    .append(workflow.baseUrl())
                    .append('/')
                    .append(MailText.signature());
            outbox.enqueue(
                    "WEEKLY_OVERDUE",
                    "weekly-overdue:" + commune.id() + ":" + today,
                    leaders,
                    subject,
                    body.toString());
            sent += leaders.size();
        }
        return sent;
    }

    /** An office's late shares for its people; the leadership owns no office, so its commune's late shares. */
    private List<Overdue> overdueFor(String userId, LocalDate today) {
        List<String> offices = directory.officesOf(userId);
        if (!offices.isEmpty()) {
            return overdue.ofOffices(today, offices);
        }
        return directory
                .communeLedBy(userId)
                .map(c -> overdue.ofCommune(today, c))
                .orElse(List.of());
    }

    private String dailyBody(List<Notices.Pending> pending, List<Overdue> late) {
        StringBuilder body = new StringBuilder("Kính gửi: quý cơ quan,\n\nHôm nay có những việc sau cần chú ý.\n");
        Map<Long, List<Notices.Pending>> byPlan = pending.stream()
                .collect(Collectors.groupingBy(Notices.Pending::planId, LinkedHashMap::new, Collectors.toList()));
        byPlan.forEach((planId, items) -> {
            Notices.Pending first = items.get(0);
            body.append("\n== Kế hoạch ")
                    .append(planLabel(first.planNumber(), first.planTitle()))
                    .append(" ==\n");
            for (NoticeKind kind : NoticeKind.values()) {
                List<Notices.Pending> ofKind =
                        items.stream().filter(i -> i.kind() == kind).toList();
                if (!ofKind.isEmpty()) {
                    body.append(kind.heading()).append(":\n");
                    ofKind.forEach(i -> body.append("  - ")
                            .append(i.text())
                            .append(i.link() == null ? "" : "\n    " + i.link())
                            .append('\n'));
                }
            }
        });
        if (!late.isEmpty()) {
            body.append("\n== Nhiệm vụ đang quá hạn của cơ quan ==\n");
            appendOverdueByPlan(body, late, false);
        }
        return body.append(MailText.signature()).toString();
    }

    private void appendOverdueByPlan(StringBuilder body, List<Overdue> late, boolean withOffice) {
        Map<Long, List<Overdue>> byPlan =
                late.stream().collect(Collectors.groupingBy(Overdue::planId, LinkedHashMap::new, Collectors.toList()));
        byPlan.forEach((planId, items) -> {
            body.append("\nKế hoạch ")
                    .append(planLabel(items.get(0).planNumber(), items.get(0).planTitle()))
                    .append(":\n");
            items.forEach(o -> body.append("  - Nhiệm vụ ")
                    .append(o.taskNumber())
                    .append(": ")
                    .append(MailText.shorten(o.title(), 100))
                    .append(withOffice ? " - " + o.officeName() : "")
                    .append(" - hạn ")
                    .append(VietnamTime.format(o.effectiveDueDate()))
                    .append(", quá ")
                    .append(o.daysLate())
                    .append(" ngày\n"));
        });
    }

    private static String planLabel(String number, String title) {
        return (number == null ? "" : number + " - ") + MailText.shorten(title, 100);
    }
}
