package vn.commune.workflow.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What only the final answer to a request tells: refusals (401, 403), whoever refused (Spring Security, the Origin
 * check, the engine's edge, a service), and changes to people, groups, tenants and authorizations through the
 * engine's REST API or the Camunda Admin webapp. It wraps the whole security chain, so it sees every answer.
 */
class RequestAudit extends OncePerRequestFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Identity and authorization resources of the engine, however reached; and the webapps' first-admin setup. */
    private static final Pattern IDENTITY =
            Pattern.compile("^/(engine-rest|camunda/api/engine/engine/[^/]+)/(user|group|tenant|authorization)(/.*)?$"
                    + "|^/camunda/api/admin/setup/.*$");

    /**
     * Spring's RequestContextHolder is bound only inside Spring MVC, not during authentication nor in the engine's
     * REST API: the audit keeps its own.
     */
    static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    private static final Logger log = LoggerFactory.getLogger(RequestAudit.class);

    private final AuditLog audit;

    RequestAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CURRENT.set(request);
        try {
            chain.doFilter(request, response);
        } finally {
            try {
                recordAnswer(request, response.getStatus());
            } catch (RuntimeException e) {
                // The answer is given; a database that cannot take the row must not turn it into an error.
                log.error(
                        "Audit row not written for {} {}: {}",
                        request.getMethod(),
                        request.getRequestURI(),
                        e.toString());
            } finally {
                CURRENT.remove();
            }
        }
    }

    private void recordAnswer(HttpServletRequest request, int status) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String what = request.getMethod() + " " + path + " → " + status;
        if (CHANGES.contains(request.getMethod()) && IDENTITY.matcher(path).matches()) {
            Outcome outcome = status >= 500 ? Outcome.FAILED : status >= 400 ? Outcome.REFUSED : Outcome.OK;
            audit.record(who(request), AuditKind.ADMIN_CHANGE, outcome, path, null, what);
        } else if ((status == 401 && request.getAttribute(AuthenticationAudit.FAILED_LOGIN) == null) || status == 403) {
            audit.record(who(request), AuditKind.ACCESS_DENIED, Outcome.REFUSED, path, null, what);
        }
    }

    /** The user this request authenticated (HTTP Basic), or the session's; null when nobody logged in. */
    private static String who(HttpServletRequest request) {
        if (request.getAttribute(AuthenticationAudit.USER) instanceof String user) {
            return user;
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() != null) {
            return context.getAuthentication().getName();
        }
        return null;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Around Spring Security's chain: its refusals never reach a filter behind it. */
        @Bean
        FilterRegistrationBean<RequestAudit> requestAudit(AuditLog audit) {
            var registration = new FilterRegistrationBean<>(new RequestAudit(audit));
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }
}
