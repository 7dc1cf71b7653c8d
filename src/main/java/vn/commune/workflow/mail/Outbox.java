package vn.commune.workflow.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes mail into the outbox in the caller's transaction: if the step that caused it rolls back,
 * no mail exists; if it commits, the mail will be delivered by {@link OutboxSender}, once.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The dedup key names the event; a second enqueue of the same event for the same person is ignored. */
    public void enqueue(String kind, String eventKey, List<Recipient> recipients, String subject, String body) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Recipient to : recipients) {
            jdbc.sql("""
                            insert into outbox_email(dedup_key, kind, recipient, recipient_user, subject, body, created_at, status, next_attempt_at)
                            values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?) on conflict (dedup_key) do nothing""")
                    .params(key(eventKey, to.userId()), kind, to.email(), to.userId(), subject, body, now, now)
                    .update();
        }
    }

    /** The dedup key of one event's email to one person. */
    public static String key(String eventKey, String userId) {
        return eventKey + ":" + userId;
    }

    public boolean exists(String key) {
        return jdbc.sql("select count(*) from outbox_email where dedup_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The mail of these people (a commune's), or of everyone for null (the system administrator), newest first. */
    public List<OutboxEmail> list(String status, Collection<String> recipientUsers, int limit) {
        if (recipientUsers != null && recipientUsers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, kind, recipient, recipient_user, subject, created_at, status, attempts, last_error, sent_at
                          from outbox_email where status = :status""" + forUsers(recipientUsers) + """
                         order by id desc limit :limit""")
                .params(params(status, recipientUsers))
                .param("limit", limit)
                .query((rs, n) -> new OutboxEmail(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("recipient"),
                        rs.getString("recipient_user"),
                        rs.getString("subject"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    public long count(String status, Collection<String> recipientUsers) {
        if (recipientUsers != null && recipientUsers.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from outbox_email where status = :status" + forUsers(recipientUsers))
                .params(params(status, recipientUsers))
                .query(Long.class)
                .single();
    }

    private static String forUsers(Collection<String> recipientUsers) {
        return recipientUsers == null ? " " : " and recipient_user in (:users) ";
    }

    private static Map<String, Object> params(String status, Collection<String> recipientUsers) {
        return recipientUsers == null ? Map.of("status", status) : Map.of("status", status, "users", recipientUsers);
    }

    /**
     * A FAILED mail goes back to the queue with a fresh count of attempts, once the administrator has fixed the cause
     * (address, SMTP settings). Returns its recipient's login; an unknown or not failed mail is refused.
     */
    public Optional<String> resend(long id) {
        String sql = """
                update outbox_email set status = 'PENDING', attempts = 0, next_attempt_at = ?
                 where id = ? and status = 'FAILED' returning coalesce(recipient_user, recipient)""";
        return jdbc.sql(sql)
                .params(Timestamp.from(clock.instant()), id)
                .query(String.class)
                .optional();
    }

    public record OutboxEmail(
            long id,
            String kind,
            String recipient,
            String recipientUser,
            String subject,
            java.time.Instant createdAt,
            String status,
            int attempts,
            String lastError,
            java.time.Instant sentAt) {}
}
