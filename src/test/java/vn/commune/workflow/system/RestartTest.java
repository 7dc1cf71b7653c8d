package vn.commune.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.commune.workflow.Application;
import vn.commune.workflow.plantask.TaskEvidence;

/**
 * The demo commune on first start, then a stop and a start on the same database: no plan, task,
 * evidence or pending email is lost, and the demo is not loaded twice.
 */
@Tag("own-jvm")
class RestartTest {

    @Test
    void dataAndPendingMailSurviveAStopAndAStart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-postgres-");
        String evidenceSha;
        long pendingMail;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from plan_task")
                            .query(Long.class)
                            .single())
                    .isEqualTo(8);
            // Task 2 is led by Văn hóa - Xã hội alone; the seven others by every office and unit (8 of them).
            assertThat(jdbc.sql("select count(*) from assignment")
                            .query(Long.class)
                            .single())
                    .isEqualTo(57);
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");

            // The demo plan's dated tasks ended in 2025: each of the 33 late shares is escalated to the chairman
            // and to the monitoring office (Văn hóa - Xã hội); with no SMTP configured the mail waits.
            pendingMail = waitFor(
                    () -> jdbc.sql("select count(*) from outbox_email where status = 'PENDING'")
                            .query(Long.class)
                            .single(),
                    66L);
            assertThat(jdbc.sql("select count(distinct recipient) from outbox_email")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);

            String taskId = app.getBean(ProcessEngine.class)
                    .getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroup("kinh-te")
                    .taskDefinitionKey("Task_CarryOut")
                    .listPage(0, 1)
                    .get(0)
                    .getId();
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "truong.kinh-te", null, List.of(new SimpleGrantedAuthority("GROUP_kinh-te"))));
            evidenceSha = app.getBean(TaskEvidence.class)
                    .upload(taskId, "bao-cao.pdf", "%PDF-1.4 báo cáo".getBytes())
                    .sha256();
            SecurityContextHolder.clearContext();
        }

        try (ConfigurableApplicationContext app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                    .as("demo not loaded twice")
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from assignment")
                            .query(Long.class)
                            .single())
                    .isEqualTo(57);
            assertThat(jdbc.sql("select sha256 from evidence")
                            .query(String.class)
                            .list())
                    .containsExactly(evidenceSha);
            assertThat(jdbc.sql("select count(*) from outbox_email where status = 'PENDING'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(pendingMail);
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            assertThat(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processDefinitionKey("PlanTask")
                            .count())
                    .isEqualTo(8);
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .taskDefinitionKey("Task_CarryOut")
                            .count())
                    .isEqualTo(57);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--workflow.embedded-postgres.data-dir=" + dataDir,
                        "--workflow.demo.enabled=true",
                        "--server.port=0",
                        "--spring.mail.host=",
                        "--camunda.bpm.job-execution.enabled=true");
    }

    private static long waitFor(java.util.function.Supplier<Long> value, long expected) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        long current = value.get();
        while (current < expected && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            current = value.get();
        }
        assertThat(current).isEqualTo(expected);
        return current;
    }
}
