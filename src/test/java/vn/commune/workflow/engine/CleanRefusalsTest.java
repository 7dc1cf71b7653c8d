package vn.commune.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.plantask.TaskEvidence;

/**
 * Issue #10, point 3: every refusal at the engine's doors is a clean 4xx with a message a person can act on,
 * through the REST API and through Tasklist's API alike, and the refused request changes nothing.
 */
class CleanRefusalsTest extends IntegrationTest {

    private static final String NO_VARIABLES = "{\"variables\":{}}";

    @LocalServerPort
    private int port;

    @Autowired
    private TaskEvidence evidence;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private DataSource dataSource;

    private AppHttp app;
    private long plan;
    private String vhxhTask;

    @BeforeEach
    void connect() throws Exception {
        app = new AppHttp(port);
        plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        vhxhTask = taskOf(plan, "1");
        assertThat(claim(vhxhTask, head("vhxh")).statusCode()).isEqualTo(204);
    }

    @Test
    void completingWithoutEvidenceIs422WithTheReasonThroughRestAndTasklist() throws Exception {
        HttpResponse<String> rest =
                app.postJson("/engine-rest/task/" + vhxhTask + "/complete", head("vhxh"), NO_VARIABLES);
        HttpResponse<String> tasklist = app.webapp(head("vhxh"))
                .engine(
                        "POST",
                        "/task/" + vhxhTask + "/submit-form",
                        "{\"variables\":{\"resultNote\":{\"value\":\"Đã làm\",\"type\":\"String\"}}}");
        for (HttpResponse<String> refused : List.of(rest, tasklist)) {
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(json(refused).get("type").asText()).isEqualTo("InvalidRequestException");
            assertThat(json(refused).get("message").asText()).startsWith("Chưa có minh chứng: hãy tải lên");
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(vhxhTask).count())
                .as("the task stays open")
                .isOne();
    }

    @Test
    void aReviewWithoutDecisionOrAReturnWithoutReasonIs422() throws Exception {
        String review = handIn();
        assertThat(claim(review, head("vp-ubnd")).statusCode()).isEqualTo(204);
        HttpResponse<String> noDecision =
                app.postJson("/engine-rest/task/" + review + "/complete", head("vp-ubnd"), NO_VARIABLES);
        assertThat(noDecision.statusCode()).isEqualTo(422);
        assertThat(json(noDecision).get("message").asText())
                .isEqualTo("Hãy chọn Chấp nhận kết quả hoặc Trả lại cho cơ quan chủ trì.");
        HttpResponse<String> noReason = app.webapp(head("vp-ubnd"))
                .engine(
                        "POST",
                        "/task/" + review + "/submit-form",
                        "{\"variables\":{\"accepted\":{\"value\":false,\"type\":\"Boolean\"},"
                                + "\"returnReason\":{\"value\":\"  \",\"type\":\"String\"}}}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(json(noReason).get("message").asText())
                .isEqualTo("Trả lại kết quả thì phải ghi rõ lý do để cơ quan chủ trì bổ sung.");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review).count())
                .isOne();

