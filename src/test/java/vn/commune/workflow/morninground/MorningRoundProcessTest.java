package vn.commune.workflow.morninground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.plan.PlanDraft;

/**
 * Every path of bpmn/MorningRound.bpmn, and what people receive from it through a real SMTP server: one digest per
 * person and day, one gathered escalation, the immediate email for an urgent task, a round missed and a step
 * failing halfway.
 */
class MorningRoundProcessTest extends IntegrationTest {

    private String vhxh;
    private String kinhTe;
    private String chairman;
    private String monitor;

    /** What a person is told on a day covers all their work: each test needs people of its own. */
    @Override
    protected boolean communePerTest() {
        return true;
    }

    @BeforeEach
    void addresses() {
        vhxh = emailOf(head("vhxh"));
        kinhTe = emailOf(head("kinh-te"));
        chairman = emailOf(chairman());
        monitor = emailOf(head("vp-ubnd"));
    }

    @Test
    void aWorkingMorningRecordsThenEscalatesThenSendsDigestsAndWaitsForTheNextMorning() {
        at(2026, 12, 1, 8, 0);
        engine.getManagementService().executeJob(MorningRounds.timer(engine).getId());
        ProcessInstance round = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(MorningRoundModel.PROCESS_KEY)
                .singleResult();
        assertThat(round).isWaitingAt(MorningRoundModel.RECORD_DEADLINES);
        assertThat(engine.getRuntimeService().getVariable(round.getId(), MorningRoundModel.DAY))
                .isEqualTo("2026-12-01");
        assertThat(MorningRounds.timer(engine).getDuedate().toInstant())
                .as("the next round: 08:00 tomorrow, Vietnam time")
                .isEqualTo(vietnam(2026, 12, 2, 8, 0));

        MorningRounds.runSteps(engine);
        assertThat(round)
                .hasPassedInOrder(
                        MorningRoundModel.RECORD_DEADLINES,
                        MorningRoundModel.ESCALATE_OVERDUE,
                        MorningRoundModel.SEND_DIGESTS,
                        "EndEvent_RoundDone")
                .isEnded();
    }

    @Test
    void aDayOffEndsTheRoundAtOnceAndItsNoticesWaitForTheNextWorkingDay() {
        at(2026, 12, 4, 10, 0);
        createPlan("vp-ubnd", LocalDate.of(2026, 12, 4), task("1", "31/12/2026", "vhxh"));
        at(2026, 12, 5, 8, 0);
        String saturday = MorningRounds.run(engine);

        assertThat(activities(saturday))
                .containsExactly(MorningRoundModel.MORNING, "Gateway_WorkingDay", "EndEvent_DayOff");
        assertThat(MorningRounds.timer(engine).getDuedate().toInstant()).isEqualTo(vietnam(2026, 12, 6, 8, 0));
        assertThat(delivered()).isEmpty();

        at(2026, 12, 7, 8, 0);
        MorningRounds.run(engine);
        assertThat(delivered()).containsExactly(vhxh + " [Nhắc việc] 07/12/2026: 1 việc cần chú ý");
    }

