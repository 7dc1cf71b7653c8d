package vn.commune.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.Application;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.ServerErrors;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.calendar.WorkingCalendar;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.demo.DemoPeople;
import vn.commune.workflow.morninground.MorningRounds;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.plantask.PlanTaskModel;
import vn.commune.workflow.plantask.TaskEvidence;
import vn.commune.workflow.security.UserAuthorities;

/**
 * Issue #13's benchmark, never part of {@code verify}: {@code ./mvnw -B -Pbench verify [-Dbench.scale=0.05]}. Builds
 * a province on durable PostgreSQL (the embedded server, fsync on, data in target/bench/postgres; or
 * SPRING_DATASOURCE_* pointing at an empty database), the product's model and the naive raw-Camunda model side by
 * side in one engine, measures each path a person or the morning round takes, and prints one table, also written to
 * target/bench/results.md and .csv.
 */
@Tag("bench")
class ProvinceBench {

    private static final Logger log = LoggerFactory.getLogger(ProvinceBench.class);
    private static final Path DIR = Path.of("target", "bench");
    private static final int WARMUP = 20;
    private static final int SAMPLES = 200;
    private static final int COMPLETIONS = 100;
    /** Imports measured ({@code -Dbench.imports}); each commits 1,000 tasks through the product's path. */
    private static final int IMPORTS = Integer.getInteger("bench.imports", 3);

    private static final int IMPORT_TASKS = 1000;

    private final Scale scale = Scale.fromSystemProperty();
    private final Results results = new Results(scale, DIR, ColdStart.machine());
    private final Random random = new Random(13);

    private ConfigurableApplicationContext app;
    private AppHttp http;
    private JdbcClient jdbc;
    private ProcessEngine engine;
    private ProvinceData province;
    private JobsDue jobs;
    private GreenMail mail;
    /** Who is logged in, as Tasklist keeps them: one session each. */
    private final Map<String, AppHttp.Webapp> sessions = new HashMap<>();

