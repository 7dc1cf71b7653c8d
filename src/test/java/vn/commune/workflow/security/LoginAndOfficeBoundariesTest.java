package vn.commune.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.IntegrationTest;

/** The running app over HTTP: who may see and take which office's tasks, and who may read evidence. */
class LoginAndOfficeBoundariesTest extends IntegrationTest {

    @LocalServerPort
    private int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void withoutLoginEverythingAnswers401() throws Exception {
        // A wrong password makes the engine hold that user back for a few seconds: use one no other test needs.
        for (String path : List.of("/engine-rest/task", "/api/plans", "/api/tasks/x", "/api/evidence/1")) {
            assertThat(http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as(path).isEqualTo(401);
        }
        assertThat(send(get("/engine-rest/task").header("Authorization", basic("truong.thon", "sai-mat-khau"))).statusCode())
                .isEqualTo(401);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void anOfficeHeadListsAndClaimsOwnTasksButNotAnotherOfficesOnes() throws Exception {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"), task("2", "Thường xuyên", "kinh-te"));
        String vhxhTask = taskOf(plan, "1");
        String kinhTeTask = taskOf(plan, "2");

        HttpResponse<String> list = send(get("/engine-rest/task?maxResults=1000").header("Authorization", basic("truong.vhxh", "demo")));
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> visible = new ArrayList<>();
        json.readTree(list.body()).forEach(t -> visible.add(t.get("id").asText()));
        assertThat(visible).contains(vhxhTask).doesNotContain(kinhTeTask);
        assertThat(engine.getTaskService().createTaskQuery().taskIdIn(visible.toArray(String[]::new)).taskCandidateGroup("vhxh").count())
                .as("every task truong.vhxh sees is offered to Văn hóa - Xã hội").isEqualTo(visible.size());

        assertThat(claim(kinhTeTask, "truong.vhxh").statusCode()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(kinhTeTask).singleResult().getAssignee()).isNull();
        assertThat(claim(vhxhTask, "truong.vhxh").statusCode()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(vhxhTask).singleResult().getAssignee()).isEqualTo("truong.vhxh");
    }

    @Test
    void tasklistRefusesAnotherOfficesTaskToo() throws Exception {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "kinh-te"));
        String kinhTeTask = taskOf(plan, "1");
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        String form = "username=truong.vhxh&password=demo";
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> app = browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(app.statusCode()).isEqualTo(200);
        String csrf = app.headers().firstValue("X-XSRF-TOKEN").orElseThrow();

        HttpResponse<String> claim = browser.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/" + kinhTeTask + "/claim"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"truong.vhxh\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(claim.statusCode()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(kinhTeTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void evidenceIsCheckedBeforeStorageAndReadableByReviewerAndChairmanOnly() throws Exception {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        String taskId = taskOf(plan, "1");
        byte[] pdf = ("%PDF-1.7\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> fake = upload(taskId, "truong.vhxh", "bien-ban.docx", pdf);
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(json.readTree(fake.body()).get("message").asText()).contains("không đúng định dạng .docx");
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        HttpResponse<String> tooBig = upload(taskId, "truong.vhxh", "scan.pdf", big);
        assertThat(tooBig.statusCode()).isEqualTo(422);
        assertThat(json.readTree(tooBig.body()).get("message").asText()).contains("quá lớn");
        assertThat(upload(taskId, "truong.kinh-te", "ket-qua.pdf", pdf).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from evidence where camunda_task_id = ?").param(taskId).query(Long.class).single())
                .as("nothing refused was stored").isZero();

        HttpResponse<String> ok = upload(taskId, "truong.vhxh", "ket-qua.pdf", pdf);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode stored = json.readTree(ok.body());
        assertThat(stored.get("uploadedBy").asText()).isEqualTo("truong.vhxh");
        assertThat(stored.get("sha256").asText()).hasSize(64);

        String download = "/api/evidence/" + stored.get("id").asText();
        HttpResponse<byte[]> byChairman = http.send(get(download).header("Authorization", basic("chutich", "demo")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(byChairman.statusCode()).isEqualTo(200);
        assertThat(byChairman.body()).isEqualTo(pdf);
        assertThat(send(get(download).header("Authorization", basic("truong.vp-ubnd", "demo"))).statusCode()).as("the monitoring office").isEqualTo(200);
        assertThat(send(get(download).header("Authorization", basic("truong.kinh-te", "demo"))).statusCode()).isEqualTo(403);
    }

    private String taskOf(long plan, String number) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKeyOf(plan, number)).singleResult().getId();
    }

    private HttpResponse<String> claim(String taskId, String user) throws Exception {
        return send(HttpRequest.newBuilder(uri("/engine-rest/task/" + taskId + "/claim"))
                .header("Authorization", basic(user, "demo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + user + "\"}")));
    }

    private HttpResponse<String> upload(String taskId, String user, String fileName, byte[] content) throws Exception {
        String boundary = "----" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/tasks/" + taskId + "/evidence"))
                .header("Authorization", basic(user, "demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