        HttpResponse<String> accepted = app.webapp(head("vp-ubnd"))
                .engine(
                        "POST",
                        "/task/" + review + "/submit-form",
                        "{\"variables\":{\"accepted\":{\"value\":true,\"type\":\"Boolean\"}}}");
        assertThat(accepted.statusCode()).isEqualTo(204);
    }

    @Test
    void onlyThoseWhoMayWorkOnATaskHearWhyItIsNotReady() throws Exception {
        // The chairman reads every task but works on none of the offices': the engine refuses him.
        assertThat(app.postJson("/engine-rest/task/" + vhxhTask + "/complete", chairman(), NO_VARIABLES)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> admin = app.postJson("/engine-rest/task/" + vhxhTask + "/complete", "admin", NO_VARIABLES);
        assertThat(admin.statusCode()).isEqualTo(422);
        assertThat(json(admin).get("message").asText()).startsWith("Chưa có minh chứng");
    }

    @Test
    void aTaskListenersRefusalTheEdgeDoesNotKnowIs422Too() throws Exception {
        long dated = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "31/12/2026", "kinh-te"));
        HttpResponse<String> asked = app.postJson(
                "/api/tasks/" + taskOf(dated, "1") + "/extension",
                head("kinh-te"),
                "{\"requestedDate\":\"2027-01-15\",\"reason\":\"Chờ số liệu của tỉnh\"}");
        assertThat(asked.statusCode()).isEqualTo(200);
        String decide = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("Task_DecideExtension")
                .processInstanceBusinessKey(asked.body().replaceAll("\\D", ""))
                .singleResult()
                .getId();
        assertThat(claim(decide, chairman()).statusCode()).isEqualTo(204);
        HttpResponse<String> noDecision =
                app.webapp(chairman()).engine("POST", "/task/" + decide + "/submit-form", NO_VARIABLES);
        assertThat(noDecision.statusCode()).isEqualTo(422);
        assertThat(json(noDecision).get("message").asText()).isEqualTo("Hãy chọn Đồng ý gia hạn hoặc Không đồng ý.");
        HttpResponse<String> badDate = app.postJson(
                "/engine-rest/task/" + decide + "/complete",
                chairman(),
                "{\"variables\":{\"granted\":{\"value\":true},\"newDate\":{\"value\":\"15/01/2027\"}}}");
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(json(badDate).get("message").asText()).startsWith("Hạn mới không hợp lệ: «15/01/2027»");
        assertThat(engine.getTaskService().createTaskQuery().taskId(decide).count())
                .isOne();
    }

    @Test
    void anUnknownOrFinishedTaskIs404() throws Exception {
        String finished = vhxhTask;
        handIn();
        for (String taskId : List.of("khong-co-nhiem-vu-nay", finished)) {
            HttpResponse<String> rest =
                    app.postJson("/engine-rest/task/" + taskId + "/complete", head("vhxh"), NO_VARIABLES);
            HttpResponse<String> tasklist =
                    app.webapp(head("vhxh")).engine("POST", "/task/" + taskId + "/submit-form", NO_VARIABLES);
            HttpResponse<String> claim = claim(taskId, head("vhxh"));
            for (HttpResponse<String> refused : List.of(rest, tasklist, claim)) {
                assertThat(refused.statusCode()).as(taskId).isEqualTo(404);
                assertThat(json(refused).get("message").asText()).isEqualTo(TaskChecks.UNKNOWN_TASK.formatted(taskId));
            }
        }
    }

    @Test
    void ofTwoCompletionsRacingTheLoserGets409() throws Exception {
        uploadEvidence(vhxhTask);
        long assignment = assignments
                .find(Long.parseLong(businessKeyOf(plan, "1")), office("vhxh"))
                .orElseThrow()
                .id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<CompletableFuture<HttpResponse<String>>> racers = new ArrayList<>();
        try (Connection lock = dataSource.getConnection()) {
            // Both completions read the task, then wait on the assignment their task listener updates.
            lock.setAutoCommit(false);
            try (PreparedStatement hold = lock.prepareStatement("select id from assignment where id = ? for update")) {
                hold.setLong(1, assignment);
                hold.executeQuery();
            }
            for (int i = 0; i < 2; i++) {
                racers.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return app.postJson(
                                        "/engine-rest/task/" + vhxhTask + "/complete", head("vhxh"), NO_VARIABLES);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        pool));
            }
            waitForLockWaiters(2);
            lock.rollback();
        } finally {
            pool.shutdown();
        }
        List<Integer> statuses = new ArrayList<>();
        String loserMessage = null;
        for (CompletableFuture<HttpResponse<String>> racer : racers) {
            HttpResponse<String> response = racer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                loserMessage = json(response).get("message").asText();
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        assertThat(loserMessage).isEqualTo(EngineErrors.CONFLICT);
        assertThat(assignments.findById(assignment).orElseThrow().status()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    @Test
    void deletingATaskOfARunningProcessIsRefused() throws Exception {
        HttpResponse<String> officeHead = app.json("DELETE", "/engine-rest/task/" + vhxhTask, head("vhxh"), null);
        assertThat(officeHead.statusCode()).isEqualTo(403);
        HttpResponse<String> admin = app.json("DELETE", "/engine-rest/task/" + vhxhTask, "admin", null);
        assertThat(admin.statusCode()).isEqualTo(409);
        assertThat(json(admin).get("message").asText()).isEqualTo(EngineErrors.PROCESS_TASK);
        assertThat(engine.getTaskService().createTaskQuery().taskId(vhxhTask).count())
                .isOne();
    }

    @Test
    void aModelWithADoctypeOrABrokenExpressionIs400() throws Exception {
        String process = "Co_Doctype_" + UUID.randomUUID().toString().substring(0, 8);
        String doctype = EngineWritePolicyTest.minimalModel(process)
                .replace(
                        "<definitions",
                        "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<definitions");
        HttpResponse<String> refused = app.upload(
                "/engine-rest/deployment/create", "admin", process + ".bpmn", doctype.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("message").asText()).startsWith(EngineErrors.UNREADABLE_MODEL.strip());

        String broken = EngineWritePolicyTest.minimalModel(process)
                .replace(
                        "<sequenceFlow id=\"luong\" sourceRef=\"batDau\" targetRef=\"ketThuc\"/>",
                        "<sequenceFlow id=\"luong\" sourceRef=\"batDau\" targetRef=\"ketThuc\">"
                                + "<conditionExpression>${a ==</conditionExpression></sequenceFlow>");
        assertThat(app.upload(
                                "/engine-rest/deployment/create",
                                "admin",
                                process + ".bpmn",
                                broken.getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(400);
        assertThat(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(process)
                        .count())
                .isZero();
    }

    /** Uploads evidence and completes the office's task; returns the monitoring office's review task. */
    private String handIn() throws Exception {
        uploadEvidence(vhxhTask);
        assertThat(app.postJson("/engine-rest/task/" + vhxhTask + "/complete", head("vhxh"), NO_VARIABLES)
                        .statusCode())
                .isEqualTo(204);
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "1"))
                .taskDefinitionKey("Task_ReviewEvidence")
                .singleResult()
                .getId();
    }

    private void uploadEvidence(String taskId) {
        actAs(head("vhxh"));
        evidence.upload(taskId, "ket-qua.pdf", ("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> claim(String taskId, String user) throws Exception {
        return app.postJson("/engine-rest/task/" + taskId + "/claim", user, "{\"userId\":\"" + user + "\"}");
    }

    private void waitForLockWaiters(int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            long waiting = jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
                    .query(Long.class)
                    .single();
            if (waiting >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the two completions never met at the lock");
    }
}
