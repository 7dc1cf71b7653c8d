package vn.commune.workflow.deadlineextension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.plan.PlanQueries;
import vn.commune.workflow.system.Refusal;

/** Every path of bpmn/DeadlineExtension.bpmn, and the deadline watch of PlanTask following the new date. */
class DeadlineExtensionProcessTest extends IntegrationTest {

    @Autowired
    private DeadlineChangeService changes;

    @Autowired
    private PlanQueries planQueries;

    @Test
    void aGrantedExtensionMovesTheOfficesRemindersAndDueDate() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 10, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 12, 1), task("1", "31/12/2026", "vhxh"));
        ProcessInstance work = instance(plan);
        assertThat(work).isWaitingAt("Gateway_WaitForReminder");

        ProcessInstance extension = request(work, "vhxh", LocalDate.of(2027, 1, 15), "Chờ số liệu của tỉnh");
        assertThat(extension).isWaitingAt("Task_DecideExtension");
        Task decide = taskQuery().processInstanceId(extension.getId()).singleResult();
        assertThat(decide).hasCandidateGroup(leadership());
        assertThat(decide.getName()).contains("Phòng Văn hóa - Xã hội").contains("31/12/2026 → 15/01/2027");

        engine.getTaskService().complete(decide.getId(), Map.of("granted", true, "decisionNote", "Đồng ý"));
        assertThat(extension).hasPassed("Task_ApplyNewDeadline").isEnded();
        assertThat(timerDue(work)).as("7 days before 15/1/2027, a Friday").isEqualTo(vietnam(2027, 1, 8, 8));
        Task carryOut = taskQuery().processInstanceId(work.getId()).singleResult();
        assertThat(VietnamTime.dateOf(carryOut.getDueDate().toInstant())).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(changes.history(assignmentId(work))).singleElement().satisfies(c -> {
            assertThat(c.previousDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(c.requestedBy()).isEqualTo(head("vhxh"));
            assertThat(c.decision()).isEqualTo("GRANTED");
            assertThat(c.newDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        });
        assertThat(decisionNotices(plan)).singleElement().asString().contains("được đồng ý: hạn mới 15/01/2027");
    }

    @Test
    void aRefusedExtensionKeepsTheDeadline() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 10, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 12, 1), task("1", "31/12/2026", "kinh-te"));
        ProcessInstance work = instance(plan);
        ProcessInstance extension = request(work, "kinh-te", LocalDate.of(2027, 2, 1), "Thiếu người");

        engine.getTaskService()
                .complete(
                        taskQuery()
                                .processInstanceId(extension.getId())
                                .singleResult()
                                .getId(),
                        Map.of("granted", false, "decisionNote", "Phải hoàn thành trong năm"));

        assertThat(extension)
                .hasPassed("Task_NotifyRefusal", "EndEvent_ExtensionRefused")
                .isEnded();
        assertThat(timerDue(work)).isEqualTo(vietnam(2026, 12, 24, 8));
        assertThat(changes.history(assignmentId(work)))
                .singleElement()
                .extracting(DeadlineChanges.Change::decision)
                .isEqualTo("REFUSED");
        assertThat(decisionNotices(plan))
                .singleElement()
                .asString()
                .contains("không được đồng ý: giữ hạn 31/12/2026")
                .contains("Phải hoàn thành trong năm");
    }

    @Test
    void anExtensionGrantedAfterTheEscalationWatchesTheNewDate() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 10, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 12, 1), task("1", "02/12/2026", "cong-an"));
        ProcessInstance work = instance(plan);
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 3, 0, 0));
        execute(job(work));
        assertThat(work).isWaitingAt("MessageEvent_ChangedAfterEscalation");

        ProcessInstance extension = request(work, "cong-an", LocalDate.of(2026, 12, 18), "Đã xin ý kiến tỉnh");
        engine.getTaskService()
                .complete(
                        taskQuery()
                                .processInstanceId(extension.getId())
                                .singleResult()
                                .getId(),
                        Map.of("granted", true, "newDate", "2026-12-16"));

        assertThat(work).isWaitingAt("Gateway_WaitForReminder");
        assertThat(timerDue(work))
                .as("7 days before the granted 16/12, not the asked 18/12")
                .isEqualTo(vietnam(2026, 12, 9, 8));
    }

    @Test
    void aChangeWhileWaitingForTheDeadlineRestartsTheWatch() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 30, 10, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 12, 30), task("1", "31/12/2026", "tt-hcc"));
        ProcessInstance work = instance(plan);
        assertThat(work).isWaitingAt("Gateway_WaitForDeadline");

        ProcessInstance extension = request(work, "tt-hcc", LocalDate.of(2027, 1, 29), "Chờ phần mềm");
        engine.getTaskService()
                .complete(
                        taskQuery()
                                .processInstanceId(extension.getId())
                                .singleResult()
                                .getId(),
                        Map.of("granted", true));

        assertThat(work).hasPassed("MessageEvent_ChangedBeforeDeadline").isWaitingAt("Gateway_WaitForReminder");
        assertThat(timerDue(work)).isEqualTo(vietnam(2027, 1, 22, 8));
    }

    @Test
    void anAsDirectedTaskNeedsADeadlineUntilTheChairmanSetsOne() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 10, 0));
        long plan = createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 12, 1),
                task("1", "Theo chỉ đạo, hướng dẫn của các sở, ngành", "vhxh", "kinh-te"));
        ProcessInstance work = instance(plan);
        assertThat(work).isWaitingAt("MessageEvent_DeadlineSet");
        assertThat(jobQuery().processInstanceId(work.getId()).count()).isZero();
        assertThat(planQueries
                        .find(commune, plan)
                        .orElseThrow()
                        .tasks()
                        .get(0)
                        .deadline()
                        .needsDeadline())
                .isTrue();

        actAs(head("vhxh"));
        assertThatThrownBy(() ->
                        changes.setDeadline(Long.parseLong(work.getBusinessKey()), LocalDate.of(2026, 12, 31), null))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("Chỉ lãnh đạo");
        actAs(chairman());
        changes.setDeadline(Long.parseLong(work.getBusinessKey()), LocalDate.of(2026, 12, 31), "Theo văn bản của Sở");

        assertThat(jobQuery().processInstanceId(work.getId()).timers().count())
                .as("both offices now watch 31/12")
                .isEqualTo(2);
        assertThat(taskQuery().processInstanceId(work.getId()).list())
                .allSatisfy(t -> assertThat(VietnamTime.dateOf(t.getDueDate().toInstant()))
                        .isEqualTo(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aRequestNeedsAReasonAndALaterDate() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 10, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 12, 1), task("1", "31/12/2026", "vhxh"));
        String taskId = taskQuery()
                .processInstanceId(instance(plan).getId())
                .singleResult()
                .getId();
        actAs(head("vhxh"));
        assertThatThrownBy(() -> changes.requestExtension(taskId, LocalDate.of(2027, 1, 15), " "))
                .hasMessageContaining("lý do");
        assertThatThrownBy(() -> changes.requestExtension(taskId, LocalDate.of(2026, 12, 20), "x"))
                .hasMessageContaining("phải sau hạn hiện tại");
        actAs(head("kinh-te"));
        assertThatThrownBy(() -> changes.requestExtension(taskId, LocalDate.of(2027, 1, 15), "x"))
                .hasMessageContaining("cơ quan chủ trì");
    }

    private ProcessInstance request(ProcessInstance work, String office, LocalDate date, String reason) {
        Task carryOut = taskQuery()
                .processInstanceId(work.getId())
                .taskCandidateGroup(office(office))
                .singleResult();
        actAs(head(office));
        long id = changes.requestExtension(carryOut.getId(), date, reason);
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("DeadlineExtension")
                .processInstanceBusinessKey(String.valueOf(id))
                .singleResult();
    }

    private ProcessInstance instance(long plan) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "1"))
                .singleResult();
    }

    private long assignmentId(ProcessInstance work) {
        return jdbc.sql("select id from assignment where plan_task_id = ?")
                .param(Long.parseLong(work.getBusinessKey()))
                .query(Long.class)
                .single();
    }

    private List<String> decisionNotices(long plan) {
        return jdbc.sql("select text from notice where plan_id = ? and kind = 'DECISION'")
                .param(plan)
                .query(String.class)
                .list();
    }

    private Instant timerDue(ProcessInstance pi) {
        return jobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .singleResult()
                .getDuedate()
                .toInstant();
    }

    private static Instant vietnam(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(VietnamTime.ZONE).toInstant();
    }
}
