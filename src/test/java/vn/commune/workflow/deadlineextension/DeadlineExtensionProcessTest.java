package vn.commune.workflow.deadlineextension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.commune.workflow.DatabaseFault;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.morninground.MorningRounds;
import vn.commune.workflow.plan.PlanQueries;
import vn.commune.workflow.system.Refusal;

/** Every path of bpmn/DeadlineExtension.bpmn, and the morning round and Tasklist following the new date. */
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
        assertThat(work).isWaitingAt("Task_CarryOut");

        ProcessInstance extension = request(work, "vhxh", LocalDate.of(2027, 1, 15), "Chờ số liệu của tỉnh");
        assertThat(extension).isWaitingAt("Task_DecideExtension");
        Task decide = taskQuery().processInstanceId(extension.getId()).singleResult();
        assertThat(decide).hasCandidateGroup(leadership());
        assertThat(decide.getName()).contains("Phòng Văn hóa - Xã hội").contains("31/12/2026 → 15/01/2027");

        engine.getTaskService().complete(decide.getId(), Map.of("granted", true, "decisionNote", "Đồng ý"));
        assertThat(extension).as("the new date is applied by a job of its own").isWaitingAt("Task_ApplyNewDeadline");
        execute(job(extension));
        assertThat(extension).hasPassed("Task_ApplyNewDeadline").isEnded();
        assertThat(firstReminder(plan, LocalDate.of(2026, 12, 2)))
                .as("7 days before 15/1/2027, a Friday")
                .isEqualTo(LocalDate.of(2027, 1, 8));
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

        decide(extension, Map.of("granted", false, "decisionNote", "Phải hoàn thành trong năm"));

        assertThat(extension)
                .hasPassed("Task_NotifyRefusal", "EndEvent_ExtensionRefused")
                .isEnded();
        assertThat(firstReminder(plan, LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 24));
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
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 3, 8, 0));
        MorningRounds.run(engine);
        assertThat(escalations()).as("the chairman and the monitoring office").isEqualTo(2);

        ProcessInstance extension = request(work, "cong-an", LocalDate.of(2026, 12, 18), "Đã xin ý kiến tỉnh");
        decide(extension, Map.of("granted", true, "newDate", "2026-12-16"));

        assertThat(work).isWaitingAt("Task_CarryOut");
        assertThat(firstReminder(plan, LocalDate.of(2026, 12, 4)))
                .as("7 days before the granted 16/12, not the asked 18/12")
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(jdbc.sql("select overdue_from from assignment where id = ?")
                        .param(assignmentId(work))
                        .query(LocalDate.class)
                        .optional())
                .as("no longer late")
                .isEmpty();
        assertThat(escalations()).as("not escalated again").isEqualTo(2);
    }

    @Test
    void aChangeWhileWaitingForTheDeadlineRestartsTheWatch() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 30, 10, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 12, 30), task("1", "31/12/2026", "tt-hcc"));
        ProcessInstance work = instance(plan);
        assertThat(work).isWaitingAt("Task_CarryOut");

        ProcessInstance extension = request(work, "tt-hcc", LocalDate.of(2027, 1, 29), "Chờ phần mềm");
        decide(extension, Map.of("granted", true));

        assertThat(firstReminder(plan, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 22));
    }

    @Test
    void aFailureApplyingTheNewDateBecomesAnIncidentAndKeepsTheDecision() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 10, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 12, 1), task("1", "31/12/2026", "quan-su"));
        ProcessInstance work = instance(plan);
        ProcessInstance extension = request(work, "quan-su", LocalDate.of(2027, 1, 20), "Chờ kinh phí");
        String decide =
                taskQuery().processInstanceId(extension.getId()).singleResult().getId();
        // The database refuses the new date, as a full disk or a lost connection would.
        var management = engine.getManagementService();
        int attempts = 0;
        try (var fault = DatabaseFault.on(jdbc, "update of due_date", "assignment", "ổ đĩa đầy")) {
            engine.getTaskService().complete(decide, Map.of("granted", true, "decisionNote", "Đồng ý"));
            for (var job = job(extension); job.getRetries() > 0; job = job(extension)) {
                String id = job.getId();
                assertThatThrownBy(() -> management.executeJob(id)).hasStackTraceContaining("ổ đĩa đầy");
                attempts++;
            }
        }

        assertThat(attempts).as("R3/PT5M: the first try and its retries").isEqualTo(3);
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(extension.getId())
                        .singleResult()
                        .getActivityId())
                .isEqualTo("Task_ApplyNewDeadline");
        assertThat(taskQuery().processInstanceId(extension.getId()).count())
                .as("the leadership's decision is not undone: nothing to decide again")
                .isZero();
        assertThat(changes.history(assignmentId(work)))
                .singleElement()
                .extracting(DeadlineChanges.Change::decision)
                .isEqualTo("GRANTED");
        assertThat(dueDate(work)).as("the old date still stands").isEqualTo(LocalDate.of(2026, 12, 31));

        // Once the cause is fixed, the administrator retries the job (Cockpit) and the new date applies.
        management.setJobRetries(job(extension).getId(), 1);
        execute(job(extension));
        assertThat(extension).hasPassed("Task_ApplyNewDeadline").isEnded();
        assertThat(dueDate(work)).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void anAsDirectedTaskNeedsADeadlineUntilTheChairmanSetsOne() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 10, 0));
        long plan = createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 12, 1),
                task("1", "Theo chỉ đạo, hướng dẫn của các sở, ngành", "vhxh", "kinh-te"));
        ProcessInstance work = instance(plan);
        assertThat(work).isWaitingAt("Task_CarryOut");
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

        assertThat(firstReminder(plan, LocalDate.of(2026, 12, 2)))
                .as("both offices are reminded of 31/12")
                .isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(jdbc.sql("select count(distinct user_id) from notice where plan_id = ? and kind = 'TASK_DUE_SOON'")
                        .param(plan)
                        .query(Long.class)
                        .single())
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

    /** The leadership's decision, then the job that applies it (a step of its own, after the decision commits). */
    private void decide(ProcessInstance extension, Map<String, Object> decision) {
        engine.getTaskService()
                .complete(
                        taskQuery()
                                .processInstanceId(extension.getId())
                                .singleResult()
                                .getId(),
                        decision);
        execute(job(extension));
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

    /** The day the office's Tasklist task is due, in Vietnam. */
    private LocalDate dueDate(ProcessInstance work) {
        return VietnamTime.dateOf(taskQuery()
                .processInstanceId(work.getId())
                .singleResult()
                .getDueDate()
                .toInstant());
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

    /** The first morning, from {@code from} on, whose round reminds an office of the plan's task. */
    private LocalDate firstReminder(long plan, LocalDate from) {
        for (LocalDate day = from; day.isBefore(from.plusDays(60)); day = day.plusDays(1)) {
            EngineClock.setVietnamTime(day.atTime(8, 0));
            MorningRounds.run(engine);
            if (jdbc.sql("select count(*) from notice where plan_id = ? and kind = 'TASK_DUE_SOON'")
                            .param(plan)
                            .query(Long.class)
                            .single()
                    > 0) {
                return day;
            }
        }
        throw new AssertionError("no reminder within 60 days of " + from);
    }

    private long escalations() {
        return jdbc.sql("select count(*) from outbox_email where kind = 'ESCALATION' and status = 'PENDING'")
                .query(Long.class)
                .single();
    }
}
