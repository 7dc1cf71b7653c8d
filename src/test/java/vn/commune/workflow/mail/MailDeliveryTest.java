package vn.commune.workflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
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
import vn.commune.workflow.morninground.MorningRounds;
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

    @Test
    void aMonthAcrossTheDeadlineSendsOneDigestADayAndTheEscalationsDue() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 9, 0));
        long plan = createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 12, 1),
                task("1", "Hoàn thành trước ngày 31/12/2026", "vhxh"),
                task("2", "Tháng 12/2026", "kinh-te", "cong-an"),
                task("3", "trong tháng 12/2026", "vhxh"));

        Map<LocalDate, List<String>> received = new TreeMap<>();
        Map<String, String> bodies = new TreeMap<>();
        for (LocalDate day = LocalDate.of(2026, 12, 2); !day.isAfter(LocalDate.of(2027, 1, 6)); day = day.plusDays(1)) {
            EngineClock.setVietnamTime(day.atTime(8, 0));
            if (day.equals(LocalDate.of(2026, 12, 28))) {
                finishEarly(plan, "cong-an");
            }
            MorningRounds.run(engine);
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
                        LocalDate.of(2026, 12, 2),
                        LocalDate.of(2026, 12, 24),
                        LocalDate.of(2026, 12, 30),
                        LocalDate.of(2027, 1, 4));
        assertThat(received.get(LocalDate.of(2026, 12, 2)))
                .as("the new tasks, in the next morning's digest")
                .containsExactlyInAnyOrder(
                        vhxh + " [Nhắc việc] 02/12/2026: 2 việc cần chú ý",
                        kinhTe + " [Nhắc việc] 02/12/2026: 1 việc cần chú ý",
                        congAn + " [Nhắc việc] 02/12/2026: 1 việc cần chú ý");
        assertThat(received.get(LocalDate.of(2026, 12, 24)))
                .as("one email per person, listing all that concerns them")
                .containsExactlyInAnyOrder(
                        vhxh + " [Nhắc việc] 24/12/2026: 2 việc cần chú ý",
                        kinhTe + " [Nhắc việc] 24/12/2026: 1 việc cần chú ý",
                        congAn + " [Nhắc việc] 24/12/2026: 1 việc cần chú ý");
        assertThat(bodies.get("2026-12-24 " + vhxh + " [Nhắc việc] 24/12/2026: 2 việc cần chú ý"))
                .contains("Sắp đến hạn (2):\n  Kế hoạch KH-")
                .contains("  - Nhiệm vụ 1: " + title(plan, "1")
                        + " - Phòng Văn hóa - Xã hội - hạn 31/12/2026 (còn 7 ngày)")
                .contains("  - Nhiệm vụ 3: " + title(plan, "3")
                        + " - Phòng Văn hóa - Xã hội - hạn 31/12/2026 (còn 7 ngày)");
        assertThat(received.get(LocalDate.of(2026, 12, 30)))
                .as("Công an submitted on 28/12: no second reminder")
                .containsExactlyInAnyOrder(
                        vhxh + " [Nhắc việc] 30/12/2026: 2 việc cần chú ý",
                        kinhTe + " [Nhắc việc] 30/12/2026: 1 việc cần chú ý");
        assertThat(received.get(LocalDate.of(2027, 1, 4)))
                .as("1/1 is a day off: on Monday one escalation per person for the three late shares, the chairman's"
                        + " weekly list and the late offices' digests")
                .containsExactlyInAnyOrder(
                        chairman + " [Quá hạn] 3 phần việc đã quá hạn",
                        monitor + " [Quá hạn] 3 phần việc đã quá hạn",
                        chairman + " [Tổng hợp quá hạn] Tuần 04/01/2027: 3 phần việc quá hạn",
                        vhxh + " [Nhắc việc] 04/01/2027: 2 việc cần chú ý",
                        kinhTe + " [Nhắc việc] 04/01/2027: 1 việc cần chú ý");
        assertThat(bodies.get("2027-01-04 " + chairman + " [Tổng hợp quá hạn] Tuần 04/01/2027: 3 phần việc quá hạn"))
                .contains("Nhiệm vụ 1: " + title(plan, "1") + " - Phòng Văn hóa - Xã hội - hạn 31/12/2026, quá 4 ngày")
                .contains("Nhiệm vụ 2: " + title(plan, "2") + " - Phòng Kinh tế - hạn 31/12/2026, quá 4 ngày");
    }

    @Test
    void emailsAreVietnameseUtf8AndLinkToTheTask() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 23, 9, 0));
        long plan = createPlan("vhxh", LocalDate.of(2025, 9, 10), task("4", "Tháng 9/2025", "tram-y-te"));
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 24, 8, 0));
        MorningRounds.run(engine);
        deliverDueMail();

        MimeMessage m = null;
        for (MimeMessage received : receivedMail()) {
            m = received.getSubject().startsWith("[Quá hạn]") && m == null ? received : m;
        }
        assertThat(m.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = ((String) m.getContent()).replace("\r\n", "\n");
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "4"))
                .singleResult();
        assertThat(body)
                .contains("Các nhiệm vụ sau đã quá hạn mà cơ quan chủ trì chưa hoàn thành (đến ngày 24/11/2026):")
                .contains("  - Nhiệm vụ 4: " + title(plan, "4") + " - Trạm y tế xã - hạn 30/09/2025, quá 420 ngày")
                .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId());
    }

    @Test
    void smtpDownForAWhileDelaysMailButLosesAndDuplicatesNone() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 23, 9, 0));
        long plan = createPlan(
                "vhxh",
                LocalDate.of(2025, 9, 10),
                task("2", "Tháng 9/2025", "kinh-te"),
                task("3", "Tháng 10/2025", "quan-su"));
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 24, 8, 0));
        MorningRounds.run(engine);
        long pending = pendingMail();
        assertThat(pending)
                .as("one escalation each to the chairman and the monitoring office, the late offices' digests and the"
                        + " chairman's weekly list")
                .isEqualTo(5);

        // Other communes' mail may be due too and go first: the outage is seen on the whole outbox.
        long waitingBefore = failedAndWaiting();
        greenMail.stop();
        assertThat(sender.deliverPending()).isZero();
        assertThat(failedAndWaiting() - waitingBefore)
                .as("the failed email waits before its next try; the round stops")
                .isEqualTo(1);
        assertThat(sender.deliverPending()).isZero();

        greenMail.start();
        EngineClock.set(Instant.now().plusSeconds(3600 * 24));
        deliverDueMail();

        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : receivedMail()) {
            recipients.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        assertThat(recipients)
                .containsExactlyInAnyOrder(
                        emailOf(chairman()),
                        emailOf(head("vhxh")),
                        emailOf(chairman()),
                        emailOf(head("kinh-te")),
                        emailOf(head("quan-su")));
        assertThat(pendingMail()).as("all sent once SMTP is back").isZero();
    }

    private long pendingMail() {
        return jdbc.sql("select count(*) from outbox_email where status = 'PENDING' and recipient_user like ?")
                .param(user("%"))
                .query(Long.class)
                .single();
    }

    /** Emails of any commune that failed once and wait for their next try. */
    private long failedAndWaiting() {
        return jdbc.sql("""
                        select count(*) from outbox_email
                         where status = 'PENDING' and attempts = 1 and last_error is not null and next_attempt_at > ?""")
                .param(Timestamp.from(new EngineClock().instant()))
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
}
