package vn.commune.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.office.OfficeDirectory;

/**
 * Issue #10, point 6: an office head makes the engine writes their work needs and no other; the administrator
 * keeps every write; a claim taken by mistake is released by the one who took it; the password policy is on.
 */
class EngineWritePolicyTest extends IntegrationTest {

    /** A second member of Văn hóa - Xã hội, without e-mail so that no other test's mail changes. */
    private final String colleague = user("pho.vhxh");

    @LocalServerPort
    private int port;

    @Autowired
    private OfficeDirectory directory;

    private AppHttp app;
    private String vhxhTask;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
        directory.createDemoUser(colleague, "Phó", "Văn hóa - Xã hội", null, "demo", office("vhxh"));
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        vhxhTask = taskOf(plan, "1");
    }

    /** The model the administrator deploys here is the test's: other tests see only the product's models. */
    @AfterEach
    void undeployTestModels() {
        var repository = engine.getRepositoryService();
        repository.createProcessDefinitionQuery().list().stream()
                .filter(d -> d.getKey().startsWith("Thu_Nghiem_"))
                .map(d -> d.getDeploymentId())
                .distinct()
                .forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void anOfficeHeadCannotSignalStartDeployOrTouchAccountsAndTheAdministratorCan() throws Exception {
        String process = "Thu_Nghiem_" + UUID.randomUUID().toString().substring(0, 8);
        String user = "tam.thoi." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(app.postJson(
                                "/engine-rest/user/create",
                                "admin",
                                "{\"profile\":{\"id\":\"" + user + "\",\"firstName\":\"Tạm\",\"lastName\":\"Thời\","
                                        + "\"email\":\"" + user + "@example.org\"},"
                                        + "\"credentials\":{\"password\":\"Mat-khau-2026!\"}}")
                        .statusCode())
                .isEqualTo(204);

        Map<String, Write> writes = new LinkedHashMap<>();
        writes.put("signal", write("POST", "/signal", "{\"name\":\"tin-hieu-thu\"}"));
        writes.put("message", write("POST", "/message", "{\"messageName\":\"thong-diep-thu\",\"all\":true}"));
        writes.put(
                "deployment",
                as -> app.upload(
                        "/engine-rest/deployment/create",
                        as,
                        process + ".bpmn",
                        minimalModel(process).getBytes(StandardCharsets.UTF_8)));
        writes.put("process start", write("POST", "/process-definition/key/" + process + "/start", "{}"));
        writes.put(
                "profile and e-mail change",
                write(
                        "PUT",
                        "/user/" + user + "/profile",
                        "{\"id\":\"" + user + "\",\"firstName\":\"Tạm\",\"lastName\":\"Thời\","
                                + "\"email\":\"khac@example.org\"}"));
        writes.put(
                "group create",
                write("POST", "/group/create", "{\"id\":\"nhom-" + user + "\",\"name\":\"Nhóm thử\",\"type\":\"X\"}"));
        writes.put(
                "authorization create",
                write(
                        "POST",
                        "/authorization/create",
                        "{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"" + user
                                + "\",\"resourceType\":2,\"resourceId\":\"" + office("vhxh") + "\"}"));
        writes.put("user delete", write("DELETE", "/user/" + user, null));

        for (var write : writes.entrySet()) {
            HttpResponse<String> refused = write.getValue().as(head("vhxh"));
            assertThat(refused.statusCode()).as(write.getKey()).isEqualTo(403);
            assertThat(json(refused).get("type").asText()).isEqualTo("AuthorizationException");
            assertThat(json(refused).get("message").asText()).as(write.getKey()).startsWith("Vai trò của bạn");
        }
        assertThat(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(process)
                        .count())
                .isZero();
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId(user)
                        .singleResult()
                        .getEmail())
                .isEqualTo(user + "@example.org");
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupId("nhom-" + user)
                        .count())
                .isZero();

        for (var write : writes.entrySet()) {
            HttpResponse<String> done = write.getValue().as("admin");
            assertThat(done.statusCode()).as(write.getKey()).isBetween(200, 204);
        }
        assertThat(engine.getRuntimeService()
                                .createProcessInstanceQuery()
                                .processDefinitionKey(process)
                                .count()
                        + engine.getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .processDefinitionKey(process)
                                .count())
                .isPositive();
        assertThat(engine.getIdentityService().createUserQuery().userId(user).count())
                .isZero();
    }

    @Test
    void anOfficeHeadCannotDeleteTheirOwnAccountOrChangeTheirEmail() throws Exception {
        String profile = "{\"id\":\"" + head("vhxh") + "\",\"firstName\":\"Trưởng\",\"lastName\":\"VHXH\","
                + "\"email\":\"tu-doi@example.org\"}";
        assertThat(app.json("PUT", "/engine-rest/user/" + head("vhxh") + "/profile", head("vhxh"), profile)
                        .statusCode())
                .isEqualTo(403);
        assertThat(app.webapp(head("vhxh"))
                        .engine("PUT", "/user/" + head("vhxh") + "/profile", profile)
                        .statusCode())
                .as("through the Welcome page's profile form")
                .isEqualTo(403);
        assertThat(app.json("DELETE", "/engine-rest/user/" + head("vhxh"), head("vhxh"), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId(head("vhxh"))
                        .singleResult()
                        .getEmail())
                .isEqualTo(emailOf(head("vhxh")));

        // The engine no longer gives a person every right on their own account: no deletion behind the edge either.
        var authorizations = engine.getAuthorizationService();
        assertThat(authorizations.isUserAuthorized(
                        colleague, List.of(office("vhxh")), Permissions.DELETE, Resources.USER, colleague))
                .isFalse();
        assertThat(authorizations.isUserAuthorized(
                        colleague, List.of(office("vhxh")), Permissions.READ, Resources.USER, colleague))
                .isTrue();
    }

    @Test
    void aPersonChangesTheirOwnPasswordOnlyAndOnlyToAStrongOne() throws Exception {
        String person = "doi.mat.khau." + UUID.randomUUID().toString().substring(0, 8);
        directory.createDemoUser(person, "Đổi", "Mật khẩu", null, "demo", office("vhxh"));
        String weak = "{\"password\":\"abc\",\"authenticatedUserPassword\":\"demo\"}";
        HttpResponse<String> refused = app.json("PUT", "/engine-rest/user/" + person + "/credentials", person, weak);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("message").asText()).isEqualTo(EngineErrors.WEAK_PASSWORD);
        assertThat(app.json(
                                "PUT",
                                "/engine-rest/user/" + head("vhxh") + "/credentials",
                                person,
                                "{\"password\":\"Mat-khau-2026!\",\"authenticatedUserPassword\":\"demo\"}")
                        .statusCode())
                .as("someone else's password")
                .isEqualTo(403);
        assertThat(app.get("/engine-rest/identity/password-policy", person).statusCode())
                .as("the policy is on")
                .isEqualTo(200);

        String strong = "Van-hoa-2026!";
        assertThat(app.json(
                                "PUT",
                                "/engine-rest/user/" + person + "/credentials",
                                person,
                                "{\"password\":\"" + strong + "\",\"authenticatedUserPassword\":\"demo\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(engine.getIdentityService().checkPassword(person, strong)).isTrue();
    }

    @Test
    void aClaimTakenByMistakeIsReleasedByTheOneWhoTookItOnly() throws Exception {
        assertThat(claim(vhxhTask, head("vhxh")).statusCode()).isEqualTo(204);
        assertThat(unclaim(vhxhTask, colleague).statusCode())
                .as("a colleague of the same office")
                .isEqualTo(403);
        assertThat(unclaim(vhxhTask, chairman()).statusCode())
                .as("the chairman")
                .isEqualTo(403);
        assertThat(assignee()).isEqualTo(head("vhxh"));

        assertThat(unclaim(vhxhTask, head("vhxh")).statusCode()).isEqualTo(204);
        assertThat(assignee()).isNull();

        // Now the colleague claims it; the first head no longer holds the right to release it.
        assertThat(app.webapp(colleague)
                        .engine("POST", "/task/" + vhxhTask + "/claim", "{\"userId\":\"" + colleague + "\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(unclaim(vhxhTask, head("vhxh")).statusCode()).isEqualTo(403);
        assertThat(app.webapp(colleague)
                        .engine("POST", "/task/" + vhxhTask + "/unclaim", null)
                        .statusCode())
                .as("through Tasklist")
                .isEqualTo(204);
        assertThat(assignee()).isNull();
    }

    @Test
    void oneClaimsForOneselfAndHandsTasksToNoOneElse() throws Exception {
        HttpResponse<String> forAnother = claim(vhxhTask, head("vhxh"), colleague);
        assertThat(forAnother.statusCode()).isEqualTo(403);
        assertThat(json(forAnother).get("message").asText()).isEqualTo(WritePolicy.CLAIM_FOR_SELF_ONLY);
        assertThat(claim(vhxhTask, head("vhxh")).statusCode()).isEqualTo(204);
        for (String handOver : List.of("/assignee", "/delegate")) {
            assertThat(app.postJson(
                                    "/engine-rest/task/" + vhxhTask + handOver,
                                    head("vhxh"),
                                    "{\"userId\":\"" + colleague + "\"}")
                            .statusCode())
                    .as(handOver)
                    .isEqualTo(403);
        }
        assertThat(app.postJson(
                                "/engine-rest/task/" + vhxhTask + "/identity-links",
                                head("vhxh"),
                                "{\"groupId\":\"" + office("kinh-te") + "\",\"type\":\"candidate\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(assignee()).isEqualTo(head("vhxh"));
    }

    private String assignee() {
        return engine.getTaskService()
                .createTaskQuery()
                .taskId(vhxhTask)
                .singleResult()
                .getAssignee();
    }

    private HttpResponse<String> claim(String taskId, String user) throws Exception {
        return claim(taskId, user, user);
    }

    private HttpResponse<String> claim(String taskId, String user, String forUser) throws Exception {
        return app.postJson("/engine-rest/task/" + taskId + "/claim", user, "{\"userId\":\"" + forUser + "\"}");
    }

    private HttpResponse<String> unclaim(String taskId, String user) throws Exception {
        return app.postJson("/engine-rest/task/" + taskId + "/unclaim", user, "");
    }

    private Write write(String method, String path, String body) {
        return as -> app.json(method, "/engine-rest" + path, as, body);
    }

    static String minimalModel(String processId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="thu-nghiem">
                  <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="batDau"/>
                    <sequenceFlow id="luong" sourceRef="batDau" targetRef="ketThuc"/>
                    <endEvent id="ketThuc"/>
                  </process>
                </definitions>
                """.formatted(processId);
    }

    /** One engine write, sent as the given user. */
    private interface Write {
        HttpResponse<String> as(String user) throws Exception;
    }
}
