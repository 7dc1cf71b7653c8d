package vn.commune.workflow.plantask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.morninground.MorningRounds;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;

/** Every path of bpmn/PlanTask.bpmn, on the real app and database. */
class PlanTaskProcessTest extends IntegrationTest {

    /** The morning round escalates every late share of a commune: an earlier test's must not be this one's. */
    @Override
    protected boolean communePerTest() {
        return true;
    }

    private static final byte[] PDF = "%PDF-1.7\nminh chứng".getBytes();

    @Autowired
    private TaskEvidence evidence;

    @Autowired
    private AssignmentRepository assignments;

    @Test
    void resultWithEvidenceAcceptedEndsTheTask() {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        ProcessInstance pi = instance(plan, "1");

        assertThat(pi).isWaitingAt("Task_CarryOut");
        Task carryOut = taskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(carryOut).hasCandidateGroup(office("vhxh")).hasName("1. " + title(plan, "1"));
        assertThat(carryOut.getDueDate()).as("an ongoing task has no due date").isNull();

        submit(carryOut, "vhxh", "Đã ban hành kế hoạch");
        assertThat(pi).isWaitingAt("Task_ReviewEvidence");
        Task review = taskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(review).hasCandidateGroup(office("vp-ubnd"));
        assertThat(assignment(plan, "1", "vhxh").status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(assignment(plan, "1", "vhxh").resultNote()).isEqualTo("Đã ban hành kế hoạch");

        engine.getTaskService().complete(review.getId(), Map.of("accepted", true));
        assertThat(pi).hasPassed("EndEvent_OfficeDone").isEnded();
        assertThat(assignment(plan, "1", "vhxh").status()).isEqualTo(AssignmentStatus.DONE);
    }

    @Test
    void completingWithoutEvidenceIsRefusedAndChangesNothing() {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        ProcessInstance pi = instance(plan, "1");
        Task carryOut = taskQuery().processInstanceId(pi.getId()).singleResult();

        assertThatThrownBy(() -> engine.getTaskService().complete(carryOut.getId(), Map.of("resultNote", "xong")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Chưa có minh chứng");

        assertThat(pi).isWaitingAt("Task_CarryOut");
        assertThat(assignment(plan, "1", "vhxh").status()).isEqualTo(AssignmentStatus.OPEN);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "resultNote"))
                .isNull();
    }

    @Test
    void returnedResultGoesBackToTheSameOfficeWithTheReasonAndNeedsNewEvidence() {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "kinh-te"));
        ProcessInstance pi = instance(plan, "1");
        submit(taskQuery().processInstanceId(pi.getId()).singleResult(), "kinh-te", "Lần 1");
        Task review = taskQuery().processInstanceId(pi.getId()).singleResult();

        assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(), Map.of("accepted", false)))
                .hasMessageContaining("phải ghi rõ lý do");
        engine.getTaskService()
                .complete(review.getId(), Map.of("accepted", false, "returnReason", "Thiếu văn bản ký số"));

        assertThat(pi).isWaitingAt("Task_CarryOut");
        Task again = taskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(again).hasCandidateGroup(office("kinh-te"));
        assertThat(assignment(plan, "1", "kinh-te").status()).isEqualTo(AssignmentStatus.RETURNED);
        assertThat(assignment(plan, "1", "kinh-te").returnReason()).isEqualTo("Thiếu văn bản ký số");
        assertThatThrownBy(() -> engine.getTaskService().complete(again.getId()))
                .as("the first submission's evidence does not count again")
                .hasMessageContaining("Chưa có minh chứng");

        submit(again, "kinh-te", "Lần 2, đã bổ sung");
        engine.getTaskService()
                .complete(
                        taskQuery().processInstanceId(pi.getId()).singleResult().getId(), Map.of("accepted", true));
        assertThat(pi).isEnded();
        assertThat(evidenceCount(plan, "1", "kinh-te"))
                .as("evidence is kept, never overwritten")
                .isEqualTo(2);
    }

    @Test
    void eachLeadOfficeOwesItsOwnResult() {
        long plan = createPlan("vhxh", LocalDate.of(2026, 1, 5), task("6", "Thường xuyên", "vhxh", "kinh-te"));
        ProcessInstance pi = instance(plan, "6");

        List<Task> tasks = taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey("Task_CarryOut")
                .list();
        assertThat(tasks).hasSize(2);
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskCandidateGroup(office("vhxh"))
                        .count())
                .isEqualTo(1);
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskCandidateGroup(office("kinh-te"))
                        .count())
                .isEqualTo(1);

        Task ofKinhTe = taskQuery()
                .processInstanceId(pi.getId())
                .taskCandidateGroup(office("kinh-te"))
                .singleResult();
        submit(ofKinhTe, "kinh-te", "Phần của phòng Kinh tế");
        Task review = taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ReviewEvidence")
                .singleResult();
        engine.getTaskService().complete(review.getId(), Map.of("accepted", true));
        assertThat(pi).as("Văn hóa - Xã hội still owes its result").isNotEnded().isWaitingAt("Task_CarryOut");

        submit(
                taskQuery()
                        .processInstanceId(pi.getId())
                        .taskCandidateGroup(office("vhxh"))
                        .singleResult(),
                "vhxh",
                "Phần của phòng VH-XH");
        engine.getTaskService()
                .complete(
                        taskQuery().processInstanceId(pi.getId()).singleResult().getId(), Map.of("accepted", true));
        assertThat(pi).isEnded();
    }

    @Test
    void aDatedTaskIsDueAtTheEndOfItsDayAndTheMorningRoundRemindsThenEscalatesOnce() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 10, 0));
        long plan =
                createPlan("vp-ubnd", LocalDate.of(2026, 12, 1), task("2", "Hoàn thành trước ngày 31/12/2026", "vhxh"));
        ProcessInstance pi = instance(plan, "2");
        Task carryOut = taskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(carryOut.getDueDate().toInstant())
                .isEqualTo(vietnam(2027, 1, 1, 0, 0).minusSeconds(60));
        assertThat(pi).isWaitingAt("Task_CarryOut");
        assertThat(jobQuery().processInstanceId(pi.getId()).count())
                .as("the deadline is watched by the morning round, not a timer per share")
                .isZero();

        round(2026, 12, 23);
        assertThat(dueSoonNotices(pi)).isEmpty();
        round(2026, 12, 24);
        assertThat(dueSoonNotices(pi)).as("7 days before").containsExactly(head("vhxh"));
        round(2026, 12, 30);
        assertThat(dueSoonNotices(pi)).as("1 day before").hasSize(2);
        round(2026, 12, 31);
        assertThat(escalations()).isEmpty();

        // 1/1/2027 is a day off: the first working morning after the deadline escalates.
        round(2027, 1, 4);
        assertThat(escalations()).containsExactlyInAnyOrder(emailOf(chairman()), emailOf(head("vp-ubnd")));
        assertThat(assignment(plan, "2", "vhxh").id())
                .satisfies(id -> assertThat(jdbc.sql("select overdue_from from assignment where id = ?")
                                .param(id)
                                .query(LocalDate.class)
                                .single())
                        .isEqualTo(LocalDate.of(2027, 1, 1)));
        round(2027, 1, 5);
        assertThat(escalations()).as("once per deadline").hasSize(2);

        submit(taskQuery().processInstanceId(pi.getId()).singleResult(), "vhxh", "Hoàn thành muộn");
        assertThat(pi).isWaitingAt("Task_ReviewEvidence");
    }

    @Test
    void submittingBeforeTheDeadlineStopsTheReminders() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 10, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 12, 1), task("3", "Tháng 12/2026", "cong-an"));
        ProcessInstance pi = instance(plan, "3");

        submit(taskQuery().processInstanceId(pi.getId()).singleResult(), "cong-an", "Xong sớm");

        assertThat(pi).hasPassed("Task_CarryOut").isWaitingAt("Task_ReviewEvidence");
        round(2026, 12, 24);
        round(2027, 1, 4);
        assertThat(dueSoonNotices(pi)).isEmpty();
        assertThat(escalations()).isEmpty();
    }

    @Test
    void aTaskDueOnASundayBeforeTetIsDueAfterTetAndRemindedOnAWorkingDay() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 1, 5, 9, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("4", "15/02/2026", "tram-y-te"));
        ProcessInstance pi = instance(plan, "4");

        // Sunday 15/2/2026; Tết Bính Ngọ is off from 16/2 to 20/2, then a weekend: due Monday 23/2.
        Task carryOut = taskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(VietnamTime.dateOf(carryOut.getDueDate().toInstant())).isEqualTo(LocalDate.of(2026, 2, 23));
        // 7 days before is 16/2 (Tết) and 1 day before is Sunday 22/2: both go on Friday 13/2, as one line.
        round(2026, 2, 12);
        assertThat(dueSoonNotices(pi)).isEmpty();
        round(2026, 2, 13);
        assertThat(dueSoonNotices(pi)).containsExactly(head("tram-y-te"));
        round(2026, 2, 23);
        assertThat(dueSoonNotices(pi)).hasSize(1);
        round(2026, 2, 24);
        assertThat(escalations()).hasSize(2);
    }

    @Test
    void aPlanImportedAfterItsDeadlineIsEscalatedByTheNextRoundWithoutReminders() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 23, 9, 0));
        long plan = createPlan("vhxh", LocalDate.of(2025, 9, 10), task("2", "Tháng 9/2025", "kinh-te"));
        ProcessInstance pi = instance(plan, "2");

        assertThat(pi).isWaitingAt("Task_CarryOut");
        round(2026, 11, 24);
        assertThat(dueSoonNotices(pi)).isEmpty();
        assertThat(escalations()).containsExactlyInAnyOrder(emailOf(chairman()), emailOf(head("vhxh")));
    }

    private void submit(Task task, String office, String note) {
        actAs(head(office));
        engine.getTaskService().claim(task.getId(), head(office));
        evidence.upload(task.getId(), "ket-qua.pdf", PDF);
        engine.getTaskService().complete(task.getId(), Map.of("resultNote", note));
    }

    private ProcessInstance instance(long plan, String taskNumber) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, taskNumber))
                .singleResult();
    }

    private String title(long plan, String number) {
        return jdbc.sql("select title from plan_task where plan_id = ? and number = ?")
                .params(plan, number)
                .query(String.class)
                .single();
    }

    private vn.commune.workflow.plan.Assignment assignment(long plan, String number, String office) {
        return assignments
                .find(Long.parseLong(businessKeyOf(plan, number)), office(office))
                .orElseThrow();
    }

    private long evidenceCount(long plan, String number, String office) {
        return jdbc.sql("select count(*) from evidence where assignment_id = ?")
                .param(assignment(plan, number, office).id())
                .query(Long.class)
                .single();
    }

    private void round(int y, int m, int d) {
        EngineClock.setVietnamTime(LocalDateTime.of(y, m, d, 8, 0));
        MorningRounds.run(engine);
    }

    private List<String> dueSoonNotices(ProcessInstance pi) {
        return jdbc.sql("""
                        select n.user_id from notice n join plan_task t on t.plan_id = n.plan_id
                         where n.kind = 'TASK_DUE_SOON' and t.id = ? order by n.id""")
                .param(Long.parseLong(pi.getBusinessKey()))
                .query(String.class)
                .list();
    }

    /** Who of this test's commune was sent an escalation. */
    private List<String> escalations() {
        return jdbc.sql(
                        "select recipient from outbox_email where kind = 'ESCALATION' and recipient_user like ? order by id")
                .param(user("%"))
                .query(String.class)
                .list();
    }

    private static Instant vietnam(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(VietnamTime.ZONE).toInstant();
    }
}
