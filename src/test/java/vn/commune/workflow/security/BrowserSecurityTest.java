package vn.commune.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;

/**
 * The browser side over HTTP: a foreign site cannot make a logged-in person's browser change anything or log them
 * in, the app's pages and API carry a Content-Security-Policy without inline script, and no page has inline
 * script to need one.
 */
class BrowserSecurityTest extends IntegrationTest {

    private static final String EVIL = "https://evil.example";
    private static final Path STATIC = Path.of("src/main/resources/static");

    @LocalServerPort
    private int port;

    private AppHttp app;
    private String own;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
        own = "http://localhost:" + port;
    }

    @Test
    void aForeignSitePostingWithTheSessionCookieIsRefusedAndChangesNothing() throws Exception {
        long assignment = lateAssignment();
        Browser chairman = loggedIn(chairman());
        String nudge = "/api/assignments/" + assignment + "/nudge";

        HttpResponse<String> forged = chairman.postJson(nudge, "{\"note\":\"giả mạo\"}", "Origin", EVIL);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json(forged).get("message").asText())
                .startsWith("Yêu cầu bị từ chối")
                .contains("chỉ được gửi từ chính các trang của hệ thống")
                .contains(EVIL);
        // A sandboxed frame says "null"; a browser hiding its Origin still names the foreign page in Referer.
        assertThat(chairman.postJson(nudge, "{}", "Origin", "null").statusCode())
                .isEqualTo(403);
        assertThat(chairman.postJson(nudge, "{}", "Referer", EVIL + "/trang.html")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> unnamed = chairman.postJson(nudge, "{}");
        assertThat(unnamed.statusCode()).isEqualTo(403);
        assertThat(json(unnamed).get("message").asText()).contains("thiếu tiêu đề Origin");
        assertThat(actionsOn(assignment)).as("nothing recorded").isZero();
        assertThat(nudgeMail()).as("no email").isZero();

        HttpResponse<String> fromTheDashboard = chairman.postJson(nudge, "{\"note\":\"Khẩn\"}", "Origin", own);
        assertThat(fromTheDashboard.statusCode()).as(fromTheDashboard.body()).isEqualTo(200);
        assertThat(chairman.postJson(nudge, "{}", "Referer", own + "/dashboard.html")
                        .statusCode())
                .isEqualTo(200);
        assertThat(actionsOn(assignment)).isEqualTo(2);
    }

    @Test
    void aForeignSiteCannotLogAVictimIntoItsAccount() throws Exception {
        Browser victim = new Browser();
        HttpResponse<String> forged = victim.logIn(head("vhxh"), "Origin", EVIL);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json(forged).get("message").asText()).contains(EVIL);
        assertThat(victim.get("/api/me").statusCode()).as("not logged in").isEqualTo(401);
        assertThat(victim.logIn(head("vhxh")).statusCode())
                .as("a login form post naming no page")
                .isEqualTo(403);
        assertThat(victim.get("/api/me").statusCode()).isEqualTo(401);

        HttpResponse<String> own = victim.logIn(head("vhxh"), "Origin", this.own);
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(json(victim.get("/api/me")).get("userId").asText()).isEqualTo(head("vhxh"));
    }

    @Test
    void loggingOutTakesAPostFromTheAppsOwnPages() throws Exception {
        Browser head = loggedIn(head("vhxh"));
        head.get("/logout");
        assertThat(head.get("/api/me").statusCode())
                .as("a link or image cannot log out")
                .isEqualTo(200);
        assertThat(head.post("/logout", "Origin", EVIL).statusCode()).isEqualTo(403);
        assertThat(head.get("/api/me").statusCode()).isEqualTo(200);

        HttpResponse<String> out = head.post("/logout", "Origin", own, "Accept", "text/html");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(head.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void integrationsWithBasicCredentialsNeedNoOriginButAForeignOneIsStillRefused() throws Exception {
        long assignment = lateAssignment();
        String nudge = "/api/assignments/" + assignment + "/nudge";
        assertThat(app.postJson(nudge, chairman(), "{}").statusCode()).isEqualTo(200);
        assertThat(app.send(HttpRequest.newBuilder(app.uri(nudge))
                                .header("Authorization", AppHttp.basic(chairman(), "demo"))
                                .header("Content-Type", "application/json")
                                .header("Origin", EVIL)
                                .POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(actionsOn(assignment)).isEqualTo(1);
    }

    @Test
    void theAppsPagesAndApiCarryAStrictContentSecurityPolicyAndTheCamundaWebappsTheirOwn() throws Exception {
        String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none';"
                + " base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
        Browser head = loggedIn(head("vhxh"));
        for (String path :
                List.of("/", "/index.html", "/import.html", "/dashboard.html", "/api/plans", "/js/common.js")) {
            HttpResponse<String> page = head.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Content-Security-Policy"))
                    .as(path)
                    .containsExactly(policy);
        }
        HttpResponse<String> login = new Browser().get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Content-Security-Policy")).containsExactly(policy);

        HttpResponse<String> tasklist = head.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().allValues("Content-Security-Policy"))
                .as("only Camunda's own policy, which lets its pages' inline scripts run by nonce")
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("'nonce-");
    }

    @Test
    void noPageOfTheAppHasInlineScriptStyleOrHtmlBuiltFromData() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern inlineStyle = Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern html = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write");
        Pattern browserDialog = Pattern.compile("\\b(prompt|alert|confirm)\\s*\\(");
        List<Path> pages = files(".html");
        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(inlineScript.matcher(text).find())
                    .as(page + ": inline <script>")
                    .isFalse();
            assertThat(handler.matcher(text).find()).as(page + ": on…= handler").isFalse();
            assertThat(inlineStyle.matcher(text).find())
                    .as(page + ": inline style")
                    .isFalse();
            assertThat(text).as(page.toString()).doesNotContain("javascript:");
        }
        List<Path> scripts = files(".js");
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(5);
        for (Path script : scripts) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            assertThat(html.matcher(text).find())
                    .as(script + ": HTML from strings")
                    .isFalse();
            assertThat(browserDialog.matcher(text).find())
                    .as(script + ": prompt/alert/confirm")
                    .isFalse();
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(STATIC)) {
            return all.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    /** An office's share of a task that is already late, which the chairman may nudge. */
    private long lateAssignment() {
        long plan = createPlan("vp-ubnd", LocalDate.of(2025, 1, 6), task("1", "31/01/2025", "kinh-te"));
        return jdbc.sql("select a.id from assignment a join plan_task t on t.id = a.plan_task_id"
                        + " where t.plan_id = ? and a.office_id = ?")
                .params(plan, office("kinh-te"))
                .query(Long.class)
                .single();
    }

    private long actionsOn(long assignment) {
        return jdbc.sql("select count(*) from assignment_action where assignment_id = ?")
                .param(assignment)
                .query(Long.class)
                .single();
    }

    private long nudgeMail() {
        return jdbc.sql(
                        "select count(*) from outbox_email where kind = 'NUDGE' and status = 'PENDING' and recipient_user = ?")
                .param(head("kinh-te"))
                .query(Long.class)
                .single();
    }

    private Browser loggedIn(String user) throws Exception {
        Browser browser = new Browser();
        assertThat(browser.logIn(user, "Origin", own).statusCode()).isEqualTo(302);
        return browser;
    }

    /** A browser's session: it keeps its cookie and sends only the headers a test gives it. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(app.uri(path)).GET());
        }

        HttpResponse<String> post(String path, String... headers) throws IOException, InterruptedException {
            return send(with(HttpRequest.newBuilder(app.uri(path)), headers).POST(HttpRequest.BodyPublishers.noBody()));
        }

        HttpResponse<String> postJson(String path, String body, String... headers)
                throws IOException, InterruptedException {
            return send(with(HttpRequest.newBuilder(app.uri(path)), headers)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        HttpResponse<String> logIn(String user, String... headers) throws IOException, InterruptedException {
            return send(with(HttpRequest.newBuilder(app.uri("/login")), headers)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
        }

        private HttpRequest.Builder with(HttpRequest.Builder request, String... headers) {
            return headers.length == 0 ? request : request.headers(headers);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
