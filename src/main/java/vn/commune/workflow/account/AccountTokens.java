package vn.commune.workflow.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.commune.workflow.system.Sha256;

/**
 * One-time links. The token travels in the link only; the table keeps its SHA-256, so whoever reads the database
 * (or a backup) cannot open an account with it.
 */
@Repository
class AccountTokens {

    enum Purpose {
        SETUP,
        PASSWORD
    }

    /** A token still usable: whose account it opens (none for the setup link) and until when. */
    record Token(String userId, Instant expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token; {@code expiresAt} null for one that lasts until used. */
    String issue(Purpose purpose, String userId, Instant expiresAt) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("""
                        insert into account_token(token_hash, purpose, user_id, created_at, expires_at)
                        values (?, ?, ?, ?, ?)""")
                .params(
                        hash(token),
                        purpose.name(),
                        userId,
                        Timestamp.from(clock.instant()),
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        return token;
    }

    /** The token if it is of this purpose, unused and not expired. */
    Optional<Token> find(Purpose purpose, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select user_id, expires_at from account_token
                         where token_hash = ? and purpose = ? and used_at is null
                           and (expires_at is null or expires_at > ?)""")
                .params(hash(token), purpose.name(), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Token(
                        rs.getString("user_id"),
                        rs.getTimestamp("expires_at") == null
                                ? null
                                : rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** Marks the token used; false when it was not usable (used meanwhile, expired, unknown). */
    boolean use(Purpose purpose, String token) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                                update account_token set used_at = ?
                                 where token_hash = ? and purpose = ? and used_at is null
                                   and (expires_at is null or expires_at > ?)""").params(now, hash(token), purpose.name(), now).update() == 1;
    }

    /** Older links of the same kind stop working: only the newest one mailed or logged opens the account. */
    void revokeUnused(Purpose purpose, String userId) {
        Timestamp now = Timestamp.from(clock.instant());
        if (userId == null) {
            jdbc.sql("update account_token set used_at = ? where purpose = ? and user_id is null and used_at is null")
                    .params(now, purpose.name())
                    .update();
        } else {
            jdbc.sql("update account_token set used_at = ? where purpose = ? and user_id = ? and used_at is null")
                    .params(now, purpose.name(), userId)
                    .update();
        }
    }

    private static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
