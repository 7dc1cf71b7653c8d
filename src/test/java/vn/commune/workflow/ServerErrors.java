package vn.commune.workflow;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every 5xx the app answered, whoever asked (AppHttp, a Tasklist session, the browser): {@link IntegrationTest}
 * fails a test during which one was answered. A person's mistake must get a 4xx, never a 500.
 */
public final class ServerErrors {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    public List<String> seen() {
        return List.copyOf(seen);
    }

    public void clear() {
        seen.clear();
    }

    @TestConfiguration
    public static class Config {

        @Bean
        ServerErrors serverErrors() {
            return new ServerErrors();
        }

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> serverErrorRecorder(ServerErrors errors) {
            var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    String call = request.getMethod() + " " + request.getRequestURI();
                    try {
                        chain.doFilter(request, response);
                    } catch (IOException | ServletException | RuntimeException e) {
                        // The container answers 500 for it, after this filter.
                        errors.seen.add(call + " → " + e);
                        throw e;
                    }
                    if (response.getStatus() >= 500) {
                        errors.seen.add(call + " → " + response.getStatus());
                    }
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
