package vn.commune.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.demo.DemoPeople;
import vn.commune.workflow.plan.PlanDraft;

/**
 * Two communes on one deployment: a person of commune A — its chairman, its office head — reaches nothing of
 * commune B through the app's API, the engine's REST API or Tasklist's, whatever id they guess.
 */
class CommuneIsolationTest extends IntegrationTest {

    private static final Commune A = new Commune("iso-a", "Xã An", null, "isoa.");
    private static final Commune B = new Commune("iso-b", "Xã Bình", null, "isob.");
    private static final List<String> INTRUDERS = List.of("isoa.chutich", "isoa.truong.kinh-te");

    @LocalServerPort
    private int port;

    @Autowired
    private Communes communes;

    @Autowired
    private DemoPeople people;

    private AppHttp app;

    /** What commune B has, as ids an intruder might guess. */
    private long planB;

    private long planTaskB;
    private long assignmentB;
    private String taskB;
    private String instanceB;
    private long evidenceB;

    @BeforeEach
    void twoCommunes() throws Exception {
        app = new AppHttp(port);
        for (Commune commune : List.of(A, B)) {
            if (!communes.exists(commune.id())) {
                people.create(commune);
            }
        }
        planOf(A);
        planB = planOf(B);
        planTaskB = jdbc.sql("select id from plan_task where plan_id = ?")
                .param(planB)
                .query(Long.class)
                .single();
        assignmentB = jdbc.sql("select id from assignment where plan_task_id = ?")
                .param(planTaskB)
                .query(Long.class)
                .single();
        var task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(planTaskB))
                .singleResult();
        taskB = task.getId();
        instanceB = task.getProcessInstanceId();
        HttpResponse<String> uploaded = app.upload(
                "/api/tasks/" + taskB + "/evidence",
                "isob.truong.kinh-te",
                "bao-cao.pdf",
                "%PDF-1.4 báo cáo xã Bình".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        evidenceB = jdbc.sql("select id from evidence where camunda_task_id = ?")
                .param(taskB)
                .query(Long.class)
                .single();
    }

