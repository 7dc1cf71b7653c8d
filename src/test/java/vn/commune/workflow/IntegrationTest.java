package vn.commune.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.demo.DemoPeople;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.plan.PlanService;
import vn.commune.workflow.plantask.TaskEvidence;
import vn.commune.workflow.security.UserAuthorities;

/**
 * The whole app on a real (embedded) PostgreSQL with a real SMTP server (GreenMail), the engine's
 * clock under the test's control and the job executor off: tests fire timers themselves. A test during which the
 * app answered any request with a 5xx fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({EngineClock.Config.class, ServerErrors.Config.class})
public abstract class IntegrationTest {

    protected static final String COMMUNE = "test-commune";
    private static final AtomicInteger PLANS = new AtomicInteger();

    /** One SMTP port per test JVM: test runs side by side on one machine do not collide. */
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    protected static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected PlanService plans;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private DemoPeople people;

    @Autowired
    private Communes communes;

    @Autowired
    private UserAuthorities authorities;

    @Autowired
    private ServerErrors serverErrors;

    @Autowired
    private TaskEvidence evidence;

    @BeforeEach
    void prepareCommune() {
        serverErrors.clear();
        init(engine);
        EngineClock.reset();
        if (!communes.exists(COMMUNE)) {
            people.create(new Commune(COMMUNE, "Xã Thử Nghiệm", null, ""));
        }
        // What other tests left behind (mail, notices, late work) is not this test's business.
        jdbc.sql("update outbox_email set status = 'SENT' where status = 'PENDING'")
                .update();
        // A day's digest or a week's list made by an earlier test, on the same simulated day, does not stand for this
        // test's: their keys are set aside.
        jdbc.sql("update outbox_email set dedup_key = 'earlier-test:' || id where dedup_key not like 'earlier-test:%'")
                .update();
        jdbc.sql("delete from scheduled_run").update();
        jdbc.sql("update notice set digest_date = date '1900-01-01' where digest_date is null")
                .update();
        jdbc.sql(
                        "update assignment set status = 'DONE', completed_at = timestamp '2000-01-01 00:00:00' where status <> 'DONE'")
                .update();
    }

    @AfterEach
    void resetClockAndUser() {
        EngineClock.reset();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void noServerError() {
        assertThat(serverErrors.seen())
                .as("requests the app answered with a server error (a refusal must be a 4xx)")
                .isEmpty();
    }

    /** Acts as the given user, with their offices, roles and commune as a login would give them. */
    protected void actAs(String userId) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities.of(userId)));
    }

    protected static PlanDraft.TaskDraft task(String number, String deadlineText, String... leadOffices) {
        return new PlanDraft.TaskDraft(
                number,
                "I. Nhóm nhiệm vụ thử",
                "Nhiệm vụ thử số " + number + " " + PLANS.get(),
                String.join("; ", leadOffices),
                "",
                "Báo cáo kết quả",
                deadlineText,
                List.of(leadOffices),
                List.of());
    }

    /** Stores a plan monitored by the given office and starts its task processes. */
    protected long createPlan(String monitoringOffice, LocalDate issuedOn, PlanDraft.TaskDraft... tasks) {
        PlanDraft draft = new PlanDraft(
                "KH-" + PLANS.incrementAndGet(),
                issuedOn,
                "Kế hoạch thử nghiệm " + PLANS.get(),
                monitoringOffice,
                "test",
                null,
                List.of(tasks),
                List.of());
        return plans.create(COMMUNE, draft, "test");
    }

    /** Runs the due jobs of these process instances one at a time, earliest first: a job may cancel others. */
    protected void runDueJobs(java.util.Collection<String> processInstanceIds) {
        var management = engine.getManagementService();
        while (true) {
            var due = processInstanceIds.stream()
                    .flatMap(pi -> management.createJobQuery().processInstanceId(pi).executable().list().stream())
                    .min(java.util.Comparator.comparing(org.camunda.bpm.engine.runtime.Job::getDuedate));
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get().getId());
        }
    }

    /** The office head sends the office's result with evidence and the monitoring office accepts it, now. */
    protected void finishAccepted(long plan, String number, String officeHead) {
        actAs(officeHead);
        evidence.upload(taskOf(plan, number), "ket-qua.pdf", "%PDF-1.4 kết quả".getBytes());
        engine.getTaskService().complete(taskOf(plan, number), java.util.Map.of("resultNote", "Xong"));
        engine.getTaskService().complete(taskOf(plan, number), java.util.Map.of("accepted", true));
    }

    /** The open Tasklist task of a plan's task, by the task's number in the plan. */
    protected String taskOf(long plan, String number) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, number))
                .singleResult()
                .getId();
    }

    protected String businessKeyOf(long planId, String taskNumber) {
        return String.valueOf(jdbc.sql("select id from plan_task where plan_id = ? and number = ?")
                .params(planId, taskNumber)
                .query(Long.class)
                .single());
    }
}
