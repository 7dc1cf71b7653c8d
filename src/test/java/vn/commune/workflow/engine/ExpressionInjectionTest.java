package vn.commune.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.plantask.TaskEvidence;

/**
 * Issue #10, point 1: no request makes the engine evaluate an expression (JUEL runs Java code). Each way in is
 * tried with an expression whose evaluation would leave a mark (a system property of this JVM, the app's), and
 * must be refused with 400 before the engine sees it.
 */
class ExpressionInjectionTest extends IntegrationTest {

    /** The attack of the issue, word for word: it works on the engine as it comes, through orQueries. */
    private static final String ISSUE_ATTACK = "{\"orQueries\":[{\"assigneeExpression\":\"${''.getClass()"
            + ".forName('java.lang.Runtime').getRuntime().availableProcessors() > 0 ? 'x' : 'y'}\"}]}";

    @LocalServerPort
    private int port;

    @Autowired
    private TaskEvidence evidence;

    private AppHttp app;
    private String vhxhTask;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        vhxhTask = taskOf(plan, "1");
    }

    /** An expression that, evaluated, sets a system property of the app's JVM (this JVM), and its name. */
    private static String[] probe() {
        String property = "commune.probe." + UUID.randomUUID();
        return new String[] {"${environment.systemProperties.put('" + property + "', 'ran')}", property};
    }

    @Test
    void theOrQueriesAttackIsRefusedBeforeTheEngineEvaluatesIt() throws Exception {
        HttpResponse<String> attack = app.postJson("/engine-rest/task", head("vhxh"), ISSUE_ATTACK);
        assertRefused(attack);

        // The engine alone evaluates an expression in an "or" query: the probe leaves its mark...
        String[] engineProbe = probe();
        catchThrowable(() -> engine.getTaskService()
                .createTaskQuery()
                .or()
                .taskAssigneeExpression(engineProbe[0])
                .endOr()
                .list());
        assertThat(System.getProperty(engineProbe[1]))
                .as("the engine evaluates nested expressions: what the edge must stop")
                .isEqualTo("ran");
        // ...and over HTTP it leaves none.
        String[] httpProbe = probe();
        assertRefused(app.postJson(
                "/engine-rest/task",
                head("vhxh"),
                "{\"orQueries\":[{\"assigneeExpression\":\"" + httpProbe[0] + "\"}]}"));
        assertThat(System.getProperty(httpProbe[1])).as("never evaluated").isNull();
    }

    @Test
    void everyWayInIsRefused() throws Exception {
        String filterId = productFilter("Việc của phòng").getId();
        JsonNode storedQuery = storedQuery(filterId);
        List<String> properties = new ArrayList<>();
        List<Runnable> checks = new ArrayList<>();
        record Way(String name, HttpResponse<String> response) {}
        List<Way> ways = new ArrayList<>();

        String[] p = probe();
        properties.add(p[1]);
        ways.add(
                new Way("query parameter", app.get("/engine-rest/task?assigneeExpression=" + url(p[0]), head("vhxh"))));
        p = probe();
        properties.add(p[1]);
        ways.add(new Way(
                "orQueries as a query parameter",
                app.get(
                        "/engine-rest/task?orQueries=" + url("[{\"assigneeExpression\":\"" + p[0] + "\"}]"),
                        head("vhxh"))));
        p = probe();
        properties.add(p[1]);
        ways.add(new Way(
                "JSON escapes of ${",
                app.postJson(
                        "/engine-rest/task",
                        head("vhxh"),
                        "{\"orQueries\":[{\"assigneeExpression\":\"" + escaped(p[0]) + "\"}]}")));
        p = probe();
        properties.add(p[1]);
        ways.add(new Way(
                "escaped key name",
                app.postJson(
                        "/engine-rest/task",
                        head("vhxh"),
                        "{\"orQueries\":[{\"assignee\\u0045xpression\":\"" + escaped(p[0]) + "\"}]}")));
        p = probe();
        properties.add(p[1]);
        ways.add(new Way(
                "#{ instead of ${",
                app.postJson(
                        "/engine-rest/task/count",
                        head("vhxh"),
                        "{\"orQueries\":[{\"assigneeExpression\":\"" + p[0].replace("${", "#{") + "\"}]}")));
        p = probe();
        properties.add(p[1]);
        ways.add(new Way(
                "Tasklist's engine API",
                app.webapp(head("vhxh"))
                        .engine("POST", "/task", "{\"orQueries\":[{\"assigneeExpression\":\"" + p[0] + "\"}]}")));
        p = probe();
        properties.add(p[1]);
        ways.add(new Way(
                "a filter's list, with an extending query",
                app.postJson(
                        "/engine-rest/filter/" + filterId + "/list",
                        head("vhxh"),
                        "{\"orQueries\":[{\"candidateGroupExpression\":\"" + p[0] + "\"}]}")));
        p = probe();
        properties.add(p[1]);
        ways.add(new Way(
                "history task query",
                app.postJson("/engine-rest/history/task", head("vhxh"), "{\"taskAssignee\":\"" + p[0] + "\"}")));
        p = probe();
        properties.add(p[1]);
        ways.add(new Way(
                "process-instance query",
                app.postJson("/engine-rest/process-instance", chairman(), "{\"businessKey\":\"" + p[0] + "\"}")));

        String name = "Bộ lọc có biểu thức " + UUID.randomUUID();
        ways.add(new Way(
                "filter create, even by the administrator",
                app.postJson(
                        "/engine-rest/filter/create",
                        "admin",
                        "{\"resourceType\":\"Task\",\"name\":\"" + name
                                + "\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}")));
        checks.add(() -> assertThat(engine.getFilterService()
                        .createFilterQuery()
                        .filterName(name)
                        .count())
                .as("no filter stored")
                .isZero());
        ways.add(new Way(
                "filter update, even by the administrator",
                app.json(
                        "PUT",
                        "/engine-rest/filter/" + filterId,
                        "admin",
                        "{\"resourceType\":\"Task\",\"name\":\"Việc của phòng\","
                                + "\"query\":{\"candidateGroupsExpression\":\"${currentUserGroups()}\","
                                + "\"assigneeExpression\":\"${currentUser()}\"}}")));
        checks.add(
                () -> assertThat(storedQuery(filterId)).as("filter unchanged").isEqualTo(storedQuery));

        for (Way way : ways) {
            assertThat(way.response().statusCode()).as(way.name()).isEqualTo(400);
            JsonNode body = json(way.response());
            assertThat(body.get("type").asText()).as(way.name()).isEqualTo("InvalidRequestException");
            assertThat(body.get("message").asText()).as(way.name()).isEqualTo(ExpressionGuard.REFUSED);
        }
        for (String property : properties) {
            assertThat(System.getProperty(property)).as("never evaluated").isNull();
        }
        checks.forEach(Runnable::run);
    }

    @Test
    void aBodyDeclaredJsonThatIsNotIsRefused() throws Exception {
        HttpResponse<String> broken = app.postJson("/engine-rest/task", head("vhxh"), "{\"orQueries\":[");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).get("message").asText()).isEqualTo(ExpressionGuard.NOT_JSON);
        HttpResponse<String> viaTasklist = app.webapp(head("vhxh")).engine("POST", "/task", "not json");
        assertThat(viaTasklist.statusCode()).isEqualTo(400);
    }

    @Test
    void theProductsOwnFiltersStillWorkForAnOfficeHeadInTasklist() throws Exception {
        AppHttp.Webapp tasklist = app.webapp(head("vhxh"));
        HttpResponse<String> filters = tasklist.engine("GET", "/filter?resourceType=Task&itemCount=true", null);
        assertThat(filters.statusCode()).isEqualTo(200);
        String officeFilter = null;
        for (JsonNode f : json(filters)) {
            if (f.get("name").asText().equals("Việc của phòng")) {
                officeFilter = f.get("id").asText();
                assertThat(f.get("itemCount").asInt()).isPositive();
            }
        }
        assertThat(officeFilter).isNotNull();
        // The body Tasklist sends.
        HttpResponse<String> list = tasklist.engine(
                "POST",
                "/filter/" + officeFilter + "/list?firstResult=0&maxResults=15",
                "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}");
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(list).forEach(t -> ids.add(t.get("id").asText()));
        assertThat(ids).contains(vhxhTask);
    }

    @Test
    void whatAPersonWritesIsDataEvenIfItLooksLikeAnExpression() throws Exception {
        assertThat(app.postJson(
                                "/engine-rest/task/" + vhxhTask + "/claim",
                                head("vhxh"),
                                "{\"userId\":\"" + head("vhxh") + "\"}")
                        .statusCode())
                .isEqualTo(204);
        actAs(head("vhxh"));
        evidence.upload(vhxhTask, "ket-qua.pdf", ("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        String note = "Đã chi ${soTien} đồng theo mục #{3} của kế hoạch";
        HttpResponse<String> done = app.webapp(head("vhxh"))
                .engine(
                        "POST",
                        "/task/" + vhxhTask + "/submit-form",
                        "{\"variables\":{\"resultNote\":{\"value\":\"" + note + "\",\"type\":\"String\"}}}");
        assertThat(done.statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("select result_note from assignment where current_task_id = ?")
                        .param(vhxhTask)
                        .query(String.class)
                        .single())
                .isEqualTo(note);
    }

    private Filter productFilter(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    }

    private JsonNode storedQuery(String filterId) {
        try {
            return json(app.get("/engine-rest/filter/" + filterId, "admin")).get("query");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(json(response).get("message").asText()).isEqualTo(ExpressionGuard.REFUSED);
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every character as a JSON unicode escape: "${" becomes "\u0024\u007b". */
    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }
}
