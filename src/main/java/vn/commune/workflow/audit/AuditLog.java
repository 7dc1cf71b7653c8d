package vn.commune.workflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Writes the audit trail in the caller's transaction: an act that rolls back leaves no row, one that commits leaves
 * exactly its own. Who is the logged-in user (null: anonymous); the address is the client's, as Tomcat sees it after
 * a trusted proxy's X-Forwarded-For (server.forward-headers-strategy), never the raw header.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 2000;
    private static final int MAX_TARGET = 255;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A domain act done by the current user, succeeded. */
    public void record(AuditKind kind, String target, String communeId, String detail) {
        record(currentUser(), kind, Outcome.OK, target, communeId, detail);
    }

    /** An act done by someone else than the current user (a task completed through the engine, a login). */
    public void record(String userId, AuditKind kind, Outcome outcome, String target, String communeId, String detail) {
        jdbc.sql("""
                        insert into audit_event(occurred_at, user_id, kind, outcome, target, detail, address, commune_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Timestamp.from(clock.instant()),
                        userId,
                        kind.name(),
                        outcome.name(),
                        cut(target, MAX_TARGET),
                        cut(detail, MAX_DETAIL),
                        address(),
                        communeId)
                .update();
    }

    /** The logged-in user's id, or null for nobody (anonymous, a scheduled job). */
    static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? null
                : auth.getName();
    }

    /** The request being answered on this thread (set by {@link RequestAudit}, around the security chain). */
    static HttpServletRequest currentRequest() {
        return RequestAudit.CURRENT.get();
    }

    private static String address() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : request.getRemoteAddr();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
