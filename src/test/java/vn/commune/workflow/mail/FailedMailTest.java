package vn.commune.workflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;

/** workflow.mail.max-attempts: a mail that never goes out is given up, shown to the administrator and sent again. */
class FailedMailTest extends IntegrationTest {

    @Autowired
    private OutboxSender sender;

    @Autowired
    private Outbox outbox;

    @Autowired
    private MailProperties properties;

    @LocalServerPort
    private int port;

    private AppHttp app;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
    }

    @Test
    void afterTheLastAttemptAMailIsFailedNotRetriedAndTheAdministratorSendsItAgain() throws Exception {
        // The sender stops at the first failure: other communes' mail that falls due while SMTP is down here would be
        // tried instead of this one, so it goes out first.
        Instant at = Instant.now();
        int rounds = properties.maxAttempts() + 3;
        EngineClock.set(at.plus(Duration.ofHours(2L * rounds)));
        deliverDueMail();
        EngineClock.set(at);
        String key = "failed-mail-test:" + System.nanoTime();
        String to = emailOf(head("kinh-te"));
        outbox.enqueue(
                "TEST",
                key,
                List.of(new Recipient(head("kinh-te"), "Trưởng phòng Kinh tế", to)),
                "Thư thử",
                "Nội dung");
        long id = jdbc.sql("select id from outbox_email where dedup_key like ?")
                .param(key + ":%")
                .query(Long.class)
                .single();

        greenMail.stop();
        for (int i = 0; i < rounds; i++) {
            at = at.plus(Duration.ofHours(2)); // past any pause between attempts
            EngineClock.set(at);
            sender.deliverPending();
        }
        assertThat(jdbc.sql("select status || ' ' || attempts from outbox_email where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("tried max-attempts times, then given up")
                .isEqualTo("FAILED " + properties.maxAttempts());

        HttpResponse<String> head = app.get("/api/outbox?status=FAILED", head("kinh-te"));
        assertThat(head.statusCode()).isEqualTo(403);
        assertThat(json(head).get("message").asText()).contains("Chỉ lãnh đạo");
        HttpResponse<String> chairman = app.get("/api/outbox?status=FAILED", chairman());
        assertThat(chairman.statusCode()).isEqualTo(200);
        assertThat(ids(json(chairman)))
                .as("the leadership sees its commune's failed mail")
                .contains(id);
        HttpResponse<String> admin = app.get("/api/outbox?status=FAILED", "admin");
        assertThat(ids(json(admin))).contains(id);
        JsonNode listed = mail(json(admin), id);
        assertThat(listed.get("recipient").asText()).isEqualTo(to);
        assertThat(listed.get("lastError").asText()).isNotBlank();

        HttpResponse<String> byChairman = app.postJson("/api/outbox/" + id + "/resend", chairman(), "{}");
        assertThat(byChairman.statusCode()).isEqualTo(403);
        assertThat(json(byChairman).get("message").asText()).isEqualTo("Chỉ quản trị hệ thống được gửi lại thư.");

        greenMail.start();
        assertThat(app.postJson("/api/outbox/" + id + "/resend", "admin", "{}").statusCode())
                .isEqualTo(200);
        assertThat(app.postJson("/api/outbox/" + id + "/resend", "admin", "{}").statusCode())
                .as("only a failed mail is sent again")
                .isEqualTo(404);
        deliverDueMail();
        assertThat(receivedMail()).as("sent once").singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Thư thử");
            assertThat(m.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(to);
        });
        assertThat(ids(json(app.get("/api/outbox?status=FAILED", "admin")))).doesNotContain(id);
    }

    private static List<Long> ids(JsonNode answer) {
        return answer.get("emails").findValues("id").stream()
                .map(JsonNode::asLong)
                .toList();
    }

    private static JsonNode mail(JsonNode answer, long id) {
        for (JsonNode m : answer.get("emails")) {
            if (m.get("id").asLong() == id) {
                return m;
            }
        }
        throw new AssertionError("mail " + id + " not listed");
    }
}
