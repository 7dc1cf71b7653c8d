package vn.commune.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.util.FileCopyUtils;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.Application;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.calendar.VietnamTime;

/**
 * A commune that ran the demo before Liquibase owned the engine's schema (version 86d3e5a, the last one whose
 * engine made its own tables and whose plan tasks watched their deadlines with their own timers) upgrades in place:
 * its database, as that version left it (src/test/resources/upgrade/README.md), is taken over without loss, and its
 * running work goes on under the current models.
 */
@Tag("own-jvm")
class UpgradeTest {

    /** A Tuesday, half an hour after the old version's reminder timer for "Rà soát hồ sơ…" (due 15/12) fell due. */
    private static final LocalDateTime NOW_IN_VIETNAM = LocalDateTime.of(2026, 12, 8, 8, 30);

    private static final String REVIEW_TASK = "Task_ReviewEvidence";

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        ClockUtil.reset();
    }

    @Test
    void theDemoDatabaseOfTheVersionBeforeIsTakenOverAndItsWorkGoesOn() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory(Path.of("target"), "upgrade-postgres-"))
                .setCleanDataDirectory(true)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Reader dump = new InputStreamReader(
                        new GZIPInputStream(getClass().getResourceAsStream("/upgrade/db-86d3e5a.sql.gz")),
                        StandardCharsets.UTF_8)) {
            ScriptUtils.executeSqlScript(
                    connection,
                    new EncodedResource(new ByteArrayResource(
                            FileCopyUtils.copyToString(dump).getBytes(StandardCharsets.UTF_8))));
        }
        JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        Map<String, String> tasksBefore = jdbc
                .sql("select id_, coalesce(assignee_, '-') from public.act_ru_task")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(tasksBefore).hasSize(62);
        assertThat(count(
                        jdbc,
                        "select count(*) from public.act_ru_job where handler_type_ = 'timer-intermediate-transition'"))
                .as("the old version's reminder timers, one of them due this morning")
                .isEqualTo(3);
        String oldReview = jdbc.sql("select id_ from public.act_ru_task where task_def_key_ = :key")
                .param("key", REVIEW_TASK)
                .query(String.class)
                .single();
        String evidenceSha = jdbc.sql("select sha256 from public.evidence")
                .query(String.class)
                .single();
        long lastMailBefore = count(jdbc, "select max(id) from public.outbox_email");

        ClockUtil.offset(
                NOW_IN_VIETNAM.atZone(VietnamTime.ZONE).toInstant().toEpochMilli() - System.currentTimeMillis());
        app = new SpringApplicationBuilder(Application.class, EngineClock.Config.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--workflow.demo.enabled=true",
                        "--server.port=0",
                        "--spring.mail.host=",
                        "--camunda.bpm.job-execution.enabled=true");
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        AppHttp http =
                new AppHttp(((WebServerApplicationContext) app).getWebServer().getPort());

        // Liquibase took the engine's tables over; every row stayed, and the commune became a tenant.
        assertThat(count(jdbc, "select count(*) from databasechangelog where author = 'Camunda'"))
                .isPositive();
        assertThat(jdbc.sql("select id_, coalesce(assignee_, '-') from act_ru_task where id_ in (:ids)")
                        .param("ids", tasksBefore.keySet())
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .list())
                .as("every task of the old version, with its claim")
                .containsExactlyInAnyOrderElementsOf(tasksBefore.entrySet());
        assertThat(jdbc.sql("select sha256 from evidence").query(String.class).list())
                .containsExactly(evidenceSha);
        assertThat(count(jdbc, "select count(*) from act_ru_task where tenant_id_ = 'truong-giang'"))
                .isEqualTo(tasksBefore.size());

        // Every running instance follows the newest model: the old deadline watch, its timers and messages, is gone.
        for (ProcessDefinition newest : engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .latestVersion()
                .list()) {
            assertThat(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processDefinitionKey(newest.getKey())
                            .count())
                    .as(newest.getKey() + " instances all on v" + newest.getVersion())
                    .isEqualTo(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processDefinitionId(newest.getId())
                            .count());
        }
        assertThat(count(jdbc, "select count(*) from act_ru_job where process_def_key_ = 'PlanTask'"))
                .isZero();
        assertThat(count(jdbc, "select count(*) from act_ru_event_subscr where event_name_ = 'DeadlineChanged'"))
                .isZero();

        // The office head logs in with the password they had and finishes the task they had claimed, on the new model.
        JsonNode claimed = AppHttp.json(http.get("/engine-rest/task?assignee=truong.kinh-te", "truong.kinh-te"));
        assertThat(claimed).hasSize(1);
        String claimedTask = claimed.get(0).get("id").asText();
        assertThat(http.upload(
                                "/api/tasks/" + claimedTask + "/evidence",
                                "truong.kinh-te",
                                "ket-qua.pdf",
                                "%PDF-1.4 kết quả".getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(200);
        ok(http.postJson(
                "/engine-rest/task/" + claimedTask + "/complete",
                "truong.kinh-te",
                "{\"variables\":{\"resultNote\":{\"value\":\"Đã hoàn thành\",\"type\":\"String\"}}}"));
        Task review = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(REVIEW_TASK)
                .processInstanceId(claimed.get(0).get("processInstanceId").asText())
                .singleResult();
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
                .as("the result goes to the plan's monitoring office")
                .anyMatch(link -> "vhxh".equals(link.getGroupId()));

        // The result submitted under the old version is accepted under the new one.
        ok(http.postJson(
                "/engine-rest/task/" + oldReview + "/complete",
                "truong.vhxh",
                "{\"variables\":{\"accepted\":{\"value\":true,\"type\":\"Boolean\"}}}"));
        assertThat(count(jdbc, "select count(*) from assignment where status = 'DONE'"))
                .isEqualTo(1);

        // 08:00's round reminds the office whose reminder the old timer was to give, once, and escalates nothing of
        // Trường Giang's: the old version had escalated its late shares already.
        EngineJobs.runMorningRound(engine);
        assertThat(jdbc.sql("select recipient_user from outbox_email where kind = 'ESCALATION' and id > ?")
                        .param(lastMailBefore)
                        .query(String.class)
                        .list())
                .as("only Ngọk Bay, new with this version, has late shares to escalate")
                .allMatch(user -> user.startsWith("ngokbay."));
        assertThat(jdbc.sql("select n.kind from deadline_notice n join assignment a on a.id = n.assignment_id"
                                + " where a.office_id = 'tt-hcc' and n.due_date = date '2026-12-15'")
                        .query(String.class)
                        .list())
                .containsExactly("REMINDER_7");
        assertThat(jdbc.sql("select body from outbox_email where kind = 'DIGEST' and recipient_user = 'truong.tt-hcc'")
                        .query(String.class)
                        .single())
                .contains("Rà soát hồ sơ thủ tục hành chính trực tuyến");
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();

        // The extension asked for under the old version is granted under the new one: the office's task moves.
        Task decision = engine.getTaskService()
                .createTaskQuery()
                .processDefinitionKey("DeadlineExtension")
                .singleResult();
        assertThat(tasksBefore).containsKey(decision.getId());
        ok(http.postJson(
                "/engine-rest/task/" + decision.getId() + "/complete",
                "chutich",
                "{\"variables\":{\"granted\":{\"value\":true,\"type\":\"Boolean\"}}}"));
        EngineJobs.awaitIdle(engine);
        Task extended = engine.getTaskService()
                .createTaskQuery()
                .taskNameLike("%Rà soát hồ sơ thủ tục hành chính trực tuyến")
                .singleResult();
        assertThat(VietnamTime.dateOf(extended.getDueDate().toInstant())).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