    @Test
    void anOfficeHeadGetsOneDigestWithNewTasksTasksDueSoonAndLateTasksUnderTheirHeadings() throws Exception {
        at(2026, 11, 27, 9, 0);
        createPlan("vp-ubnd", LocalDate.of(2026, 11, 27), task("1", "08/12/2026", "vhxh"));
        at(2026, 11, 30, 8, 0);
        MorningRounds.run(engine);
        assertThat(delivered()).containsExactly(vhxh + " [Nhắc việc] 30/11/2026: 1 việc cần chú ý");

        at(2026, 11, 30, 10, 0);
        createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 11, 30),
                task("2", "31/12/2026", "vhxh"),
                task("3", "20/11/2026", "vhxh"));
        at(2026, 12, 1, 8, 0);
        MorningRounds.run(engine);

        List<MimeMessage> mail = deliveredMessages();
        assertThat(lines(mail))
                .containsExactlyInAnyOrder(
                        vhxh + " [Nhắc việc] 01/12/2026: 4 việc cần chú ý",
                        chairman + " [Quá hạn] Nhiệm vụ 3 - Phòng Văn hóa - Xã hội - hạn 20/11/2026",
                        monitor + " [Quá hạn] Nhiệm vụ 3 - Phòng Văn hóa - Xã hội - hạn 20/11/2026");
        String digest = bodyTo(mail, vhxh);
        assertThat(digest)
                .containsSubsequence(
                        "Nhiệm vụ mới được giao (2):",
                        "- Nhiệm vụ 2: ",
                        "hạn 31/12/2026 (còn 30 ngày)",
                        "- Nhiệm vụ 3: ",
                        "Sắp đến hạn (1):",
                        "- Nhiệm vụ 1: ",
                        "hạn 08/12/2026 (còn 7 ngày)",
                        "Đã quá hạn (1):",
                        "- Nhiệm vụ 3: ",
                        "hạn 20/11/2026, quá 11 ngày");
        assertThat(overdueFrom("3")).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void aLatePlanOfManyTasksMakesOneEscalationPerPersonListingEveryTask() throws Exception {
        at(2026, 12, 1, 10, 0);
        String[] offices = {"vhxh", "kinh-te", "cong-an"};
        createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 9, 1),
                IntStream.rangeClosed(1, 12)
                        .mapToObj(i -> task(String.valueOf(i), "30/09/2026", offices[i % 3]))
                        .toArray(PlanDraft.TaskDraft[]::new));
        assertThat(delivered()).as("a late task is not urgent: the round tells").isEmpty();

        at(2026, 12, 2, 8, 0);
        MorningRounds.run(engine);
        List<MimeMessage> mail = deliveredMessages();
        assertThat(lines(mail).stream().filter(l -> l.startsWith(chairman + " [Quá hạn]")))
                .containsExactly(chairman + " [Quá hạn] 12 phần việc đã quá hạn");
        assertThat(lines(mail).stream().filter(l -> l.startsWith(monitor + " [Quá hạn]")))
                .containsExactly(monitor + " [Quá hạn] 12 phần việc đã quá hạn");
        assertThat(lines(mail).stream().filter(l -> l.startsWith(chairman)))
                .as("the escalation and the weekly list: two emails")
                .hasSize(2);
        String escalation = mail.stream()
                .filter(m -> to(m).equals(chairman) && subject(m).startsWith("[Quá hạn]"))
                .map(MorningRoundProcessTest::body)
                .findFirst()
                .orElseThrow();
        for (int i = 1; i <= 12; i++) {
            assertThat(escalation).contains("- Nhiệm vụ " + i + ": ");
        }
        assertThat(escalation).contains("hạn 30/09/2026, quá 63 ngày");

        at(2026, 12, 2, 9, 0);
        MorningRounds.run(engine);
        assertThat(delivered())
                .as("a second round the same day finds nothing new")
                .isEmpty();
        at(2026, 12, 3, 8, 0);
        MorningRounds.run(engine);
        assertThat(delivered()).as("each late task is escalated once").isEmpty();
    }

    @Test
    void aTaskDueTheNextWorkingDayIsToldAtOnceInOneEmailAndNotRepeated() throws Exception {
        at(2026, 12, 4, 10, 0);
        createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 12, 4),
                task("1", "07/12/2026", "vhxh"),
                task("2", "08/12/2026", "vhxh"),
                task("3", "31/12/2026", "vhxh"));
        assertThat(delivered())
                .as("Friday for Monday and Tuesday, the two next working days: one email")
                .containsExactly(vhxh + " [Việc mới, gấp] 2 nhiệm vụ đến hạn trong 2 ngày làm việc");

        at(2026, 12, 7, 8, 0);
        MorningRounds.run(engine);
        List<MimeMessage> mail = deliveredMessages();
        assertThat(lines(mail)).containsExactly(vhxh + " [Nhắc việc] 07/12/2026: 1 việc cần chú ý");
        assertThat(bodyTo(mail, vhxh))
                .contains("Nhiệm vụ mới được giao (1):", "- Nhiệm vụ 3: ")
                .doesNotContain("Sắp đến hạn", "- Nhiệm vụ 1: ", "- Nhiệm vụ 2: ");
        at(2026, 12, 8, 8, 0);
        MorningRounds.run(engine);
        assertThat(bodyTo(deliveredMessages(), vhxh))
                .as("task 1 is late; task 2, due today, was reminded with the email")
                .contains("Đã quá hạn (1):", "- Nhiệm vụ 1: ")
                .doesNotContain("Sắp đến hạn");
    }

    @Test
    void aTaskAssignedAfterItsReminderDayIsStillRemindedOnceBeforeItIsDue() throws Exception {
        at(2026, 12, 4, 10, 0);
        createPlan("vp-ubnd", LocalDate.of(2026, 12, 4), task("1", "10/12/2026", "vhxh"));
        at(2026, 12, 7, 8, 0);
        MorningRounds.run(engine);
        assertThat(bodyTo(deliveredMessages(), vhxh)).contains("Nhiệm vụ mới được giao (1):");

        at(2026, 12, 8, 8, 0);
        MorningRounds.run(engine);
        List<MimeMessage> mail = deliveredMessages();
        assertThat(lines(mail)).containsExactly(vhxh + " [Nhắc việc] 08/12/2026: 1 việc cần chú ý");
        assertThat(bodyTo(mail, vhxh)).contains("Sắp đến hạn (1):", "hạn 10/12/2026 (còn 2 ngày)");
        at(2026, 12, 9, 8, 0);
        MorningRounds.run(engine);
        assertThat(bodyTo(deliveredMessages(), vhxh)).contains("Sắp đến hạn (1):", "hạn 10/12/2026 (còn 1 ngày)");
    }

    @Test
    void afterDowntimeAPassedDeadlineIsEscalatedNotRemindedAndTheRoundIsMadeOnce() throws Exception {
        at(2026, 11, 20, 10, 0);
        createPlan("vp-ubnd", LocalDate.of(2026, 11, 20), task("1", "01/12/2026", "vhxh"));
        at(2026, 11, 23, 8, 0);
        MorningRounds.run(engine);
        deliveredMessages();

        // Down from 24/11 to Wednesday 2/12 10:00: the reminders of 24/11 and 30/11 and the deadline all passed.
        at(2026, 12, 2, 10, 0);
        MorningRounds.run(engine);
        assertThat(MorningRounds.timer(engine).getDuedate().toInstant())
                .as("one round for the days missed, the next tomorrow")
                .isEqualTo(vietnam(2026, 12, 3, 8, 0));
        assertThat(jdbc.sql("select count(*) from notice n join assignment a on a.id = n.assignment_id"
                                + " where n.kind = 'TASK_DUE_SOON' and a.id = ?")
                        .param(assignmentOf("1"))
                        .query(Long.class)
                        .single())
                .as("no 'due soon' once the deadline has passed")
                .isZero();
        List<MimeMessage> mail = deliveredMessages();
        assertThat(lines(mail))
                .containsExactlyInAnyOrder(
                        vhxh + " [Nhắc việc] 02/12/2026: 1 việc cần chú ý",
                        chairman + " [Quá hạn] Nhiệm vụ 1 - Phòng Văn hóa - Xã hội - hạn 01/12/2026",
                        monitor + " [Quá hạn] Nhiệm vụ 1 - Phòng Văn hóa - Xã hội - hạn 01/12/2026",
                        chairman + " [Tổng hợp quá hạn] Tuần 02/12/2026: 1 phần việc quá hạn");
        assertThat(bodyTo(mail, vhxh)).contains("Đã quá hạn (1):").doesNotContain("Sắp đến hạn");

        at(2026, 12, 3, 8, 0);
        MorningRounds.run(engine);
        assertThat(delivered())
                .as("the weekly list once a week, the escalation once")
                .isEmpty();
    }

    @Test
    void aStepFailingHalfwayLeavesNobodyHalfToldAndItsRetrySendsEachDigestOnce() throws Exception {
        at(2026, 11, 30, 10, 0);
        createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 11, 30),
                task("1", "31/12/2026", "vhxh"),
                task("2", "31/12/2026", "kinh-te"));
        jdbc.sql("""
                        create or replace function test_refuse_digest() returns trigger language plpgsql as $$
                        begin
                          if new.recipient_user = '%s' and new.kind = 'DIGEST' then
                            raise exception 'test: the node dies while writing this digest';
                          end if;
                          return new;
                        end $$""".formatted(head("kinh-te"))).update();
        jdbc.sql("create trigger test_refuse_digest before insert on outbox_email for each row"
                        + " execute function test_refuse_digest()")
                .update();
        try {
            at(2026, 12, 1, 8, 0);
            assertThatThrownBy(() -> MorningRounds.run(engine)).hasMessageContaining("the node dies");
            Job failed = engine.getManagementService()
                    .createJobQuery()
                    .processDefinitionKey(MorningRoundModel.PROCESS_KEY)
                    .messages()
                    .singleResult();
            assertThat(failed.getRetries()).as("the step is retried").isEqualTo(2);
            assertThat(digestsTo(head("vhxh"))).isEqualTo(1);
            assertThat(digestsTo(head("kinh-te"))).isZero();
            assertThat(jdbc.sql("select count(*) from notice where user_id = ? and digest_date is null")
                            .param(head("kinh-te"))
                            .query(Long.class)
                            .single())
                    .as("what Kinh tế must be told is still to be told")
                    .isEqualTo(1);
        } finally {
            jdbc.sql("drop trigger test_refuse_digest on outbox_email").update();
            jdbc.sql("drop function test_refuse_digest()").update();
        }

        at(2026, 12, 1, 8, 5);
        MorningRounds.runSteps(engine);
        assertThat(delivered())
                .containsExactlyInAnyOrder(
                        vhxh + " [Nhắc việc] 01/12/2026: 1 việc cần chú ý",
                        kinhTe + " [Nhắc việc] 01/12/2026: 1 việc cần chú ý");
    }

    /**
     * Not a timing: the round's work does not grow with the shares in engine terms. The task processes carry no
     * timer, and the round is the same four jobs and a fixed number of statements for 90 shares as for one.
     */
    @Test
    void theRoundIsAFewStatementsOverTheTablesNotEngineWorkPerShare() {
        at(2026, 11, 30, 10, 0);
        String[] offices = {"vhxh", "kinh-te", "cong-an"};
        createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 11, 30),
                IntStream.rangeClosed(1, 30)
                        .mapToObj(i -> task(String.valueOf(i), i % 2 == 0 ? "08/12/2026" : "20/11/2026", offices))
                        .toArray(PlanDraft.TaskDraft[]::new));
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processDefinitionKey("PlanTask")
                        .count())
                .as("no timer per share")
                .isZero();

        at(2026, 12, 1, 8, 0);
        long started = System.nanoTime();
        String round = MorningRounds.run(engine);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Morning round over 90 shares (30 tasks x 3 offices): " + millis + " ms");
        assertThat(activities(round))
                .containsExactlyInAnyOrder(
                        MorningRoundModel.MORNING,
                        "Gateway_WorkingDay",
                        MorningRoundModel.RECORD_DEADLINES,
                        MorningRoundModel.ESCALATE_OVERDUE,
                        MorningRoundModel.SEND_DIGESTS,
                        "EndEvent_RoundDone");
        assertThat(jdbc.sql("""
                        select count(*) from deadline_notice n join assignment a on a.id = n.assignment_id
                          join plan_task t on t.id = a.plan_task_id join plan p on p.id = t.plan_id
                         where n.created_at = ? and p.commune_id = ?""")
                        .params(java.sql.Timestamp.from(vietnam(2026, 12, 1, 8, 0)), commune)
                        .query(Long.class)
                        .single())
                .as("45 late shares marked")
                .isEqualTo(45);
        assertThat(jdbc.sql("select count(*) from notice where created_at = ? and user_id like ?")
                        .params(java.sql.Timestamp.from(vietnam(2026, 12, 1, 8, 0)), user("%"))
                        .query(Long.class)
                        .single())
                .as("90 new shares and 45 late ones told to their offices' heads")
                .isEqualTo(135);
        assertThat(digestsTo(head("vhxh"))).isEqualTo(1);
    }

    private List<String> activities(String round) {
        return engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(round)
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    private long digestsTo(String userId) {
        return jdbc.sql(
                        "select count(*) from outbox_email where kind = 'DIGEST' and recipient_user = ? and status = 'PENDING'")
                .param(userId)
                .query(Long.class)
                .single();
    }

    private long assignmentOf(String taskNumber) {
        return jdbc.sql("""
                        select a.id from assignment a join plan_task t on t.id = a.plan_task_id
                          join plan p on p.id = t.plan_id
                         where t.number = ? and p.commune_id = ? order by a.id desc limit 1""").params(taskNumber, commune).query(Long.class).single();
    }

    private LocalDate overdueFrom(String taskNumber) {
        return jdbc.sql("select overdue_from from assignment where id = ?")
                .param(assignmentOf(taskNumber))
                .query(LocalDate.class)
                .single();
    }

    /** Delivers the outbox and returns "recipient subject" of what arrived; the mailbox is emptied. */
    private List<String> delivered() {
        return lines(deliveredMessages());
    }

    private List<MimeMessage> deliveredMessages() {
        deliverDueMail();
        List<MimeMessage> mail = receivedMail();
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return mail;
    }

    private static List<String> lines(List<MimeMessage> mail) {
        List<String> lines = new ArrayList<>();
        mail.forEach(m -> lines.add(to(m) + " " + subject(m)));
        return lines;
    }

    private static String bodyTo(List<MimeMessage> mail, String to) {
        return mail.stream()
                .filter(m -> to(m).equals(to))
                .map(MorningRoundProcessTest::body)
                .findFirst()
                .orElseThrow();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return ((String) m.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void at(int y, int m, int d, int h, int min) {
        EngineClock.setVietnamTime(LocalDateTime.of(y, m, d, h, min));
    }

    private static Instant vietnam(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(VietnamTime.ZONE).toInstant();
    }
}
