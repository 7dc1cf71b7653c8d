package vn.commune.workflow.reportperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.calendar.VietnamTime;

/** Every path of bpmn/ReportPeriod.bpmn: on time, reminded, late, missing at cutoff, consolidation returned. */
class ReportPeriodProcessTest extends IntegrationTest {

    @Autowired
    private ReportingScheduler scheduler;

    @Autowired
    private ReportPeriods periods;

    @Test
    void reportsOnTimeAreConsolidatedApprovedAndProducedAsDocuments() throws Exception {
        long plan = planWithTwoOffices();
        ProcessInstance pi = openOctober(plan);

        assertThat(pi).isWaitingAt("Task_SubmitReport");
        List<Task> reports = taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey("Task_SubmitReport")
                .list();
        assertThat(reports).hasSize(2);
        assertThat(reports).extracting(Task::getName).allMatch(n -> n.startsWith("Báo cáo tháng 10/2026 - KH-"));
        assertThat(VietnamTime.dateOf(reports.get(0).getDueDate().toInstant())).isEqualTo(LocalDate.of(2026, 11, 10));

        submit(pi, "vhxh", "Đã triển khai");
        submit(pi, "kinh-te", "Đang thực hiện");
        assertThat(pi).isWaitingAt("Task_ConsolidateReports");
        assertThat(taskQuery().processInstanceId(pi.getId()).singleResult()).hasCandidateGroup(office("vp-ubnd"));
        assertThat(periods.officeReports(period(pi).id()))
                .extracting(ReportPeriods.OfficeReport::status)
                .containsOnly("SUBMITTED");

        complete(pi, Map.of("remarks", "Các cơ quan thực hiện nghiêm túc."));
        assertThat(pi).isWaitingAt("Task_ApproveReport");
        assertThat(taskQuery().processInstanceId(pi.getId()).singleResult()).hasCandidateGroup(leadership());
        complete(pi, Map.of("approved", true));
        assertThat(pi).as("the documents are produced by a job of its own").isWaitingAt("Task_ProduceReport");
        produceReport(pi);

        assertThat(pi).hasPassed("Task_ProduceReport").isEnded();
        assertThat(period(pi).status()).isEqualTo("APPROVED");
        String docx;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                        periods.document(period(pi).id(), "docx").orElseThrow()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            docx = text.getText();
        }
        assertThat(docx)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("BÁO CÁO")
                .contains("tháng 10/2026")
                .as("task 1 is one task, though two offices lead it")
                .contains("tổng số nhiệm vụ của kế hoạch: 2, trong đó có thời hạn: 1; hoàn thành 0/1 nhiệm vụ, đạt 0%")
                .contains("Các cơ quan thực hiện nghiêm túc.");
        assertThat(periods.document(period(pi).id(), "xlsx")).isPresent();
    }

    @Test
    void officesAreRemindedOnWorkingDaysOnlyUntilTheirReportIsIn() {
        long plan = planWithTwoOffices();
        ProcessInstance pi = openOctober(plan);
        assertThat(timers(pi)).containsOnly(vietnam(2026, 11, 5, 7), vietnam(2026, 11, 11, 0));

        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 5, 7, 0));
        runDue(pi);
        assertThat(reportNotices(plan)).containsExactlyInAnyOrder(head("vhxh"), head("kinh-te"));
        submit(pi, "vhxh", "Xong");
        // The 8th is a Sunday: the second reminder goes on Friday the 6th.
        assertThat(timers(pi)).contains(vietnam(2026, 11, 6, 7));
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 6, 7, 0));
        runDue(pi);
        assertThat(reportNotices(plan)).containsExactlyInAnyOrder(head("vhxh"), head("kinh-te"), head("kinh-te"));
    }

    @Test
    void aMissingReportIsEscalatedAtTheCutoffAndCanStillComeInLate() {
        long plan = planWithTwoOffices();
        ProcessInstance pi = openOctober(plan);
        submit(pi, "vhxh", "Xong");

        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 11, 0, 0));
        runDue(pi);

        assertThat(pi)
                .hasPassed("BoundaryEvent_Cutoff", "Task_EscalateMissingReports")
                .isWaitingAt("Task_ConsolidateReports", "Task_SubmitLateReport");
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("Task_SubmitLateReport")
                        .singleResult())
                .hasCandidateGroup(office("kinh-te"));
        assertThat(jdbc.sql(
                                "select recipient || ' ' || subject from outbox_email where kind = 'MISSING_REPORTS' and dedup_key like ?")
                        .param("missing-reports:" + period(pi).id() + ":%")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        emailOf(chairman()) + " [Thiếu báo cáo] " + period(pi).planNumber()
                                + " - tháng 10/2026: 1 cơ quan chưa nộp",
                        emailOf(head("vp-ubnd")) + " [Thiếu báo cáo] "
                                + period(pi).planNumber() + " - tháng 10/2026: 1 cơ quan chưa nộp");

        submitTask(
                taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("Task_SubmitLateReport")
                        .singleResult(),
                "kinh-te",
                "Nộp muộn");
        assertThat(pi)
                .hasPassed("EndEvent_LateReportIn", "EndEvent_LateReportsDone")
                .isWaitingAt("Task_ConsolidateReports");
        assertThat(periods.officeReport(period(pi).id(), office("kinh-te")).status())
                .isEqualTo("LATE");
    }

    @Test
    void lateReportsAreNoLongerTakenOnceTheNextPeriodOpens() {
        // Both offices missed the cutoff: the detour starts where consolidation and late reports part.
        ProcessInstance pi = octoberAt(planWithTwoOffices(), "Gateway_AfterCutoff", "vhxh", "kinh-te");
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("Task_SubmitLateReport")
                        .count())
                .isEqualTo(2);

        EngineClock.setVietnamTime(LocalDateTime.of(2026, 12, 1, 0, 0));
        runDue(pi);

        assertThat(pi).hasPassed("EndEvent_LateReportsClosed").isWaitingAt("Task_ConsolidateReports");
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("Task_SubmitLateReport")
                        .count())
                .isZero();
    }

    @Test
    void aReturnedConsolidationGoesBackWithTheChairmansRemarks() {
        // The detour starts at the consolidation: how the offices' reports came in adds nothing to it.
        ProcessInstance pi = octoberAt(planWithTwoOffices(), ReportPeriodModel.CONSOLIDATE);
        assertThat(pi).isWaitingAt("Task_ConsolidateReports");
        complete(pi, Map.of("remarks", "Sơ bộ"));

        Task approve = taskQuery().processInstanceId(pi.getId()).singleResult();
        assertThatThrownBy(() -> engine.getTaskService().complete(approve.getId(), Map.of("approved", false)))
                .hasMessageContaining("phải ghi ý kiến");
        engine.getTaskService()
                .complete(approve.getId(), Map.of("approved", false, "returnReason", "Bổ sung số liệu phòng Kinh tế"));

        assertThat(pi).isWaitingAt("Task_ConsolidateReports");
        assertThat(period(pi).returnReason()).isEqualTo("Bổ sung số liệu phòng Kinh tế");
        complete(pi, Map.of("remarks", "Đã bổ sung"));
        complete(pi, Map.of("approved", true));
        produceReport(pi);
        assertThat(pi).isEnded();
    }

    @Test
    void aReportWithATaskLeftBlankIsRefused() {
        long plan = planWithTwoOffices();
        ProcessInstance pi = openOctober(plan);
        Task report = taskQuery()
                .processInstanceId(pi.getId())
                .taskCandidateGroup(office("vhxh"))
                .singleResult();

        assertThatThrownBy(() -> engine.getTaskService().complete(report.getId()))
                .hasMessageContaining("Chưa báo cáo tiến độ nhiệm vụ 1");
        assertThat(periods.officeReport(period(pi).id(), office("vhxh")).status())
                .isEqualTo("DUE");
    }

    @Test
    void aPeriodOpensOnceAndNotWhenItsCutoffHasPassed() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 9, 15, 9, 0));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 9, 15), task("1", "31/12/2026", "vhxh"));
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 10, 1, 0, 10));
        List<Long> opened = scheduler.openDuePeriods(commune);
        assertThat(periods.forPlan(plan)).singleElement().satisfies(p -> {
            assertThat(p.kind()).as("September ends the third quarter").isEqualTo(PeriodKind.QUARTER);
            assertThat(p.label()).isEqualTo("quý III/2026");
            assertThat(opened).contains(p.id());
        });
        assertThat(scheduler.openDuePeriods(commune))
                .doesNotContain(periods.forPlan(plan).get(0).id());
        assertThat(periods.forPlan(plan)).hasSize(1);

        long late = createPlan("vp-ubnd", LocalDate.of(2025, 9, 10), task("1", "31/12/2026", "vhxh"));
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 10, 13, 9, 0));
        scheduler.openDuePeriods(commune);
        assertThat(periods.forPlan(late))
                .as("the 12th was the last day to report on September")
                .isEmpty();
    }

    private long planWithTwoOffices() {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 10, 5, 9, 0));
        return createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 10, 5),
                task("1", "31/12/2026", "vhxh", "kinh-te"),
                task("2", "Thường xuyên", "kinh-te"));
    }

    private ProcessInstance openOctober(long plan) {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 1, 0, 5));
        scheduler.openDuePeriods(commune);
        ReportPeriods.Period period = periods.forPlan(plan).get(0);
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("ReportPeriod")
                .processInstanceBusinessKey(String.valueOf(period.id()))
                .singleResult();
    }

    /**
     * October's period of the plan after its cutoff, its process started at the given step instead of at the offices'
     * reports; the given offices' reports are missing.
     */
    private ProcessInstance octoberAt(long plan, String activityId, String... missing) {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 11, 9, 0));
        YearMonth october = YearMonth.of(2026, 10);
        LocalDate due = LocalDate.of(2026, 11, 10);
        long period =
                periods.open(plan, october, PeriodKind.of(october), due, due).orElseThrow();
        for (String office : missing) {
            periods.addOfficeReport(period, office(office));
        }
        periods.markMissing(period);
        ProcessInstance pi = engine.getRuntimeService()
                .createProcessInstanceByKey(ReportPeriodModel.PROCESS_KEY)
                .businessKey(String.valueOf(period))
                .startBeforeActivity(activityId)
                .execute();
        periods.setProcessInstance(period, pi.getId());
        return pi;
    }

    private void submit(ProcessInstance pi, String office, String progress) {
        submitTask(
                taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("Task_SubmitReport")
                        .taskCandidateGroup(office(office))
                        .singleResult(),
                office,
                progress);
    }

    private void submitTask(Task task, String office, String progress) {
        ReportPeriods.OfficeReport report =
                periods.officeReport(period(task.getProcessInstanceId()).id(), office(office));
        periods.items(report.id()).forEach(i -> periods.saveItem(report.id(), i.assignmentId(), progress, false, null));
        engine.getTaskService().complete(task.getId());
    }

    private void produceReport(ProcessInstance pi) {
        execute(jobQuery()
                .processInstanceId(pi.getId())
                .activityId("Task_ProduceReport")
                .singleResult());
    }

    private void complete(ProcessInstance pi, Map<String, Object> variables) {
        engine.getTaskService()
                .complete(
                        taskQuery()
                                .processInstanceId(pi.getId())
                                .taskDefinitionKeyIn("Task_ConsolidateReports", "Task_ApproveReport")
                                .singleResult()
                                .getId(),
                        variables);
    }

    private ReportPeriods.Period period(ProcessInstance pi) {
        return periods.find(Long.parseLong(pi.getBusinessKey()));
    }

    private ReportPeriods.Period period(String processInstanceId) {
        return period(engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult());
    }

    private void runDue(ProcessInstance pi) {
        runDueJobs(List.of(pi.getId()));
    }

    private List<Instant> timers(ProcessInstance pi) {
        return jobQuery().processInstanceId(pi.getId()).timers().list().stream()
                .map(j -> j.getDuedate().toInstant())
                .collect(Collectors.toList());
    }

    private List<String> reportNotices(long plan) {
        return jdbc.sql("select user_id from notice where plan_id = ? and kind = 'REPORT_DUE' order by id")
                .param(plan)
                .query(String.class)
                .list();
    }

    private static Instant vietnam(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(VietnamTime.ZONE).toInstant();
    }
}
