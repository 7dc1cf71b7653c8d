package vn.commune.workflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.digest.DigestSender;
import vn.commune.workflow.plantask.TaskEvidence;

/** Which reminder and escalation emails reach whom, through a real SMTP server. */
class MailDeliveryTest extends IntegrationTest {

    /** A digest or an overdue list covers all a person's work: each test needs people of its own. */
    @Override
    protected boolean communePerTest() {
        return true;
    }

    @Autowired
    private OutboxSender sender;

    @Autowired
    private TaskEvidence evidence;

    @Autowired
    private DigestSender digests;

    @Test
    void aMonthAcrossTheDeadlineSendsOneDigestADayAndTheEscalationsDue() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 9, 0));
        long plan = createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 12, 1),
                task("1", "Hoàn thành trước ngày 31/12/2026", "vhxh"),
                task("2", "Tháng 12/2026", "kinh-te", "cong-an"),
                task("3", "trong tháng 12/2026", "vhxh"));
        List<String> instances = instancesOf(plan, "1", "2", "3");

        Map<LocalDate, List<String>> received = new TreeMap<>();
        Map<String, String> bodies = new TreeMap<>();
        for (LocalDate day = LocalDate.of(2026, 12, 1); !day.isAfter(LocalDate.of(2027, 1, 6)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
                EngineClock.setVietnamTime(day.atTime(7, 0));
                digests.sendWeeklyOverdue();
            }
            EngineClock.setVietnamTime(day.atTime(8, 0));
            if (day.equals(LocalDate.of(2026, 12, 28))) {
                finishEarly(plan, "cong-an");
            }
            runDueJobs(instances);
            EngineClock.setVietnamTime(day.atTime(8, 30));
            digests.sendDaily();
            deliverDueMail();
            for (MimeMessage m : receivedMail()) {
                String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
                received.computeIfAbsent(day, d -> new ArrayList<>()).add(to + " " + m.getSubject());
                bodies.put(day + " " + to + " " + m.getSubject(), ((String) m.getContent()).replace("\r\n", "\n"));
            }
            greenMail.purgeEmailFromAllMailboxes();
        }

        String vhxh = emailOf(head("vhxh"));
        String kinhTe = emailOf(head("kinh-te"));
        String congAn = emailOf(head("cong-an"));
        String chairman = emailOf(chairman());
        String monitor = emailOf(head("vp-ubnd"));
        assertThat(received)
                .containsOnlyKeys(
                        LocalDate.of(2026, 12, 24),
                        LocalDate.of(2026, 12, 30),
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 1, 4));
        assertThat(received.get(LocalDate.of(2026, 12, 24)))
                .as("one email per person, listing all that concerns them")
                .containsExactlyInAnyOrder(
                        vhxh + " [Nhắc việc] 24/12/2026: 2 việc cần chú ý",
                        kinhTe + " [Nhắc việc] 24/12/2026: 1 việc cần chú ý",
                        congAn + " [Nhắc việc] 24/12/2026: 1 việc cần chú ý");
        assertThat(bodies.get("2026-12-24 " + vhxh + " [Nhắc việc] 24/12/2026: 2 việc cần chú ý"))
                .contains("== Kế hoạch KH-")
                .contains("Nhiệm vụ sắp đến hạn:")
                .contains("  - Nhiệm vụ 1: " + title(plan, "1")
                        + " - Phòng Văn hóa - Xã hội - hạn 31/12/2026 (còn 7 ngày)")
                .contains("  - Nhiệm vụ 3: " + title(plan, "3")
                        + " - Phòng Văn hóa - Xã hội - hạn 31/12/2026 (còn 7 ngày)");
        assertThat(received.get(LocalDate.of(2026, 12, 30)))
                .as("Công an submitted on 28/12: no second reminder")
                .containsExactlyInAnyOrder(
                        vhxh + " [Nhắc việc] 30/12/2026: 2 việc cần chú ý",
                        kinhTe + " [Nhắc việc] 30/12/2026: 1 việc cần chú ý");
        assertThat(received.get(LocalDate.of(2027, 1, 1)))
                .as("escalations go out at once, even on a holiday")
                .containsExactlyInAnyOrder(
                        chairman + " [Quá hạn] Nhiệm vụ 1 - Phòng Văn hóa - Xã hội - hạn 31/12/2026",
                        monitor + " [Quá hạn] Nhiệm vụ 1 - Phòng Văn hóa - Xã hội - hạn 31/12/2026",
                        chairman + " [Quá hạn] Nhiệm vụ 2 - Phòng Kinh tế - hạn 31/12/2026",
                        monitor + " [Quá hạn] Nhiệm vụ 2 - Phòng Kinh tế - hạn 31/12/2026",
                        chairman + " [Quá hạn] Nhiệm vụ 3 - Phòng Văn hóa - Xã hội - hạn 31/12/2026",
                        monitor + " [Quá hạn] Nhiệm vụ 3 - Phòng Văn hóa - Xã hội - hạn 31/12/2026");
        assertThat(received.get(LocalDate.of(2027, 1, 4)))
                .as("the chairman's Monday overdue digest")
                .containsExactly(chairman + " [Tổng hợp quá hạn] Tuần 04/01/2027: 3 phần việc quá hạn");
        assertThat(bodies.get("2027-01-04 " + chairman + " [Tổng hợp quá hạn] Tuần 04/01/2027: 3 phần việc quá hạn"))
                .contains("Nhiệm vụ 1: " + title(plan, "1") + " - Phòng Văn hóa - Xã hội - hạn 31/12/2026, quá 4 ngày")
                .contains("Nhiệm vụ 2: " + title(plan, "2") + " - Phòng Kinh tế - hạn 31/12/2026, quá 4 ngày");
    }

    @Test
    void emailsAreVietnameseUtf8AndLinkToTheTask() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 23, 9, 0));
        long plan = createPlan("vhxh", LocalDate.of(2025, 9, 10), task("4", "Tháng 9/2025", "tram-y-te"));
        runDueJobs(instancesOf(plan, "4"));
        deliverDueMail();

        List<MimeMessage> messages = receivedMail();
        assertThat(messages).hasSize(2);
        MimeMessage m = messages.get(0);
        assertThat(m.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = ((String) m.getContent()).replace("\r\n", "\n");
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "4"))
                .singleResult();
        assertThat(body)
                .contains("Nhiệm vụ dưới đây đã quá hạn 419 ngày mà Trạm y tế xã chưa hoàn thành.")
                .contains("Cơ quan chủ trì: Trạm y tế xã")
                .contains("Thời hạn ghi trong kế hoạch: Tháng 9/2025")
                .contains("Hạn xử lý: hết ngày 30/09/2025")
                .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId());
    }

    @Test
    void smtpDownForAWhileDelaysMailButLosesAndDuplicatesNone() throws Exception {
        // Years before any other test's mail is due: the sender's rounds here see this test's mail only.
        EngineClock.setVietnamTime(LocalDateTime.of(2019, 11, 25, 9, 0));
        long plan = createPlan(
                "vhxh",
                LocalDate.of(2018, 9, 10),
                task("2", "Tháng 9/2018", "kinh-te"),
                task("3", "Tháng 10/2018", "quan-su"));
        runDueJobs(instancesOf(plan, "2", "3"));
        long pending = pendingMail();
        assertThat(pending)
                .as("two escalations, each to the chairman and the monitoring office")
                .isEqualTo(4);

        greenMail.stop();
        assertThat(sender.deliverPending()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from outbox_email
                         where status = 'PENDING' and attempts = 1 and last_error is not null and next_attempt_at > created_at
                           and recipient_user like ?""").param(user("%")).query(Long.class).single())
                .as("the failed email waits before its next try; the round stops")
                .isEqualTo(1);
        assertThat(sender.deliverPending()).isZero();

        greenMail.start();
        EngineClock.setVietnamTime(LocalDateTime.of(2019, 11, 26, 9, 0));
        assertThat(sender.deliverPending()).isEqualTo(4);
        assertThat(sender.deliverPending()).isZero();

        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : receivedMail()) {
            recipients.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        assertThat(recipients)
                .containsExactlyInAnyOrder(
                        emailOf(chairman()), emailOf(head("vhxh")),
                        emailOf(chairman()), emailOf(head("vhxh")));
        assertThat(pendingMail()).isZero();
    }

    private long pendingMail() {
        return jdbc.sql("select count(*) from outbox_email where status = 'PENDING' and recipient_user like ?")
                .param(user("%"))
                .query(Long.class)
                .single();
    }

    private void finishEarly(long plan, String office) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "2"))
                .taskCandidateGroup(office(office))
                .singleResult();
        actAs(head(office));
        evidence.upload(task.getId(), "bao-cao.pdf", "%PDF-1.4 báo cáo".getBytes());
        engine.getTaskService().complete(task.getId(), Map.of("resultNote", "Đã hoàn thành"));
    }

    private String title(long plan, String number) {
        return jdbc.sql("select title from plan_task where plan_id = ? and number = ?")
                .params(plan, number)
                .query(String.class)
                .single();
    }

    private List<String> instancesOf(long plan, String... taskNumbers) {
        return java.util.Arrays.stream(taskNumbers)
                .map(n -> engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKeyOf(plan, n))
                        .singleResult()
                        .getId())
                .toList();
    }
}