    @Test
    void theAppsApiShowsNothingOfAnotherCommune() throws Exception {
        for (String user : INTRUDERS) {
            assertThat(app.get("/api/plans", user).body()).as(user).doesNotContain("Xã Bình", "\"id\":" + planB + ",");
            for (String path : List.of(
                    "/api/plans/" + planB,
                    "/api/plans/" + planB + "/reports",
                    "/api/plans/" + planB + "/indicators",
                    "/api/tasks/" + taskB,
                    "/api/tasks/" + taskB + "/evidence",
                    "/api/evidence/" + evidenceB,
                    "/api/assignments/" + assignmentB + "/actions",
                    "/api/assignments/" + assignmentB + "/deadline-history",
                    "/api/tasks/" + taskB + "/extension-request")) {
                assertThat(app.get(path, user).statusCode())
                        .as(user + " GET " + path)
                        .isIn(403, 404);
            }
            assertThat(app.get("/api/dashboard", user).body()).as(user).doesNotContain("isob.", "Xã Bình");
            assertThat(app.get("/api/offices", user).body()).as(user).doesNotContain("isob.");
            assertThat(app.get("/api/outbox", user).body()).as(user).doesNotContain("isob.");
        }
        for (String path : List.of(
                "/api/assignments/" + assignmentB + "/nudge",
                "/api/assignments/" + assignmentB + "/extend",
                "/api/assignments/" + assignmentB + "/reassign",
                "/api/plan-tasks/" + planTaskB + "/deadline",
                "/api/tasks/" + taskB + "/extension")) {
            HttpResponse<String> write = app.postJson(
                    path, "isoa.chutich", "{\"reason\":\"x\",\"date\":\"2027-01-31\",\"office\":\"isoa.kinh-te\"}");
            assertThat(write.statusCode()).as("POST " + path).isIn(400, 403, 404);
        }
        HttpResponse<String> upload = app.upload(
                "/api/tasks/" + taskB + "/evidence", "isoa.truong.kinh-te", "x.pdf", "%PDF-1.4 x".getBytes());
        assertThat(upload.statusCode()).isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from evidence where camunda_task_id = ?")
                        .param(taskB)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from assignment_action where assignment_id = ?")
                        .param(assignmentB)
                        .query(Long.class)
                        .single())
                .as("nothing done to commune B's task")
                .isZero();
    }

    @Test
    void theEngineRestApiShowsNothingOfAnotherCommune() throws Exception {
        for (String user : INTRUDERS) {
            for (String path : List.of(
                    "/engine-rest/task?maxResults=1000",
                    "/engine-rest/process-instance?maxResults=1000",
                    "/engine-rest/history/process-instance?processInstanceId=" + instanceB,
                    "/engine-rest/history/task?processInstanceId=" + instanceB,
                    "/engine-rest/history/activity-instance?processInstanceId=" + instanceB,
                    "/engine-rest/variable-instance?processInstanceIdIn=" + instanceB,
                    "/engine-rest/history/variable-instance?processInstanceId=" + instanceB,
                    "/engine-rest/job?processInstanceId=" + instanceB,
                    "/engine-rest/incident?processInstanceId=" + instanceB,
                    "/engine-rest/group?maxResults=1000",
                    "/engine-rest/user?maxResults=1000")) {
                HttpResponse<String> answer = app.get(path, user);
                assertThat(answer.statusCode()).as(user + " GET " + path).isIn(200, 403);
                assertThat(answer.body()).as(user + " GET " + path).doesNotContain(taskB, instanceB, "isob.");
            }
            for (String path : List.of("/engine-rest/task/" + taskB, "/engine-rest/process-instance/" + instanceB)) {
                assertThat(app.get(path, user).statusCode())
                        .as(user + " GET " + path)
                        .isIn(403, 404);
            }
            for (String action : List.of("claim", "complete")) {
                HttpResponse<String> write = app.postJson(
                        "/engine-rest/task/" + taskB + "/" + action, user, "{\"userId\":\"" + user + "\"}");
                assertThat(write.statusCode()).as(user + " " + action).isIn(403, 404);
            }
        }
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(taskB)
                        .singleResult()
                        .getAssignee())
                .isNull();
    }

    @Test
    void tasklistShowsNothingOfAnotherCommune() throws Exception {
        AppHttp.Webapp tasklist = app.webapp("isoa.truong.kinh-te");
        HttpResponse<String> list = tasklist.engine("POST", "/task?maxResults=1000", "{}");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).toString()).doesNotContain(taskB);
        assertThat(list.body()).as("commune A's own task is listed").contains("Xã An");
        assertThat(tasklist.engine("GET", "/task/" + taskB, null).statusCode()).isIn(403, 404);
        assertThat(tasklist.engine("POST", "/task/" + taskB + "/claim", "{\"userId\":\"isoa.truong.kinh-te\"}")
                        .statusCode())
                .isIn(403, 404);
        assertThat(tasklist.engine("GET", "/history/task?processInstanceId=" + instanceB, null)
                        .body())
                .doesNotContain(taskB);
    }

    private long planOf(Commune commune) {
        String office = commune.qualify("kinh-te");
        PlanDraft draft = new PlanDraft(
                "KH-ISO-" + commune.id() + "-" + System.nanoTime(),
                LocalDate.of(2026, 1, 5),
                "Kế hoạch của " + commune.name(),
                commune.qualify("vp-ubnd"),
                "test",
                null,
                List.of(new PlanDraft.TaskDraft(
                        "1",
                        "I. Nhiệm vụ",
                        "Nhiệm vụ riêng của " + commune.name(),
                        office,
                        "",
                        "Báo cáo",
                        "Thường xuyên",
                        List.of(office),
                        List.of())),
                List.of());
        return plans.create(commune.id(), draft, "test");
    }
}
