package vn.commune.workflow.mail;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each email is sent while its row is locked (several app nodes never pick the
 * same one) and marked sent in that same transaction; a failure leaves it pending with a growing pause, and
 * the last allowed attempt ({@code workflow.mail.max-attempts}) marks it FAILED.
 * Without SMTP configured nothing is sent and the mail waits, visible to the chairman.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailProperties properties;
    private final Clock clock;

    OutboxSender(
            JdbcClient jdbc,
            TransactionTemplate tx,
            ObjectProvider<JavaMailSender> smtp,
            MailProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.smtp = smtp;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${workflow.mail.send-interval}",
            initialDelayString = "${workflow.mail.send-interval}")
    public void deliverScheduled() {
        deliverPending();
    }

    /** Sends what is due now; returns how many emails were sent. */
    public int deliverPending() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Optional<Boolean> result = tx.execute(status -> deliverOne(sender));
            if (result == null || result.isEmpty()) {
                break;
            }
            if (!result.get()) {
                break; // SMTP is failing: leave the rest for the next round instead of hammering it
            }
            sent++;
        }
        return sent;
    }

    private Optional<Boolean> deliverOne(JavaMailSender sender) {
        Instant now = clock.instant();
        Optional<Pending> next = jdbc.sql("""
                        select id, recipient, subject, body, attempts from outbox_email
                         where status = 'PENDING' and next_attempt_at <= ?
                         order by next_attempt_at, id limit 1 for update skip locked""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Pending(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .optional();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Pending mail = next.get();
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            // A stable id lets a mail server or client drop a copy should a crash ever resend it.
            message.setHeader("Message-ID", "<outbox-" + mail.id() + "@commune-workflow>");
            sender.send(message);
            jdbc.sql(
                            "update outbox_email set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                    .params(Timestamp.from(clock.instant()), mail.id())
                    .update();
            return Optional.of(true);
        } catch (Exception e) {
            int attempt = mail.attempts() + 1;
            if (attempt >= properties.maxAttempts()) {
                // Retrying for ever would hide a wrong address or a refusing server: the administrator decides.
                log.error(
                        "Email {} to {} not sent after {} attempts, marked FAILED: {}",
                        mail.id(),
                        mail.recipient(),
                        attempt,
                        e.getMessage());
                jdbc.sql(
                                "update outbox_email set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?")
                        .params(String.valueOf(e.getMessage()), mail.id())
                        .update();
                return Optional.of(false);
            }
            Duration pause = backoff(attempt);
            log.warn(
                    "Email {} to {} not sent (attempt {}), retry in {}: {}",
                    mail.id(),
                    mail.recipient(),
                    attempt,
                    pause,
                    e.getMessage());
            jdbc.sql(
                            "update outbox_email set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                    .params(String.valueOf(e.getMessage()), Timestamp.from(now.plus(pause)), mail.id())
                    .update();
            return Optional.of(false);
        }
    }

    private Duration backoff(int attempts) {
        Duration pause = Duration.ofSeconds(15L << Math.min(attempts - 1, 10));
        return pause.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : pause;
    }

    private record Pending(long id, String recipient, String subject, String body, int attempts) {}
}
