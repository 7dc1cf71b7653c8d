package vn.commune.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.DatabaseFault;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.plantask.TaskEvidence;

/** The audit trail over HTTP: who did what, from where, how it ended; readable and exportable by the administrator. */
class AuditTrailTest extends IntegrationTest {

    private static final String NO_VARIABLES = "{\"variables\":{}}";

    @LocalServerPort
    private int port;

    @Autowired
    private AuditRetention retention;

    @Autowired
    private TaskEvidence evidence;

    private AppHttp app;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
    }

    @Test
    void failedLoginsAreRecordedWithTheirAddressAndOutcome() throws Exception {
        String intruder = "ke-gian-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> form = app.send(HttpRequest.newBuilder(app.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + intruder + "&password=doan-bua")));
        assertThat(form.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        HttpResponse<String> basic = app.send(HttpRequest.newBuilder(app.uri("/engine-rest/task"))
                .header("Authorization", AppHttp.basic(intruder, "doan-bua-lan-hai")));
        assertThat(basic.statusCode()).isEqualTo(401);

        List<JsonNode> rows = events("user=" + intruder);
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("kind").asText()).isEqualTo("LOGIN");
            assertThat(row.get("outcome").asText()).isEqualTo("REFUSED");
            assertThat(row.get("address").asText()).isEqualTo("127.0.0.1");
        });
        assertThat(rows)
                .extracting(row -> row.get("detail").asText())
                .anySatisfy(d -> assertThat(d).startsWith("Trang đăng nhập"))
                .anySatisfy(d -> assertThat(d).startsWith("HTTP Basic"));

        long before = basicLogins(head("kinh-te"));
        app.get("/api/me", head("kinh-te"));
        app.get("/api/me", head("kinh-te"));
        assertThat(basicLogins(head("kinh-te")) - before)
                .as("HTTP Basic authenticates each call; the login is written once an hour per person and address")
                .isLessThanOrEqualTo(1);
        assertThat(basicLogins(head("kinh-te"))).isPositive();
    }

    @Test
    void anOfficeHeadCannotReadTheTrailAndTheRefusalIsRecorded() throws Exception {
        HttpResponse<String> page = app.get("/api/audit", head("vhxh"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(json(page).get("message").asText()).isEqualTo("Chỉ quản trị hệ thống xem được nhật ký hệ thống.");
        assertThat(app.get("/api/audit.csv", head("vhxh")).statusCode()).isEqualTo(403);
        HttpResponse<String> signal = app.postJson("/engine-rest/signal", head("vhxh"), "{\"name\":\"x\"}");
        assertThat(signal.statusCode()).isEqualTo(403);
        assertThat(app.get("/api/audit", null).statusCode()).isEqualTo(401);

        List<JsonNode> denied = events("user=" + head("vhxh") + "&kind=ACCESS_DENIED");
        assertThat(denied)
                .extracting(row -> row.get("detail").asText())
                .contains("GET /api/audit → 403", "GET /api/audit.csv → 403", "POST /engine-rest/signal → 403");
        assertThat(denied).allSatisfy(row -> {
            assertThat(row.get("outcome").asText()).isEqualTo("REFUSED");
            assertThat(row.get("address").asText()).isEqualTo("127.0.0.1");
        });
        assertThat(events("kind=ACCESS_DENIED"))
                .as("an anonymous 401 has no user")
                .anySatisfy(row -> {
                    assertThat(row.get("userId").isNull()).isTrue();
                    assertThat(row.get("detail").asText()).isEqualTo("GET /api/audit → 401");
                });
    }

    @Test
    void anUploadACompletionADownloadAndAReviewAreRecordedWithTheirUser() throws Exception {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        String carryOut = taskOf(plan, "1");
        HttpResponse<String> uploaded =
                app.upload("/api/tasks/" + carryOut + "/evidence", head("vhxh"), "Báo cáo kết quả.pdf", pdf());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        long evidenceId = json(uploaded).get("id").asLong();
        assertThat(app.postJson("/engine-rest/task/" + carryOut + "/complete", head("vhxh"), NO_VARIABLES)
                        .statusCode())
                .isEqualTo(204);
        assertThat(app.getBytes("/api/evidence/" + evidenceId, head("vp-ubnd")).statusCode())
                .isEqualTo(200);
        String review = taskOf(plan, "1");
        assertThat(app.postJson(
                                "/engine-rest/task/" + review + "/complete",
                                head("vp-ubnd"),
                                "{\"variables\":{\"accepted\":{\"value\":true}}}")
                        .statusCode())
                .isEqualTo(204);

        List<String> officeHead = summaries(events("user=" + head("vhxh")));
        assertThat(officeHead)
                .contains(
                        "EVIDENCE_UPLOAD OK minh chứng " + evidenceId + ", task " + carryOut + " " + commune
                                + " Báo cáo kết quả.pdf (" + pdf().length + " byte)",
                        "TASK_COMPLETED OK task " + carryOut + " Task_CarryOut, hồ sơ " + businessKeyOf(plan, "1") + " "
                                + commune + " " + taskName(carryOut));
        List<String> monitor = summaries(events("user=" + head("vp-ubnd")));
        assertThat(monitor)
                .contains("EVIDENCE_DOWNLOAD OK minh chứng " + evidenceId + " " + commune + " Báo cáo kết quả.pdf")
                .anySatisfy(s -> assertThat(s).startsWith("TASK_COMPLETED OK task " + review + " Task_ReviewEvidence"))
                .anySatisfy(s -> assertThat(s)
                        .startsWith("REVIEW OK phần việc ")
                        .endsWith(", task " + review + " " + commune + " Chấp nhận kết quả"));
        assertThat(events("user=" + head("vhxh") + "&kind=EVIDENCE_UPLOAD"))
                .first()
                .satisfies(row -> assertThat(row.get("address").asText()).isEqualTo("127.0.0.1"));
    }

    @Test
    void theCsvExportHasEveryRowOfTheFilterForExcel() throws Exception {
        String deployment = "/engine-rest/deployment/" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            assertThat(app.json("DELETE", deployment, head("tram-y-te"), null).statusCode())
                    .isEqualTo(403);
        }
        HttpResponse<byte[]> csv =
                app.getBytes("/api/audit.csv?user=" + head("tram-y-te") + "&kind=ACCESS_DENIED", "admin");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "\"Thời gian\",\"Người dùng\",\"Địa chỉ\",\"Loại\",\"Kết quả\",\"Đối tượng\",\"Xã\",\"Chi tiết\"");
        assertThat(lines.subList(1, lines.size()))
                .filteredOn(line -> line.contains(deployment))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line)
                        .matches("\"\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d\",\"" + Pattern.quote(head("tram-y-te"))
                                + "\",\"127.0.0.1\","
                                + "\"Bị từ chối truy cập\",\"Bị từ chối\",\"" + deployment + "\",,\"DELETE "
                                + deployment
                                + " → 403\""));
    }

    @Test
    void aValueThatLooksLikeAFormulaIsExportedAsText() throws Exception {
        String user = "=HYPERLINK(\"ke-gian\")";
        app.send(
                HttpRequest.newBuilder(app.uri("/engine-rest/task")).header("Authorization", AppHttp.basic(user, "x")));
        String text =
                new String(app.getBytes("/api/audit.csv?kind=LOGIN", "admin").body(), StandardCharsets.UTF_8);
        assertThat(text).contains(",\"'=HYPERLINK(\"\"ke-gian\"\")\",");
    }

    @Test
    void identityChangesThroughTheEngineAreRecordedWithTheirOutcome() throws Exception {
        String group = "nhom-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"id\":\"" + group + "\",\"name\":\"Nhóm thử\",\"type\":\"OFFICE\"}";
        assertThat(app.postJson("/engine-rest/group/create", head("vhxh"), body).statusCode())
                .isEqualTo(403);
        assertThat(app.postJson("/engine-rest/group/create", "admin", body).statusCode())
                .isEqualTo(204);
        assertThat(app.json("DELETE", "/engine-rest/group/" + group, "admin", null)
                        .statusCode())
                .isEqualTo(204);

        assertThat(summaries(events("kind=ADMIN_CHANGE")))
                .contains(
                        "ADMIN_CHANGE REFUSED /engine-rest/group/create null POST /engine-rest/group/create → 403",
                        "ADMIN_CHANGE OK /engine-rest/group/create null POST /engine-rest/group/create → 204",
                        "ADMIN_CHANGE OK /engine-rest/group/" + group + " null DELETE /engine-rest/group/" + group
                                + " → 204");
        assertThat(events("kind=ADMIN_CHANGE&user=" + head("vhxh")))
                .extracting(row -> row.get("detail").asText())
                .contains("POST /engine-rest/group/create → 403");

        String other = group + "-admin";
        AppHttp.Webapp admin = app.webapp("admin");
        assertThat(admin.engine("POST", "/group/create", body.replace(group, other))
                        .statusCode())
                .isEqualTo(204);
        assertThat(admin.engine("DELETE", "/group/" + other, null).statusCode()).isEqualTo(204);
        assertThat(events("kind=ADMIN_CHANGE&user=admin"))
                .as("the Camunda Admin webapp's way in")
                .extracting(row -> row.get("detail").asText())
                .contains(
                        "POST /camunda/api/engine/engine/default/group/create → 204",
                        "DELETE /camunda/api/engine/engine/default/group/" + other + " → 204");
    }

    @Test
    void theProductsOwnAdministrativeChangesAreRecorded() throws Exception {
        JsonNode entry =
                json(app.get("/api/calendar/entries?year=2026", "admin")).get(0);
        assertThat(app.postJson("/api/calendar/entries", "admin", entry.toString())
                        .statusCode())
                .isEqualTo(200);
        String collectives = app.get("/api/collectives", chairman()).body();
        assertThat(app.putJson("/api/collectives", chairman(), collectives).statusCode())
                .isEqualTo(200);

        assertThat(summaries(events("kind=ADMIN_CHANGE&user=admin")))
                .contains("ADMIN_CHANGE OK lịch ngày nghỉ " + entry.get("date").asText() + " null "
                        + entry.get("kind").asText() + ": " + entry.get("name").asText());
        assertThat(summaries(events("kind=ADMIN_CHANGE&user=" + chairman())))
                .anySatisfy(s -> assertThat(s).startsWith("ADMIN_CHANGE OK cụm từ chỉ nhiều cơ quan " + commune + " "));
    }

    @Test
    void aPlanImportIsRecordedAndAPreviewIsNot() throws Exception {
        String file = "ke-hoach-" + UUID.randomUUID() + ".csv";
        byte[] csv = "STT;Tên nhiệm vụ;Đơn vị chủ trì;Thời hạn\n1;Rà soát hộ nghèo;Công an xã;31/12/2026\n"
                .getBytes(StandardCharsets.UTF_8);
        String path = "/api/plans/import?monitoringOffice=" + office("vp-ubnd") + "&allowDuplicate=true";
        assertThat(app.upload(path + "&dryRun=true", chairman(), file, csv).statusCode())
                .isEqualTo(200);
        HttpResponse<String> created = app.upload(path, chairman(), file, csv);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long plan = json(created).get("id").asLong();

        assertThat(events("kind=PLAN_IMPORT&user=" + chairman()))
                .filteredOn(row -> row.get("target").asText().equals("kế hoạch " + plan))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("communeId").asText()).isEqualTo(commune);
                    assertThat(row.get("detail").asText())
                            .startsWith(file + ": ")
                            .endsWith("(1 nhiệm vụ)");
                });
        assertThat(events("kind=PLAN_IMPORT&user=" + chairman()))
                .as("the preview stored nothing, and is not an import")
                .filteredOn(row -> row.get("detail").asText().startsWith(file + ": "))
                .hasSize(1);
    }

    @Test
    void rowsOlderThanTheRetentionArePurged() throws Exception {
        String user = "cu-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        for (Duration age : List.of(Duration.ofDays(366), Duration.ofDays(364))) {
            jdbc.sql("insert into audit_event(occurred_at, user_id, kind, outcome) values (?, ?, 'LOGIN', 'OK')")
                    .params(Timestamp.from(now.minus(age)), user)
                    .update();
        }
        assertThat(retention.purge()).isPositive();
        List<JsonNode> left = events("user=" + user);
        assertThat(left)
                .as("P365D by default: the row of 364 days ago stays")
                .singleElement()
                .satisfies(row ->
                        assertThat(Instant.parse(row.get("at").asText())).isAfter(now.minus(Duration.ofDays(365))));
    }

    @Test
    void anActThatRollsBackLeavesNoAuditRow() {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "kinh-te"));
        String carryOut = taskOf(plan, "1");
        actAs(head("kinh-te"));
        evidence.upload(carryOut, "ket-qua.pdf", pdf());
        // The database fails when the completion is written, after the audit row: the whole act must roll back.
        try (var fault = DatabaseFault.on(jdbc, "insert", "act_ru_task", "mất kết nối")) {
            assertThatThrownBy(() -> engine.getTaskService().complete(carryOut)).hasStackTraceContaining("mất kết nối");
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(carryOut).count())
                .isOne();
        assertThat(jdbc.sql("select kind from audit_event where target like ?")
                        .param("%task " + carryOut + "%")
                        .query(String.class)
                        .list())
                .as("the upload committed on its own; the completion left nothing")
                .containsExactly("EVIDENCE_UPLOAD");
    }

    /** The administrator's view of the trail, every page, for this filter. */
    private List<JsonNode> events(String query) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = app.get("/api/audit?" + query + "&page=" + page, "admin");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = json(response);
            body.get("events").forEach(rows::add);
            if ((page + 1) * body.get("pageSize").asInt() >= body.get("total").asInt()) {
                return rows;
            }
        }
    }

    private long basicLogins(String user) throws Exception {
        return events("user=" + user + "&kind=LOGIN").stream()
                .filter(row -> row.get("outcome").asText().equals("OK")
                        && row.get("detail").asText().equals("HTTP Basic"))
                .count();
    }

    private static List<String> summaries(List<JsonNode> rows) {
        return rows.stream()
                .map(r -> r.get("kind").asText() + " " + r.get("outcome").asText() + " "
                        + r.get("target").asText() + " " + r.get("communeId").asText() + " "
                        + r.get("detail").asText())
                .toList();
    }

    private String taskName(String taskId) {
        return engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .singleResult()
                .getName();
    }

    private static byte[] pdf() {
        return "%PDF-1.4 kết quả thực hiện".getBytes(StandardCharsets.UTF_8);
    }
}
