package vn.commune.workflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server listens before the data a request needs is in place (models deployed, the demo's people made):
 * until the app is ready every request but the health probes gets a short 503, never a 401 for a valid user.
 */
class ReadinessGate extends OncePerRequestFilter {

    static final String NOT_READY = "Hệ thống đang khởi động, vui lòng thử lại sau ít giây.";

    private final ApplicationAvailability availability;

    ReadinessGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"" + NOT_READY + "\"}");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ReadinessGate> readinessGate(ApplicationAvailability availability) {
            var registration = new FilterRegistrationBean<>(new ReadinessGate(availability));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