    @Test
    void province() throws Exception {
        Path dataDir = DIR.resolve("postgres");
        if (Boolean.getBoolean("bench.cold-start-only")) {
            // Again on the database of the last run, e.g. after changing how the app starts.
            coldStart(dataDir);
            return;
        }
        FileSystemUtils.deleteRecursively(dataDir);
        Files.createDirectories(DIR);
        int smtp = ColdStart.freePort();
        mail = new GreenMail(new ServerSetup(smtp, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        RawReminderMail.smtpPort = smtp;
        try {
            app = new SpringApplicationBuilder(Application.class, EngineClock.Config.class, ServerErrors.Config.class)
                    .profiles("test")
                    .run(
                            "--workflow.embedded-postgres.data-dir=" + dataDir,
                            "--server.port=0",
                            "--spring.mail.port=" + smtp,
                            "--workflow.demo.enabled=false",
                            "--logging.level.com.icegreen=WARN",
                            // As in production: the job executor runs; the rounds wake it after moving the clock.
                            "--camunda.bpm.job-execution.enabled=true");
            http = new AppHttp(
                    ((WebServerApplicationContext) app).getWebServer().getPort());
            jdbc = app.getBean(JdbcClient.class);
            engine = app.getBean(ProcessEngine.class);
            jobs = new JobsDue((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), jdbc);
            province = new ProvinceData(scale, app);
            run();
            List<String> errors = app.getBean(ServerErrors.class).seen();
            if (!errors.isEmpty()) {
                results.note("the app answered " + errors.size() + " requests with a 5xx, e.g. " + errors.get(0));
            }
        } finally {
            ClockUtil.reset();
            if (app != null) {
                app.close();
            }
            mail.stop();
        }
        coldStart(dataDir);
        String machine = ColdStart.machine();
        log.info(
                "\n\nProvince benchmark, scale {} ({}), {}\n\n{}\n{}\nWritten to {}\n",
                scale.factor(),
                scale.label(),
                machine,
                results.table(),
                String.join("\n", results.notes()),
                DIR.toAbsolutePath());
    }

    private void coldStart(Path dataDir) throws Exception {
        Commune first = ProvinceData.commune(1);
        Office firstOffice = DemoPeople.OFFICES.get(1);
        ColdStart.Measured cold = ColdStart.measure(
                dataDir,
                DIR.resolve("cold-start.log"),
                first.qualify(DemoPeople.CHAIRMAN),
                first.qualify(DemoPeople.headOf(firstOffice.id())),
                first.qualify(firstOffice.id()));
        results.lowerIsBetter(
                "start to ready (own JVM, PostgreSQL included)",
                "s",
                cold.secondsToReady(),
                null,
                "≤ 15 s",
                cold.secondsToReady() <= 15);
        results.lowerIsBetter(
                "live heap after full GC", "MB", cold.liveHeapMb(), null, "≤ 128 MB", cold.liveHeapMb() <= 128);
    }

    private void run() throws Exception {
        LocalDate today = VietnamTime.dateOf(Instant.now());
        LocalDate due = today.plusDays(28);
        Instant started = Instant.now();
        log.info("bench: {}", scale.label());
        province.makeCommunes();
        Instant communesMade = Instant.now();
        province.makePlans(today, due);
        Instant plansMade = Instant.now();
        String planTaskDefinition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(PlanTaskModel.PROCESS_KEY)
                .latestVersion()
                .singleResult()
                .getId();
        log.info("bench: history");
        long historyRows = province.makeHistory(planTaskDefinition);
        Instant historyMade = Instant.now();

        // The morning round of the day the shares' first reminder (7 days before) is due, at 08:00 Vietnam time.
        LocalDate reminderDay = app.getBean(WorkingCalendar.class)
                .workingDayOnOrBefore(app.getBean(WorkingCalendar.class)
                        .effectiveDeadline(due)
                        .minusDays(7));
        Instant productRound = reminderDay.atTime(8, 0).atZone(VietnamTime.ZONE).toInstant();
        Instant rawRound = productRound.plus(Duration.ofDays(1));
        log.info("bench: raw model");
        RawModel raw = new RawModel(engine, app.getBean(TransactionTemplate.class));
        raw.deploy();
        for (Commune c : province.communes()) {
            raw.makePeople(c);
            raw.start(c, scale.sharesPerOffice(), VietnamTime.endOf(due), rawRound);
        }
        Instant rawMade = Instant.now();
        jdbc.sql("analyze").update();
        results.note(String.format(
                "setup: communes %s, product plans %s (%,d open shares through PlanService), %,d history rows %s,"
                        + " raw model %s",
                Duration.between(started, communesMade),
                Duration.between(communesMade, plansMade),
                scale.openShares(),
                historyRows,
                Duration.between(plansMade, historyMade),
                Duration.between(historyMade, rawMade)));

        // The clock moves below: no timer may fire until a round is measured.
        jobs.stop();
        // Cheapest first, so that a run cut short still has most of the table.
        log.info("bench: taskLists");
        taskLists();
        // The chairman's and the province's views two days after every open share's deadline: all of them late.
        ClockUtil.setCurrentTime(java.util.Date.from(VietnamTime.endOf(due).plus(Duration.ofDays(2))));
        log.info("bench: dashboard");
        dashboard();
        log.info("bench: provinceSummary");
        provinceSummary();
        ClockUtil.reset();
        log.info("bench: imports");
        imports(due.plusDays(14));
        log.info("bench: completions");
        completions();
        log.info("bench: reminderRounds");
        reminderRounds(
                productRound, rawRound, app.getBean(WorkingCalendar.class).effectiveDeadline(due));
    }

    private void reminderRounds(Instant productAt, Instant rawAt, LocalDate sharesDue) throws Exception {
        ReminderRound round = new MorningRoundRun(jobs, jdbc);
        // The province's shares fall due on one day: the round of their reminder day reminds every one still to be done
        // (not those submitted for review; the imported plans' shares are due later). The round's timer is set to that
        // morning, as if it had come.
        long productDue = jdbc.sql("""
                        select count(*) from assignment a join plan_task t on t.id = a.plan_task_id
                         where a.status in ('OPEN', 'RETURNED') and coalesce(a.effective_due_date, t.effective_due_date) = ?""").param(sharesDue).query(Long.class).single();
        engine.getManagementService()
                .setJobDuedate(MorningRounds.timer(engine).getId(), java.util.Date.from(productAt));
        // Steady state: earlier rounds told every office of its shares (a share is reminded once it was announced).
        jdbc.sql("update assignment set announced_on = ? where announced_on is null")
                .param(VietnamTime.dateOf(productAt).minusDays(1))
                .update();
        long rawExpected = jobs.dueAt(RawModel.PROCESS_KEY, rawAt);
        ReminderRound.Outcome product = round.run(productAt);
        long start = System.nanoTime();
        jobs.fireAt(rawAt);
        long rawFailed = jobs.awaitDone(RawModel.PROCESS_KEY, rawAt, Duration.ofMinutes(30));
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
        while (mail.getReceivedMessages().length < rawExpected && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        double rawSeconds = (System.nanoTime() - start) / 1e9;
        jobs.stop();
        double productSeconds = product.took().toMillis() / 1000.0;
        boolean allRecorded = product.reminders() == productDue && product.failedJobs() == 0;
        results.lowerIsBetter(
                "08:00 reminder round (" + productDue + " due)",
                "s",
                productSeconds,
                rawSeconds,
                "≤ 30 s, ≥ 4× faster than raw, ≤ 1 digest/person",
                productSeconds <= 30
                        && productSeconds * 4 <= rawSeconds
                        && product.mostDigestsForOnePerson() <= 1
                        && allRecorded);
        results.note(String.format(
                "reminder round measured: %s; %,d reminders recorded of %,d due, %,d digests queued (at most %d for"
                        + " one person), %d failed jobs; raw model: %,d emails, %d failed jobs",
                round.describe(),
                product.reminders(),
                productDue,
                product.digests(),
                product.mostDigestsForOnePerson(),
                product.failedJobs(),
                mail.getReceivedMessages().length,
                rawFailed));
    }

    /**
     * An office head's task list as Tasklist asks for it: logged in once (session cookie and CSRF token, outside the
     * timing), then the list by the office's candidate group. The same call with HTTP Basic on every request (scripts)
     * is shown beside it: each such call logs in again.
     */
    private void taskLists() throws Exception {
        Latencies product = new Latencies();
        Latencies raw = new Latencies();
        Latencies productBasic = new Latencies();
        Latencies rawBasic = new Latencies();
        String query = "/task?candidateGroup=%s&sortBy=dueDate&sortOrder=asc&maxResults=50";
        for (int i = 0; i < WARMUP + SAMPLES; i++) {
            Commune c = anyCommune();
            Office o = anyOffice();
            String mine = query.formatted(c.qualify(o.id()));
            String theirs = query.formatted(RawModel.group(c, o));
            AppHttp.Webapp head = loggedIn(c.qualify(DemoPeople.headOf(o.id())));
            AppHttp.Webapp rawHead = loggedIn(RawModel.head(c, o));
            long t0 = System.nanoTime();
            HttpResponse<String> mineListed = ok(head.engine("GET", mine, null));
            long t1 = System.nanoTime();
            HttpResponse<String> theirsListed = ok(rawHead.engine("GET", theirs, null));
            long t2 = System.nanoTime();
            HttpResponse<String> mineByBasic =
                    ok(http.get("/engine-rest" + mine, c.qualify(DemoPeople.headOf(o.id()))));
            long t3 = System.nanoTime();
            HttpResponse<String> theirsByBasic = ok(http.get("/engine-rest" + theirs, RawModel.head(c, o)));
            long t4 = System.nanoTime();
            for (HttpResponse<String> listed : List.of(mineListed, theirsListed, mineByBasic, theirsByBasic)) {
                expectRows(listed, scale.sharesPerOffice());
            }
            if (i >= WARMUP) {
                product.add(t1 - t0);
                raw.add(t2 - t1);
                productBasic.add(t3 - t2);
                rawBasic.add(t4 - t3);
            }
        }
        results.lowerIsBetter(
                "office head's task list (Tasklist, logged in) p50", "ms", product.median(), raw.median(), "", null);
        results.lowerIsBetter(
                "office head's task list (Tasklist, logged in) p95",
                "ms",
                product.percentile(95),
                raw.percentile(95),
                "≤ 20 ms",
                product.percentile(95) <= 20);
        results.lowerIsBetter(
                "the same over /engine-rest, HTTP Basic each call, p95",
                "ms",
                productBasic.percentile(95),
                rawBasic.percentile(95),
                "",
                null);
    }

    /** A person logged in through the login page with Tasklist open, once per person for the whole run. */
    private AppHttp.Webapp loggedIn(String user) throws Exception {
        AppHttp.Webapp session = sessions.get(user);
        if (session == null) {
            session = http.webapp(user);
            sessions.put(user, session);
        }
        return session;
    }

    /**
     * Sequential Tasklist complete calls, each by the office head logged in as in Tasklist; evidence and claim come
     * before, unmeasured.
     */
    private void completions() throws Exception {
        int n = Math.min(COMPLETIONS, scale.openShares() / 2);
        List<String[]> mine = new ArrayList<>();
        List<String[]> theirs = new ArrayList<>();
        TaskEvidence evidence = app.getBean(TaskEvidence.class);
        UserAuthorities authorities = app.getBean(UserAuthorities.class);
        for (int i = 0; i < n; i++) {
            Commune c = province.communes().get(i % province.communes().size());
            Office o = DemoPeople.OFFICES.get(i % DemoPeople.OFFICES.size());
            String head = c.qualify(DemoPeople.headOf(o.id()));
            String task = engine.getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroup(c.qualify(o.id()))
                    .taskDefinitionKey(PlanTaskModel.CARRY_OUT)
                    .taskUnassigned()
                    .listPage(0, 1)
                    .get(0)
                    .getId();
            ok(loggedIn(head).engine("POST", "/task/" + task + "/claim", "{\"userId\":\"" + head + "\"}"));
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(head, null, authorities.of(head)));
            evidence.upload(task, "ket-qua.pdf", ("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
            SecurityContextHolder.clearContext();
            mine.add(new String[] {task, head});
            String rawHead = RawModel.head(c, o);
            String rawTask = engine.getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroup(RawModel.group(c, o))
                    .taskUnassigned()
                    .listPage(0, 1)
                    .get(0)
                    .getId();
            ok(loggedIn(rawHead).engine("POST", "/task/" + rawTask + "/claim", "{\"userId\":\"" + rawHead + "\"}"));
            theirs.add(new String[] {rawTask, rawHead});
        }
        String note = "{\"variables\":{\"resultNote\":{\"value\":\"Đã hoàn thành\",\"type\":\"String\"}}}";
        double productRate = rate(mine, note);
        double rawRate = rate(theirs, "{}");
        results.higherIsBetter(
                "completing a share (Tasklist complete, logged in, sequential)",
                "/s",
                productRate,
                rawRate,
                "≥ 2× raw rate",
                productRate >= 2 * rawRate);
    }

    private double rate(List<String[]> tasks, String body) throws Exception {
        long start = System.nanoTime();
        for (String[] t : tasks) {
            ok(loggedIn(t[1]).engine("POST", "/task/" + t[0] + "/complete", body));
        }
        return tasks.size() / ((System.nanoTime() - start) / 1e9);
    }

    private void dashboard() throws Exception {
        Latencies product = new Latencies();
        long bytes = 0;
        for (int i = 0; i < WARMUP + SAMPLES / 2; i++) {
            Commune c = anyCommune();
            long t0 = System.nanoTime();
            HttpResponse<String> answer = ok(http.get("/api/dashboard", c.qualify(DemoPeople.CHAIRMAN)));
            long t1 = System.nanoTime();
            bytes = Math.max(bytes, answer.body().getBytes(StandardCharsets.UTF_8).length);
            if (i >= WARMUP) {
                product.add(t1 - t0);
            }
        }
        results.lowerIsBetter(
                "chairman's dashboard p95 (every open share late)",
                "ms",
                product.percentile(95),
                null,
                "≤ 100 ms",
                product.percentile(95) <= 100);
        results.note(String.format("largest dashboard answer: %,d bytes", bytes));
    }

    private void provinceSummary() throws Exception {
        String path = "/api/province/summary";
        if (http.get(path, ProvinceData.PROVINCE_VIEWER).statusCode() == 404) {
            results.add("province summary p95", "n/a", "n/a", "n/a", "≤ 300 ms", null);
            results.note(path + " does not exist on this branch");
            return;
        }
        Latencies product = new Latencies();
        for (int i = 0; i < WARMUP + SAMPLES / 2; i++) {
            long t0 = System.nanoTime();
            ok(http.get(path, ProvinceData.PROVINCE_VIEWER));
            if (i >= WARMUP) {
                product.add(System.nanoTime() - t0);
            }
        }
        results.lowerIsBetter(
                "province summary p95", "ms", product.percentile(95), null, "≤ 300 ms", product.percentile(95) <= 300);
    }

    /** A 1,000-task plan through the import API, preview then commit, in a commune of its own. */
    private void imports(LocalDate due) throws Exception {
        Commune commune = new Commune("xa-nhap", "Xã Nhập Kế Hoạch", ProvinceData.PROVINCE, "xn.");
        app.getBean(DemoPeople.class).create(commune);
        String chairman = commune.qualify(DemoPeople.CHAIRMAN);
        Latencies took = new Latencies();
        for (int run = 1; run <= IMPORTS; run++) {
            byte[] csv = importFile(run, due);
            Map<String, String> fields = Map.of("dryRun", "true", "monitoringOffice", commune.qualify("vp-ubnd"));
            long t0 = System.nanoTime();
            JsonNode preview =
                    AppHttp.json(ok(http.upload("/api/plans/import", chairman, "ke-hoach.csv", csv, fields)));
            ok(http.upload(
                    "/api/plans/import",
                    chairman,
                    "ke-hoach.csv",
                    csv,
                    Map.of("monitoringOffice", commune.qualify("vp-ubnd"))));
            took.add(System.nanoTime() - t0);
            if (preview.path("tasks").size() != IMPORT_TASKS) {
                throw new IllegalStateException(
                        "the preview read " + preview.path("tasks").size() + " tasks");
            }
        }
        results.lowerIsBetter(
                "import of a 1,000-task plan (preview + commit), median of " + IMPORTS,
                "ms",
                took.median(),
                null,
                "≤ 5,000 ms",
                took.max() <= 5000);
        results.note(String.format("import: slowest of %d runs %,.0f ms", IMPORTS, took.max()));
    }

    private static byte[] importFile(int run, LocalDate due) {
        StringBuilder csv = new StringBuilder("TT;Nhiệm vụ;Chủ trì;Thời gian thực hiện;Kết quả;Phối hợp\n");
        // No title may start like a heading ("Nhiệm vụ…"): the reader would take its row for the table's header.
        csv.append("I.;Công tác trọng tâm;;;;\n");
        for (int t = 1; t <= IMPORT_TASKS; t++) {
            Office office = DemoPeople.OFFICES.get((t - 1) % DemoPeople.OFFICES.size());
            csv.append(t)
                    .append(".;Triển khai công việc đợt ")
                    .append(run)
                    .append(" số ")
                    .append(t)
                    .append(";")
                    .append(office.name())
                    .append(";")
                    .append(due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .append(";Báo cáo kết quả;\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Commune anyCommune() {
        return province.communes().get(random.nextInt(province.communes().size()));
    }

    private Office anyOffice() {
        return DemoPeople.OFFICES.get(random.nextInt(DemoPeople.OFFICES.size()));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static void expectRows(HttpResponse<String> response, int expected) throws Exception {
        int rows = AppHttp.json(response).size();
        if (rows != Math.min(50, expected)) {
            throw new IllegalStateException(response.uri() + " listed " + rows + " tasks, expected " + expected);
        }
    }
}
