package vn.commune.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.demo.DemoPeople;

/** The running app over HTTP: who may see and take which office's tasks, and who may read evidence. */
class LoginAndOfficeBoundariesTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private Communes communes;

    @Autowired
    private DemoPeople people;

    private AppHttp app;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
    }

    @Test
    void withoutLoginEverythingAnswers401() throws Exception {
        for (String path : List.of(
                "/engine-rest/task",
                "/api/plans",
                "/api/tasks/x",
                "/api/evidence/1",
                "/api/calendar/days-off?year=2026")) {
            assertThat(app.get(path, null).statusCode()).as(path).isEqualTo(401);
        }
        // A wrong password makes the engine hold that user back for a few seconds: use one no other test needs.
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/engine-rest/task"))
                                .header("Authorization", AppHttp.basic(head("thon"), "sai-mat-khau")))
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> page = app.send(
                HttpRequest.newBuilder(app.uri("/camunda/app/tasklist/")).header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void anOfficeHeadListsAndClaimsOwnTasksButNotAnotherOfficesOnes() throws Exception {
        long plan = createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 1, 5),
                task("1", "Thường xuyên", "vhxh"),
                task("2", "Thường xuyên", "kinh-te"));
        String vhxhTask = taskOf(plan, "1");
        String kinhTeTask = taskOf(plan, "2");

        HttpResponse<String> list = app.get("/engine-rest/task?maxResults=1000", head("vhxh"));
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> visible = new ArrayList<>();
        json(list).forEach(t -> visible.add(t.get("id").asText()));
        assertThat(visible).contains(vhxhTask).doesNotContain(kinhTeTask);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskIdIn(visible.toArray(String[]::new))
                        .taskCandidateGroup(office("vhxh"))
                        // Tasks other tests left claimed are offered to the office too.
                        .includeAssignedTasks()
                        .count())
                .as("every task truong.vhxh sees is offered to Văn hóa - Xã hội")
                .isEqualTo(visible.size());

        assertThat(claim(kinhTeTask, head("vhxh")).statusCode()).isEqualTo(403);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(kinhTeTask)
                        .singleResult()
                        .getAssignee())
                .isNull();
        assertThat(claim(vhxhTask, head("vhxh")).statusCode()).isEqualTo(204);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(vhxhTask)
                        .singleResult()
                        .getAssignee())
                .isEqualTo(head("vhxh"));
    }

    @Test
    void tasklistRefusesAnotherOfficesTaskToo() throws Exception {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "kinh-te"));
        String kinhTeTask = taskOf(plan, "1");
        HttpResponse<String> claim = app.webapp(head("vhxh"))
                .engine("POST", "/task/" + kinhTeTask + "/claim", "{\"userId\":\"" + head("vhxh") + "\"}");
        assertThat(claim.statusCode()).isEqualTo(403);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(kinhTeTask)
                        .singleResult()
                        .getAssignee())
                .isNull();
    }

    @Test
    void evidenceIsCheckedBeforeStorageAndReadableByReviewerAndChairmanOnly() throws Exception {
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        String taskId = taskOf(plan, "1");
        String upload = "/api/tasks/" + taskId + "/evidence";
        byte[] pdf = ("%PDF-1.7\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> fake = app.upload(upload, head("vhxh"), "bien-ban.docx", pdf);
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(json(fake).get("message").asText()).contains("không đúng định dạng .docx");
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        HttpResponse<String> tooBig = app.upload(upload, head("vhxh"), "scan.pdf", big);
        assertThat(tooBig.statusCode()).isEqualTo(422);
        assertThat(json(tooBig).get("message").asText()).contains("quá lớn");
        assertThat(app.upload(upload, head("kinh-te"), "ket-qua.pdf", pdf).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from evidence where camunda_task_id = ?")
                        .param(taskId)
                        .query(Long.class)
                        .single())
                .as("nothing refused was stored")
                .isZero();

        HttpResponse<String> ok = app.upload(upload, head("vhxh"), "ket-qua.pdf", pdf);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode stored = json(ok);
        assertThat(stored.get("uploadedBy").asText()).isEqualTo(head("vhxh"));
        assertThat(stored.get("sha256").asText()).hasSize(64);

        String download = "/api/evidence/" + stored.get("id").asText();
        HttpResponse<byte[]> byChairman = app.getBytes(download, chairman());
        assertThat(byChairman.statusCode()).isEqualTo(200);
        assertThat(byChairman.body()).isEqualTo(pdf);
        assertThat(app.get(download, head("vp-ubnd")).statusCode())
                .as("the monitoring office")
                .isEqualTo(200);
        assertThat(app.get(download, head("kinh-te")).statusCode()).isEqualTo(403);
    }

    @Test
    void anotherCommunesPeopleNeitherSeeNorTouchThisCommunesWork() throws Exception {
        // A second commune with the same offices: its people differ from this class's only by their commune.
        Commune other = new Commune(commune + "-khac", "Xã Khác", null, "khac." + user(""));
        if (!communes.exists(other.id())) {
            people.create(other);
        }
        String otherHead = other.qualify(DemoPeople.headOf("vhxh"));
        String otherChairman = other.qualify(DemoPeople.CHAIRMAN);
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        String vhxhTask = taskOf(plan, "1");
        byte[] pdf = ("%PDF-1.7\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> stored = app.upload("/api/tasks/" + vhxhTask + "/evidence", head("vhxh"), "kq.pdf", pdf);
        assertThat(stored.statusCode()).isEqualTo(200);

        List<String> visible = new ArrayList<>();
        json(app.get("/engine-rest/task?maxResults=1000", otherHead))
                .forEach(t -> visible.add(t.get("id").asText()));
        assertThat(visible).as("the same office of another commune").doesNotContain(vhxhTask);
        assertThat(claim(vhxhTask, otherHead).statusCode())
                .as("no such task for them")
                .isEqualTo(404);
        assertThat(app.upload("/api/tasks/" + vhxhTask + "/evidence", otherHead, "kq.pdf", pdf)
                        .statusCode())
                .isBetween(400, 499);
        for (String reader : List.of(otherHead, otherChairman)) {
            assertThat(app.get("/api/plans/" + plan, reader).statusCode())
                    .as(reader)
                    .isBetween(400, 499);
            assertThat(app.get("/api/evidence/" + json(stored).get("id").asText(), reader)
                            .statusCode())
                    .as(reader)
                    .isBetween(400, 499);
        }
        // A dashboard is always of the caller's own commune: another commune's plan counts nothing in it.
        JsonNode dashboard = json(app.get("/api/dashboard?plan=" + plan, otherChairman));
        dashboard.get("byOffice").forEach(o -> {
            assertThat(o.get("office").asText()).startsWith(other.idPrefix());
            assertThat(o.get("ongoing").asInt()).isZero();
        });
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(vhxhTask)
                        .singleResult()
                        .getAssignee())
                .isNull();
    }

    private HttpResponse<String> claim(String taskId, String user) throws Exception {
        return app.postJson("/engine-rest/task/" + taskId + "/claim", user, "{\"userId\":\"" + user + "\"}");
    }
}
