package vn.commune.workflow.reportperiod;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.morninground.MorningRounds;
import vn.commune.workflow.plantask.TaskEvidence;
import vn.commune.workflow.reportdocument.ConsolidatedReport;

/**
 * A plan's life, day by day, from its issue on 15/9/2025 to the end of 2026, on real PostgreSQL with real
 * SMTP: which report tasks were created, which emails went to whom on which day, and what each
 * consolidated report says. Tết Bính Ngọ (16–20/2/2026) and weekends move deadlines and reminders.
 */
class SimulatedYearTest extends IntegrationTest {

    private final String chairmanMail = emailOf(chairman());
    private final String monitorMail = emailOf(head("vp-ubnd"));
    private final String congAnMail = emailOf(head("cong-an"));

    @Autowired
    private ReportingScheduler scheduler;

    @Autowired
    private ReportPeriods periods;

    @Autowired
    private ReportBuilder reports;

    @Autowired
    private TaskEvidence evidence;

    private long plan;
    private final Map<LocalDate, List<String>> mail = new TreeMap<>();

    @Test
    void aPlansLifeFromIssueToTheEndOfTheNextYear() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2025, 9, 15, 9, 0));
        plan = createPlan(
                "vp-ubnd",
                LocalDate.of(2025, 9, 15),
                task("1", "Quý IV/2025", "vhxh"),
                task("2", "Thường xuyên", "kinh-te"),
                task("3", "15/02/2026", "cong-an"));

        for (LocalDate day = LocalDate.of(2025, 9, 15);
                !day.isAfter(LocalDate.of(2026, 12, 31));
                day = day.plusDays(1)) {
            live(day);
        }

        assertThat(reportTasks()).containsExactlyInAnyOrderElementsOf(expectedReportTasks());
        assertThat(mail.entrySet().stream()
                        .flatMap(e -> e.getValue().stream()
                                .filter(m -> m.contains("[Nhắc việc]"))
                                .map(m -> e.getKey() + " " + m.substring(0, m.indexOf(' ')))))
                .as("at most one reminder email per person per day")
                .doesNotHaveDuplicates();
        Map<String, Long> perPersonAndDay = mail.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(m -> e.getKey() + " " + m.substring(0, m.indexOf(' '))))
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
        long most = perPersonAndDay.values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        System.out.println("Most emails one person received on one day over the simulated year: " + most);
        assertThat(most).as("emails per person per day").isLessThanOrEqualTo(2);

        // Task 3 is due Sunday 15/2/2026, the day before Tết: its deadline moves to Monday 23/2, and both
        // reminders (16/2 in Tết, Sunday 22/2) go on Friday 13/2, in one email.
        assertThat(mail.get(LocalDate.of(2026, 2, 13)))
                .containsExactly(congAnMail + " [Nhắc việc] 13/02/2026: 1 việc cần chú ý");
        assertThat(mail.get(LocalDate.of(2026, 2, 24)))
                .as("the morning after the deadline: the escalation, and Công an's digest with its late task")
                .containsExactlyInAnyOrder(
                        chairmanMail + " [Quá hạn] Nhiệm vụ 3 - Công an xã - hạn 23/02/2026",
                        monitorMail + " [Quá hạn] Nhiệm vụ 3 - Công an xã - hạn 23/02/2026",
                        congAnMail + " [Nhắc việc] 24/02/2026: 1 việc cần chú ý");
        assertThat(mail.get(LocalDate.of(2026, 3, 2)))
                .as("the one Monday with overdue work")
                .containsExactly(chairmanMail + " [Tổng hợp quá hạn] Tuần 02/03/2026: 1 phần việc quá hạn");
        assertThat(allMail().filter(m -> m.contains("[Tổng hợp quá hạn]"))).hasSize(1);
        assertThat(mail.get(LocalDate.of(2026, 3, 11)))
                .as("Công an's February report missing at the cutoff")
                .containsExactlyInAnyOrder(
                        chairmanMail + " [Thiếu báo cáo] KH-" + planNumberSuffix()
                                + " - tháng 2/2026: 1 cơ quan chưa nộp",
                        monitorMail + " [Thiếu báo cáo] KH-" + planNumberSuffix()
                                + " - tháng 2/2026: 1 cơ quan chưa nộp");
        assertThat(allMail().filter(m -> m.contains("[Quá hạn]")))
                .as("task 1 was done on time")
                .hasSize(2);
        assertThat(allMail().filter(m -> m.contains("[Thiếu báo cáo]"))).hasSize(2);

        // Reminders of a report not yet in: the 5th and the 8th, on the working day before when off.
        // March 2026: Thursday the 5th and (the 8th a Sunday) Friday the 6th, both before the offices report on the
        // 7th.
        String kinhTe = emailOf(head("kinh-te"));
        assertThat(mail.get(LocalDate.of(2026, 3, 5)))
                .containsExactlyInAnyOrder(
                        congAnMail + " [Nhắc việc] 05/03/2026: 1 việc cần chú ý",
                        kinhTe + " [Nhắc việc] 05/03/2026: 1 việc cần chú ý");
        assertThat(mail.get(LocalDate.of(2026, 3, 6)))
                .containsExactlyInAnyOrder(
                        congAnMail + " [Nhắc việc] 06/03/2026: 1 việc cần chú ý",
                        kinhTe + " [Nhắc việc] 06/03/2026: 1 việc cần chú ý");
        // November 2025: the 8th is a Saturday, so the second reminder goes on Friday the 7th at 08:00, before the
        // reports.
        assertThat(mail.get(LocalDate.of(2025, 11, 7))).hasSize(3);
        assertThat(mail.get(LocalDate.of(2025, 11, 10)))
                .as("no reminder once every report is in")
                .isNull();

        Map<String, ReportPeriods.Period> byMonth = periods.forPlan(plan).stream()
                .collect(Collectors.toMap(p -> p.month().toString(), p -> p));
        assertThat(byMonth).hasSize(15);
        assertThat(byMonth.values()).allMatch(p -> "APPROVED".equals(p.status()));
        assertThat(byMonth.get("2025-09").label()).isEqualTo("quý III/2025");
        assertThat(byMonth.get("2025-12").label()).isEqualTo("năm 2025");
        assertThat(byMonth.get("2026-06").label()).isEqualTo("6 tháng đầu năm 2026");
        assertThat(byMonth.get("2025-12").effectiveDueDate())
                .as("Saturday 10/1/2026 is worked, in exchange for Friday 2/1")
                .isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(byMonth.get("2026-04").effectiveDueDate())
                .as("Sunday 10/5/2026 moves to Monday")
                .isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(sentence(byMonth.get("2025-09"))).isEqualTo("hoàn thành 0/2 nhiệm vụ, đạt 0%");
        assertThat(sentence(byMonth.get("2025-12"))).isEqualTo("hoàn thành 1/2 nhiệm vụ, đạt 50%");
        assertThat(sentence(byMonth.get("2026-02"))).isEqualTo("hoàn thành 1/2 nhiệm vụ, đạt 50%");
        assertThat(reports.report(byMonth.get("2026-02")).count(vn.commune.workflow.plan.TaskStatus.OVERDUE))
                .isEqualTo(1);
        assertThat(sentence(byMonth.get("2026-03"))).isEqualTo("hoàn thành 2/2 nhiệm vụ, đạt 100%");
        assertThat(reports.report(byMonth.get("2026-03")).count(vn.commune.workflow.plan.TaskStatus.DONE_LATE))
                .isEqualTo(1);
        assertThat(periods.officeReport(byMonth.get("2026-02").id(), office("cong-an"))
                        .status())
                .isEqualTo("LATE");
    }

    /** One day: periods open at night, report reminders are due at 07:00, the morning round at 08:00, people act. */
    private void live(LocalDate day) {
        at(day, 0, 5);
        scheduler.openDuePeriods(commune);
        runDueJobs(instances());
        at(day, 8, 0);
        runDueJobs(instances());
        MorningRounds.run(engine);
        at(day, 10, 0);
        if (day.getDayOfMonth() == 7) {
            submitReports(day);
        }
        if (day.equals(LocalDate.of(2026, 3, 12))) {
            submitReports(day);
        }
        if (day.equals(LocalDate.of(2025, 12, 20))) {
            finish("1", "vhxh");
        }
        if (day.equals(LocalDate.of(2026, 3, 2))) {
            finish("3", "cong-an");
        }
        at(day, 14, 0);
        acceptResults();
        if (day.getDayOfMonth() == 12) {
            consolidateAndApprove();
        }
        deliverDueMail();
        try {
            for (MimeMessage m : receivedMail()) {
                mail.computeIfAbsent(day, d -> new ArrayList<>())
                        .add(m.getRecipients(Message.RecipientType.TO)[0] + " " + m.getSubject());
            }
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Offices report on the 7th; Công an forgets February and reports it late, on 12/3/2026. */
    private void submitReports(LocalDate day) {
        for (Task task : tasks("ReportPeriod").stream()
                .filter(t -> t.getTaskDefinitionKey().startsWith("Task_Submit"))
                .toList()) {
            ReportPeriods.Period p = periods.find(Long.parseLong(businessKey(task)));
            String office = (String) engine.getTaskService().getVariable(task.getId(), "office");
            boolean forgets = office.equals(office("cong-an"))
                    && p.month().equals(YearMonth.of(2026, 2))
                    && day.getMonthValue() == 3
                    && day.getDayOfMonth() == 7;
            if (forgets) {
                continue;
            }
            ReportPeriods.OfficeReport report = periods.officeReport(p.id(), office);
            periods.items(report.id())
                    .forEach(i -> periods.saveItem(report.id(), i.assignmentId(), "Tiến độ " + p.label(), false, null));
            engine.getTaskService().complete(task.getId());
        }
    }

    private void finish(String number, String office) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, number))
                .taskDefinitionKey("Task_CarryOut")
                .singleResult();
        actAs(head(office));
        evidence.upload(task.getId(), "ket-qua.pdf", "%PDF-1.4 kết quả".getBytes());
        engine.getTaskService().complete(task.getId(), Map.of("resultNote", "Hoàn thành"));
    }

    private void acceptResults() {
        tasks("PlanTask").stream()
                .filter(t -> t.getTaskDefinitionKey().equals("Task_ReviewEvidence"))
                .forEach(t -> engine.getTaskService().complete(t.getId(), Map.of("accepted", true)));
    }

    private void consolidateAndApprove() {
        for (Task t : tasks("ReportPeriod").stream()
                .filter(t -> t.getTaskDefinitionKey().equals("Task_ConsolidateReports"))
                .toList()) {
            engine.getTaskService().complete(t.getId(), Map.of("remarks", "Các cơ quan thực hiện đúng kế hoạch."));
        }
        for (Task t : tasks("ReportPeriod").stream()
                .filter(t -> t.getTaskDefinitionKey().equals("Task_ApproveReport"))
                .toList()) {
            engine.getTaskService().complete(t.getId(), Map.of("approved", true));
        }
        var management = engine.getManagementService();
        management
                .createJobQuery()
                .tenantIdIn(commune)
                .activityId("Task_ProduceReport")
                .list()
                .forEach(j -> management.executeJob(j.getId()));
    }

    private List<String> reportTasks() {
        return engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processDefinitionKey("ReportPeriod")
                .taskDefinitionKeyIn("Task_SubmitReport", "Task_SubmitLateReport")
                .list()
                .stream()
                .filter(t -> periodIds().contains(businessKeyOfInstance(t)))
                .map(t -> periods.find(Long.parseLong(businessKeyOfInstance(t))).month() + " "
                        + code(engine.getHistoryService()
                                .createHistoricIdentityLinkLogQuery()
                                .taskId(t.getId())
                                .type("candidate")
                                .list()
                                .get(0)
                                .getGroupId())
                        + (t.getTaskDefinitionKey().equals("Task_SubmitLateReport") ? " late" : ""))
                .toList();
    }

    private static List<String> expectedReportTasks() {
        List<String> expected = new ArrayList<>();
        for (String month : List.of("2025-09", "2025-10", "2025-11", "2025-12")) {
            expected.addAll(List.of(month + " vhxh", month + " kinh-te", month + " cong-an"));
        }
        for (String month : List.of("2026-01", "2026-02", "2026-03")) {
            expected.addAll(List.of(month + " kinh-te", month + " cong-an"));
        }
        expected.add("2026-02 cong-an late");
        for (int m = 4; m <= 11; m++) {
            expected.add(YearMonth.of(2026, m) + " kinh-te");
        }
        // The half-year report covers January to June: Công an finished task 3 in March, so it reports then too.
        expected.add("2026-06 cong-an");
        return expected;
    }

    private String sentence(ReportPeriods.Period p) {
        ConsolidatedReport report = reports.report(p);
        return report.completionSentence();
    }

    private List<String> instances() {
        List<String> keys = new ArrayList<>();
        Stream.of("1", "2", "3").forEach(n -> keys.add(businessKeyOf(plan, n)));
        List<String> ids = new ArrayList<>();
        for (String key : keys) {
            engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(key)
                    .processDefinitionKey("PlanTask")
                    .list()
                    .forEach(pi -> ids.add(pi.getId()));
        }
        for (String period : periodIds()) {
            engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(period)
                    .processDefinitionKey("ReportPeriod")
                    .list()
                    .forEach(pi -> ids.add(pi.getId()));
        }
        return ids;
    }

    private List<String> periodIds() {
        return periods.forPlan(plan).stream().map(p -> String.valueOf(p.id())).toList();
    }

    private List<Task> tasks(String processKey) {
        return instances().stream()
                .flatMap(pi -> engine.getTaskService().createTaskQuery().processInstanceId(pi).list().stream())
                .filter(t -> t.getProcessDefinitionId().startsWith(processKey + ":"))
                .toList();
    }

    private String businessKey(Task task) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
    }

    private String businessKeyOfInstance(HistoricTaskInstance t) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(t.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
    }

    private String planNumberSuffix() {
        return jdbc.sql("select number from plan where id = ?")
                .param(plan)
                .query(String.class)
                .single()
                .substring(3);
    }

    private Stream<String> allMail() {
        return mail.values().stream().flatMap(List::stream);
    }

    private static void at(LocalDate day, int hour, int minute) {
        EngineClock.setVietnamTime(day.atTime(hour, minute));
    }
}
