package vn.commune.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.reportperiod.ReportingScheduler;

/** GET /api/dashboard against a plan with known numbers in every status, and the chairman's actions on a late task. */
class DashboardTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private AppHttp app;

    @Autowired
    private ReportingScheduler scheduler;

    private long plan;

    @BeforeEach
    void fixture() {
        app = new AppHttp(port);
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 10, 1, 9, 0));
        plan = createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 10, 1),
                task("1", "31/3/2027", "vhxh"), // chưa đến hạn
                task("2", "10/12/2026", "vhxh"), // đang thực hiện trong hạn
                task("3", "20/11/2026", "vhxh"), // quá hạn 3 ngày
                task("4", "02/11/2026", "kinh-te"), // quá hạn 21 ngày
                task("5", "31/12/2026", "kinh-te"), // hoàn thành đúng hạn
                task("6", "01/11/2026", "kinh-te"), // hoàn thành quá hạn (1/11 is a Sunday: due Monday 2/11)
                task("7", "Thường xuyên", "vhxh"),
                task("8", "Theo chỉ đạo của UBND tỉnh", "vhxh"), // cần định hạn, not ongoing
                task("9", "Định kỳ hằng quý", "kinh-te"), // periodic: ongoing
                task("10", "Giai đoạn 2026-2030", "kinh-te")); // due 31/12/2030: chưa đến hạn
        // October's reports were due on 10/11; neither office sent one.
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 1, 0, 5));
        scheduler.openDuePeriods(commune);
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 23, 9, 0));
        runDueJobs(engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("ReportPeriod")
                .tenantIdIn(commune)
                .list()
                .stream()
                .map(pi -> pi.getId())
                .toList());
        finishAccepted(plan, "5", head("kinh-te"));
        finishAccepted(plan, "6", head("kinh-te"));
    }

    @Test
    void countsEveryStatusPerOfficeAndListsTheMostOverdueFirst() throws Exception {
        HttpResponse<String> response = app.get("/api/dashboard?plan=" + plan, chairman());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode d = json(response);
        assertThat(d.get("asOf").asText()).isEqualTo("2026-11-23");
        JsonNode vhxh = row(d, "vhxh");
        assertThat(List.of(
                        vhxh.get("notDue").asInt(),
                        vhxh.get("onTrack").asInt(),
                        vhxh.get("overdue").asInt(),
                        vhxh.get("doneOnTime").asInt(),
                        vhxh.get("doneLate").asInt(),
                        vhxh.get("ongoing").asInt(),
                        vhxh.get("needsDeadline").asInt(),
                        vhxh.get("missingReports").asInt()))
                .as("the as-directed task needs a deadline and is not ongoing")
                .containsExactly(1, 1, 1, 0, 0, 1, 1, 1);
        JsonNode kinhTe = row(d, "kinh-te");
        assertThat(List.of(
                        kinhTe.get("notDue").asInt(),
                        kinhTe.get("onTrack").asInt(),
                        kinhTe.get("overdue").asInt(),
                        kinhTe.get("doneOnTime").asInt(),
                        kinhTe.get("doneLate").asInt(),
                        kinhTe.get("ongoing").asInt(),
                        kinhTe.get("needsDeadline").asInt(),
                        kinhTe.get("missingReports").asInt()))
                .as("the periodic task is ongoing, the period task not due before 2030")
                .containsExactly(1, 0, 1, 1, 1, 1, 0, 1);
        assertThat(row(d, "cong-an").get("overdue").asInt()).isZero();

        List<String> overdue = new ArrayList<>();
        d.get("overdue")
                .forEach(o -> overdue.add(
                        o.get("office").asText() + " " + o.get("dueDate").asText() + " "
                                + o.get("effectiveDueDate").asText() + " "
                                + o.get("daysLate").asInt()));
        assertThat(overdue)
                .containsExactly(
                        office("kinh-te") + " 2026-11-02 2026-11-02 21", office("vhxh") + " 2026-11-20 2026-11-20 3");
        assertThat(d.get("overdue").get(0).get("taskId").asText()).isNotBlank();

        JsonNode filtered = json(app.get("/api/dashboard?plan=" + plan + "&office=" + office("vhxh"), chairman()));
        assertThat(filtered.get("byOffice")).hasSize(1);
        assertThat(filtered.get("overdue")).hasSize(1);
        assertThat(json(app.get("/api/dashboard?plan=" + plan + "&status=DONE_LATE", chairman()))
                        .get("overdue"))
                .hasSize(1);
        assertThat(app.get("/api/dashboard?status=SOMETHING", chairman()).statusCode())
                .isEqualTo(422);

        // The list comes in pages, most overdue first; the spreadsheet below still has all of it.
        assertThat(d.get("overdueTotal").asInt()).isEqualTo(2);
        JsonNode second = json(app.get("/api/dashboard?plan=" + plan + "&size=1&page=1", chairman()));
        assertThat(second.get("overdueTotal").asInt()).isEqualTo(2);
        assertThat(second.get("overdue")).hasSize(1);
        assertThat(second.get("overdue").get(0).get("office").asText()).isEqualTo(office("vhxh"));
        assertThat(row(second, "kinh-te").get("overdue").asInt())
                .as("the counts are the whole commune's, whatever the page")
                .isOne();
        for (String badPage : List.of("page=-1", "size=0", "size=501")) {
            assertThat(app.get("/api/dashboard?" + badPage, chairman()).statusCode())
                    .as(badPage)
                    .isEqualTo(422);
        }

        HttpResponse<byte[]> xlsx = app.getBytes("/api/dashboard/overdue.xlsx?plan=" + plan, chairman());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("Quá hạn").getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheet("Quá hạn").getRow(1).getCell(6).getNumericCellValue())
                    .isEqualTo(21.0);
        }
    }

    @Test
    void anAsDirectedTaskNeedsADeadlineEverywhereUntilTheChairmanSetsOne() throws Exception {
        JsonNode d = json(app.get("/api/dashboard?plan=" + plan, chairman()));
        assertThat(d.get("needsDeadline")).hasSize(1);
        JsonNode share = d.get("needsDeadline").get(0);
        assertThat(share.get("taskNumber").asText()).isEqualTo("8");
        assertThat(share.get("status").asText()).isEqualTo("Cần định hạn");
        assertThat(json(app.get("/api/dashboard?plan=" + plan + "&status=NEEDS_DEADLINE", chairman()))
                        .get("overdue"))
                .extracting(o -> o.get("taskNumber").asText())
                .containsExactly("8");
        assertThat(statusLabels())
                .containsEntry("7", "Thường xuyên")
                .containsEntry("8", "Cần định hạn")
                .containsEntry("9", "Thường xuyên")
                .containsEntry("10", "Chưa đến hạn");

        assertThat(app.postJson(
                                "/api/plan-tasks/" + businessKeyOf(plan, "8") + "/deadline",
                                chairman(),
                                "{\"date\": \"2026-12-15\", \"note\": \"Theo văn bản của Sở\"}")
                        .statusCode())
                .isEqualTo(200);

        JsonNode after = json(app.get("/api/dashboard?plan=" + plan, chairman()));
        assertThat(after.get("needsDeadline")).isEmpty();
        assertThat(row(after, "vhxh").get("needsDeadline").asInt()).isZero();
        assertThat(row(after, "vhxh").get("onTrack").asInt()).isEqualTo(2);
        assertThat(statusLabels()).containsEntry("8", "Đang thực hiện trong hạn");
    }

    /** The plan page's status word of each task's single office, by task number. */
    private Map<String, String> statusLabels() throws Exception {
        Map<String, String> labels = new java.util.HashMap<>();
        json(app.get("/api/plans/" + plan, chairman()))
                .get("tasks")
                .forEach(t -> labels.put(
                        t.get("number").asText(),
                        t.get("offices").get(0).get("statusLabel").asText()));
        return labels;
    }

    @Test
    void theChairmanNudgesExtendsAndReassignsAndEachActionIsRecorded() throws Exception {
        JsonNode d = json(app.get("/api/dashboard?plan=" + plan, chairman()));
        long kinhTeLate = d.get("overdue").get(0).get("assignmentId").asLong();
        long vhxhLate = d.get("overdue").get(1).get("assignmentId").asLong();

        deliverDueMail();
        greenMail.purgeEmailFromAllMailboxes();
        assertThat(app.postJson("/api/assignments/" + kinhTeLate + "/nudge", head("vhxh"), "{\"note\": \"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(app.postJson(
                                "/api/assignments/" + kinhTeLate + "/nudge",
                                chairman(),
                                "{\"note\": \"Hoàn thành trong tuần này\"}")
                        .statusCode())
                .isEqualTo(200);
        deliverDueMail();
        List<MimeMessage> received = receivedMail();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo(emailOf(head("kinh-te")));
        assertThat(received.get(0).getSubject()).isEqualTo("[Đôn đốc] Nhiệm vụ 4 - Phòng Kinh tế - hạn 02/11/2026");
        assertThat((String) received.get(0).getContent()).contains("Ý kiến chỉ đạo: Hoàn thành trong tuần này");

        assertThat(app.postJson(
                                "/api/assignments/" + kinhTeLate + "/extend",
                                chairman(),
                                "{\"date\": \"2026-12-15\", \"note\": \"Gia hạn\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(app.postJson(
                                "/api/assignments/" + vhxhLate + "/reassign",
                                chairman(),
                                "{\"office\": \"" + office("tt-hcc") + "\", \"note\": \"Chuyển TT HCC\"}")
                        .statusCode())
                .isEqualTo(200);

        JsonNode after = json(app.get("/api/dashboard?plan=" + plan, chairman()));
        assertThat(after.get("overdue")).hasSize(1);
        assertThat(after.get("overdue").get(0).get("office").asText()).isEqualTo(office("tt-hcc"));
        Task moved = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "3"))
                .singleResult();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(moved.getId())
                        .taskCandidateGroup(office("tt-hcc"))
                        .count())
                .isEqualTo(1);
        assertThat(app.postJson(
                                "/engine-rest/task/" + moved.getId() + "/claim",
                                head("vhxh"),
                                "{\"userId\": \"" + head("vhxh") + "\"}")
                        .statusCode())
                .as("the old office no longer has it")
                .isEqualTo(403);
        assertThat(app.postJson(
                                "/engine-rest/task/" + moved.getId() + "/claim",
                                head("tt-hcc"),
                                "{\"userId\": \"" + head("tt-hcc") + "\"}")
                        .statusCode())
                .isEqualTo(204);

        List<String> kinds = new ArrayList<>();
        json(app.get("/api/assignments/" + kinhTeLate + "/actions", chairman()))
                .forEach(a -> kinds.add(
                        a.get("kind").asText() + " " + a.get("actedBy").asText()));
        assertThat(kinds).containsExactly("NUDGE " + chairman(), "EXTEND " + chairman());
    }

    /** The dashboard's row of one office, by its short code. */
    private JsonNode row(JsonNode dashboard, String code) {
        for (JsonNode o : dashboard.get("byOffice")) {
            if (o.get("office").asText().equals(office(code))) {
                return o;
            }
        }
        throw new AssertionError("no office " + code);
    }
}
