package vn.commune.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import vn.commune.workflow.mail.OutboxSender;
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

    private static final AtomicInteger PLANS = new AtomicInteger();
    private static final AtomicInteger TESTS = new AtomicInteger();

    /**
     * The id of the commune this test works in. Each class has its own (id and Camunda id prefix from the class's
     * name), so no test reads or rewrites another class's plans, tasks, mail or notices; a class whose tests look
     * at everything a person receives may ask for one commune per test ({@link #communePerTest()}).
     */
    protected String commune;

    private Commune own;

    protected IntegrationTest() {
        String name = getClass().getSimpleName().replaceFirst("Test$", "").toLowerCase(Locale.ROOT);
        own = new Commune("t-" + name, "Xã Thử " + getClass().getSimpleName(), null, "t" + name + ".");
        commune = own.id();
    }

    /** Whether each test of the class gets a commune of its own, made before the test, instead of the class's. */
    protected boolean communePerTest() {
        return false;
    }

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
    private OutboxSender outboxSender;

    @Autowired
    private TaskEvidence evidence;

    @BeforeEach
    void prepareCommune() {
        if (communePerTest()) {
            int n = TESTS.incrementAndGet();
            own = new Commune(
                    own.id() + "-" + n,
                    own.name() + " " + n,
                    null,
                    own.idPrefix().replaceFirst("\\.$", "") + n + ".");
            commune = own.id();
        }
        serverErrors.clear();
        init(engine);
        EngineClock.reset();
        if (!communes.exists(own.id())) {
            people.create(own);
        }
    }

    /** The Camunda group id of one of this class's offices, by its short code ("vhxh"). */
    protected String office(String code) {
        return own.qualify(code);
    }

    /**
     * The short code of one of this class's office ids, for comparing what the app answers with codes; an id of
     * another commune comes back marked, so that it never passes for one of this class's offices.
     */
    protected String code(String officeId) {
        return officeId.startsWith(own.idPrefix())
                ? officeId.substring(own.idPrefix().length())
                : "?" + officeId;
    }

    /** The login of the head of one of this class's offices, by the office's short code. */
    protected String head(String officeCode) {
        return own.qualify(DemoPeople.headOf(officeCode));
    }

    /** The login of this class's commune chairman. */
    protected String chairman() {
        return own.qualify(DemoPeople.CHAIRMAN);
    }

    /** The group of this class's commune leadership. */
    protected String leadership() {
        return own.leadershipGroup();
    }

    /** The Camunda id of another of this class's things, e.g. a login a test creates. */
    protected String user(String code) {
        return own.qualify(code);
    }

    /** The address mail to one of the test people goes to. */
    protected static String emailOf(String userId) {
        return DemoPeople.emailOf(userId);
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

    /** Sends every email that is due, in as many rounds as it takes: other classes' mail may be waiting too. */
    protected void deliverDueMail() {
        while (outboxSender.deliverPending() > 0) {
            // next round
        }
    }

    /** The messages GreenMail received for this class's people; it receives every commune's mail. */
    protected List<MimeMessage> receivedMail() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(this::toThisCommune)
                .toList();
    }

    private boolean toThisCommune(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().startsWith(own.idPrefix()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Acts as the given user, with their offices, roles and commune as a login would give them. */
    protected void actAs(String userId) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities.of(userId)));
    }

    /** A task led by the given offices, by their short codes. */
    protected PlanDraft.TaskDraft task(String number, String deadlineText, String... leadOffices) {
        return taskLedBy(
                number,
                deadlineText,
                Arrays.stream(leadOffices).map(this::office).toList());
    }

    /** A task led by the given offices, by their full ids: for a plan of a commune a test makes itself. */
    protected PlanDraft.TaskDraft taskLedBy(String number, String deadlineText, List<String> leads) {
        return new PlanDraft.TaskDraft(
                number,
                "I. Nhóm nhiệm vụ thử",
                "Nhiệm vụ thử số " + number + " " + PLANS.get(),
                String.join("; ", leads),
                "",
                "Báo cáo kết quả",
                deadlineText,
                leads,
                List.of());
    }

    /** Stores a plan of this class's commune, monitored by the given office (short code), and starts its tasks. */
    protected long createPlan(String monitoringOffice, LocalDate issuedOn, PlanDraft.TaskDraft... tasks) {
        PlanDraft draft = new PlanDraft(
                "KH-" + PLANS.incrementAndGet(),
                issuedOn,
                "Kế hoạch thử nghiệm " + PLANS.get(),
                office(monitoringOffice),
                "test",
                null,
                List.of(tasks),
                List.of());
        return plans.create(commune, draft, "test");
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
