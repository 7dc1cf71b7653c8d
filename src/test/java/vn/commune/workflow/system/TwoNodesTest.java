package vn.commune.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.Application;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.calendar.VietnamTime;

/**
 * Camunda's homogeneous cluster: two app processes on one PostgreSQL, both running the job executor and every
 * scheduled duty. Every timed or scheduled effect happens once — also when one node is killed in the middle of
 * the work (the other finishes it) — and a login made on one node is served by the other.
 */
@Tag("own-jvm")
class TwoNodesTest {

    /** A working Monday before the 10th, before the 08:00 round: the round, the week's list and a report period are due. */
    private static final LocalDateTime NOW_IN_VIETNAM = LocalDateTime.of(2026, 12, 7, 7, 30);

    private final List<Process> nodes = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private GreenMail smtp;

    @AfterEach
    void stopEverything() throws IOException {
        nodes.forEach(Process::destroyForcibly);
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyEffectHappensOnceAndSessionsOutliveTheirNode() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "two-nodes-");
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .start();
        smtp = new GreenMail(new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        JdbcClient jdbc =
                JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), jdbcUrl(), "postgres", ""));
        long offset = NOW_IN_VIETNAM.atZone(VietnamTime.ZONE).toInstant().toEpochMilli() - System.currentTimeMillis();

        int portA = freePort();
        int portB = freePort();
        Process nodeA = start("a", portA, offset, dir);
        awaitReady(portA, nodeA);
        Process nodeB = start("b", portB, offset, dir);
        awaitReady(portB, nodeB);
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                .as("the second node does not load the demo again")
                .isEqualTo(2);

        // A login on node A is a session in the database: node B serves it.
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .build();
        browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://localhost:" + portA)
                        .POST(HttpRequest.BodyPublishers.ofString("username=chutich&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(me(browser, portB)).contains("\"chutich\"");

        // A late plan imported on node B: its shares are the morning round's to escalate, once, gathered.
        StringBuilder csv = new StringBuilder("STT;Tên nhiệm vụ;Đơn vị chủ trì;Thời hạn\n");
        for (int i = 1; i <= 60; i++) {
            csv.append(i).append(";Nhiệm vụ trễ hạn số ").append(i).append(";Phòng Kinh tế, Công an xã;30/6/2026\n");
        }
        HttpResponse<String> imported = new AppHttp(portB)
                .upload(
                        "/api/plans/import?monitoringOffice=vp-ubnd",
                        "chutich",
                        "ke-hoach-tre-han.csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        // 08:00 comes (the administrator moves the round's timer to now, as Cockpit can); either node may take it.
        AppHttp admin = new AppHttp(portA);
        JsonNode timer = AppHttp.json(
                        admin.get("/engine-rest/job?processDefinitionKey=MorningRound&timers=true", "admin"))
                .get(0);
        HttpResponse<String> moved = admin.putJson(
                "/engine-rest/job/" + timer.get("id").asText() + "/duedate",
                "admin",
                "{\"duedate\":\"2026-12-07T00:00:00.000+0000\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);

        // Node A dies in the middle of the round, as a machine does: no shutdown, its job locks left behind.
        waitUntil(() -> rounds(jdbc, "") > 0, "the round to start");
        nodeA.destroyForcibly().waitFor();

        waitUntil(() -> rounds(jdbc, " and end_time_ is not null") == 1, "node B finishing the round");
        waitUntil(
                () -> count(jdbc, "select count(*) from outbox_email where status <> 'SENT'") == 0, "every mail sent");
        waitUntil(
                () -> smtp.getReceivedMessages().length >= count(jdbc, "select count(*) from outbox_email"),
                "every mail received");

        assertThat(rounds(jdbc, ""))
                .as("one morning round, whichever node ran it")
                .isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from act_ru_incident")).isZero();
        assertThat(count(
                        jdbc,
                        "select count(*) from (select recipient_user, kind from outbox_email"
                                + " where kind in ('ESCALATION', 'DIGEST') group by recipient_user, kind"
                                + " having count(*) > 1) twice"))
                .as("nobody gets two escalations or two digests from the round")
                .isZero();
        List<String> escalations = jdbc.sql(
                        "select body from outbox_email where kind = 'ESCALATION' and recipient_user = ?")
                .param("chutich")
                .query(String.class)
                .list();
        assertThat(escalations)
                .as("the chairman's one escalation lists every share that went late, the imported plan's included")
                .singleElement()
                .satisfies(body -> assertThat(body).contains("Nhiệm vụ trễ hạn số 1", "Nhiệm vụ trễ hạn số 60"));
        assertThat(count(jdbc, "select count(*) from outbox_email where kind = 'DIGEST'"))
                .isPositive();
        assertThat(count(
                        jdbc,
                        "select count(*) from (select business_key_ from act_ru_execution where parent_id_ is null"
                                + " and proc_def_id_ like 'ReportPeriod:%' group by business_key_"
                                + " having count(*) > 1) twice"))
                .as("each reporting period opened once")
                .isZero();
        assertThat(count(jdbc, "select count(*) from act_hi_procinst where proc_def_key_ = 'ReportPeriod'"))
                .as("one reporting process per period opened")
                .isEqualTo(count(jdbc, "select count(*) from report_period"))
                .isPositive();

        // Each email once: a copy can only come from a send that node A's death cut before it was recorded, and it
        // carries the same Message-ID, so mail servers and clients drop it.
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            ids.add(message.getMessageID());
        }
        long rows = count(jdbc, "select count(*) from outbox_email");
        assertThat(new HashSet<>(ids)).hasSize((int) rows);
        assertThat(ids.size())
                .as("at most the one email in flight when node A died is received twice")
                .isLessThanOrEqualTo((int) rows + 1);

        assertThat(me(browser, portB)).as("the session outlives node A").contains("\"chutich\"");
    }

    private static long rounds(JdbcClient jdbc, String condition) {
        return count(jdbc, "select count(*) from act_hi_procinst where proc_def_key_ = 'MorningRound'" + condition);
    }

    private static String me(HttpClient browser, int port) throws IOException, InterruptedException {
        HttpResponse<String> me = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as("/api/me on node at port " + port).isEqualTo(200);
        return me.body();
    }

    private Process start(String name, int port, long clockOffset, Path dir) throws IOException {
        // The test's own classpath, without empty entries: java reads those as the working directory (the repo).
        String classpath = Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
        String every3s = "*/3 * * * * *"; // the reporting scheduler, so that both nodes race to open each period
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Duser.timezone=UTC",
                "-Dfile.encoding=UTF-8",
                "-Dnode.clock-offset=" + clockOffset,
                "-cp",
                classpath,
                Node.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--workflow.demo.enabled=true",
                "--camunda.bpm.job-execution.enabled=true",
                // A dead node's job locks expire soon, so that the other node takes its jobs over.
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--workflow.mail.send-interval=PT1S",
                "--workflow.reports.open-cron=" + every3s);
        Process node = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("node-" + name + ".log").toFile())
                .start();
        nodes.add(node);
        return node;
    }

    private String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static void awaitReady(int port, Process node) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(until)) {
            assertThat(node.isAlive())
                    .as("node on port " + port + " died while starting")
                    .isTrue();
            try {
                var ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the node is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node on port " + port + " not ready within 6 minutes");
    }

    private static void waitUntil(Supplier<Boolean> condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.get()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited 2 minutes for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static long count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One node: the app as a province runs it, its clock (app and engine) set to the test's morning. */
    public static final class Node {

        public static void main(String[] args) {
            ClockUtil.offset(Long.getLong("node.clock-offset"));
            new SpringApplicationBuilder(Application.class, EngineClock.Config.class)
                    .profiles("test")
                    .run(args);
        }
    }
}
