package vn.commune.workflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.commune.workflow.security.CurrentUser;

/**
 * Logins and failed logins, from Spring Security's authentication events: the login form, and HTTP Basic on the API
 * and /engine-rest. HTTP Basic authenticates every call, so a Basic login is written once an hour per person and
 * address, not once per call; every failed attempt is written. Which Basic logins this node wrote or found in the
 * last hour it keeps in memory, so that a script's calls do not each ask the database again.
 */
@Component
class AuthenticationAudit {

    /** Tells {@link RefusalAudit} that this request's 401 is a failed login, already written. */
    static final String FAILED_LOGIN = AuthenticationAudit.class.getName() + ".failed";
    /** Who authenticated on this request (HTTP Basic has no session to find them in afterwards). */
    static final String USER = AuthenticationAudit.class.getName() + ".user";

    private static final Duration BASIC_LOGIN_QUIET = Duration.ofHours(1);
    private static final String FORM = "Trang đăng nhập";
    private static final String BASIC = "HTTP Basic";

    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    /** Per person and address, the time of the Basic login row this node last wrote or found. */
    private final Map<String, Instant> recentBasicLogins = new ConcurrentHashMap<>();

    AuthenticationAudit(AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        HttpServletRequest request = AuditLog.currentRequest();
        if (request != null) {
            request.setAttribute(USER, user);
        }
        boolean basic = isBasic(request);
        if (basic && loggedInRecently(user, request.getRemoteAddr())) {
            return;
        }
        audit.record(
                user,
                AuditKind.LOGIN,
                Outcome.OK,
                null,
                CurrentUser.communeOf(event.getAuthentication()).orElse(null),
                basic ? BASIC : FORM);
        if (basic) {
            remember(user, request.getRemoteAddr(), clock.instant());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        HttpServletRequest request = AuditLog.currentRequest();
        if (request != null) {
            request.setAttribute(FAILED_LOGIN, true);
        }
        audit.record(
                event.getAuthentication().getName(),
                AuditKind.LOGIN,
                Outcome.REFUSED,
                null,
                null,
                (isBasic(request) ? BASIC : FORM) + ": "
                        + event.getException().getClass().getSimpleName());
    }

    private boolean loggedInRecently(String user, String address) {
        Instant since = clock.instant().minus(BASIC_LOGIN_QUIET);
        Instant known = recentBasicLogins.get(key(user, address));
        if (known != null && known.isAfter(since)) {
            return true;
        }
        // Another node may have written it.
        Optional<Timestamp> written = jdbc.sql("""
                        select occurred_at from audit_event
                         where kind = 'LOGIN' and outcome = 'OK' and user_id = ? and address is not distinct from ?
                           and detail = ? and occurred_at > ?
                         order by occurred_at desc limit 1""")
                .params(user, address, BASIC, Timestamp.from(since))
                .query(Timestamp.class)
                .optional();
        written.ifPresent(at -> remember(user, address, at.toInstant()));
        return written.isPresent();
    }

    private void remember(String user, String address, Instant at) {
        Instant since = clock.instant().minus(BASIC_LOGIN_QUIET);
        recentBasicLogins.values().removeIf(known -> !known.isAfter(since));
        recentBasicLogins.put(key(user, address), at);
    }

    private static String key(String user, String address) {
        return user + "\n" + address;
    }

    private static boolean isBasic(HttpServletRequest request) {
        String authorization = request == null ? null : request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
