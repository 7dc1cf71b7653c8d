package vn.commune.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.commune.workflow.Application;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.calendar.WorkingCalendar;
import vn.commune.workflow.plantask.PlanTaskModel;
import vn.commune.workflow.plantask.TaskEvidence;
import vn.commune.workflow.security.UserAuthorities;

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
            assertThat(jdbc.sql("select commune_id, count(*) from plan group by commune_id order by commune_id")
                            .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
                            .list())
                    .as("each demo commune has its plan")
                    .containsExactly("ngok-bay=1", "truong-giang=1");
            assertThat(count(jdbc, "plan_task", "truong-giang")).isEqualTo(8);
            assertThat(count(jdbc, "plan_task", "ngok-bay")).isEqualTo(9);
            // Trường Giang: task 2 is led by Văn hóa - Xã hội alone; the seven others by every office and unit (8).
            assertThat(count(jdbc, "assignment", "truong-giang")).isEqualTo(57);
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");

            // The Trường Giang plan's dated tasks ended in 2025: its 33 late shares are escalated by the morning round
            // (run now, as at 08:00) in one email to its chairman and one to the monitoring office (Văn hóa - Xã hội);
            // on a day off the round waits for the next working day. With no SMTP configured the mail waits.
            EngineJobs.runMorningRound(app.getBean(ProcessEngine.class));
            boolean workingDay = app.getBean(WorkingCalendar.class).isWorkingDay(VietnamTime.dateOf(Instant.now()));
            assertThat(escalationsTo(jdbc, "chutich", "truong.vhxh")).isEqualTo(workingDay ? 2 : 0);
            assertThat(jdbc.sql("select count(*) from outbox_email where kind = 'ESCALATION' and recipient_user not in"
                                    + " ('chutich', 'truong.vhxh') and recipient_user not like 'ngokbay.%'")
                            .query(Long.class)
                            .single())
                    .as("Ngọk Bay's late shares go to Ngọk Bay's people only")
                    .isZero();
            pendingMail = jdbc.sql("select count(*) from outbox_email where status = 'PENDING'")
                    .query(Long.class)
                    .single();

            String taskId = app.getBean(ProcessEngine.class)
                    .getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroup("kinh-te")
                    .taskDefinitionKey(PlanTaskModel.CARRY_OUT)
                    .listPage(0, 1)
                    .get(0)
                    .getId();
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "truong.kinh-te",
                            null,
                            app.getBean(UserAuthorities.class).of("truong.kinh-te")));
            evidenceSha = app.getBean(TaskEvidence.class)
                    .upload(taskId, "bao-cao.pdf", "%PDF-1.4 báo cáo".getBytes())
                    .sha256();
            SecurityContextHolder.clearContext();
        }

        try (ConfigurableApplicationContext app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                    .as("demo not loaded twice")
                    .isEqualTo(2);
            assertThat(count(jdbc, "assignment", "truong-giang")).isEqualTo(57);
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
                            .processDefinitionKey(PlanTaskModel.PROCESS_KEY)
                            .tenantIdIn("truong-giang")
                            .count())
                    .isEqualTo(8);
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .taskDefinitionKey(PlanTaskModel.CARRY_OUT)
                            .tenantIdIn("truong-giang")
                            .count())
                    .isEqualTo(57);
        }
    }

    /** Rows of a table of ours (plan_task or assignment) that belong to a commune's plans. */
    private static long count(JdbcClient jdbc, String table, String commune) {
        String join =
                table.equals("plan_task") ? "plan_task t" : "assignment a join plan_task t on t.id = a.plan_task_id";
        return jdbc.sql("select count(*) from " + join + " join plan p on p.id = t.plan_id where p.commune_id = ?")
                .param(commune)
                .query(Long.class)
                .single();
    }

    private static long escalationsTo(JdbcClient jdbc, String... users) {
        return jdbc.sql("select count(*) from outbox_email where kind = 'ESCALATION' and recipient_user in (:users)")
                .param("users", List.of(users))
                .query(Long.class)
                .single();
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
}
