package vn.commune.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.commune.workflow.security.CurrentUser;

/**
 * The engine's HTTP edge: every request to an engine-facing API (the REST API and the webapps' APIs) passes here
 * after login and before the engine. In order: the role's write policy (403), the expression guard (400), the
 * domain's checks on task writes (404, 422); then the engine, with a net that turns the 500s it writes for a
 * person's mistake into the 4xx they are.
 */
@Configuration
class EngineEdge {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineEdgeFilter(
            CurrentUser user, TaskChecks taskChecks, ObjectMapper json) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(user, taskChecks, json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // After Spring Security (who is asking) and Camunda's authentication filters.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final CurrentUser user;
        private final TaskChecks taskChecks;
        private final ObjectMapper json;

        Filter(CurrentUser user, TaskChecks taskChecks, ObjectMapper json) {
            this.user = user;
            this.taskChecks = taskChecks;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (SecurityContextHolder.getContext().getAuthentication() == null) {
                // Not logged in: Spring Security has already answered 401.
                chain.doFilter(request, response);
                return;
            }
            String contentType = request.getContentType();
            boolean readBody = ExpressionGuard.mayBeJson(contentType);
            byte[] body = readBody ? request.getInputStream().readAllBytes() : new byte[0];
            EngineCall call = EngineCall.of(request, user.id(), user.groups(), body);
            Optional<Refusal> refusal = WritePolicy.check(call, json)
                    .or(() -> ExpressionGuard.check(call, request.getQueryString(), contentType))
                    .or(() -> taskChecks.check(call));
            if (refusal.isPresent()) {
                refusal.get().write(response, json);
                return;
            }
            EngineErrors.Response net = new EngineErrors.Response(response, json);
            chain.doFilter(readBody ? new ReadAgain(request, body) : request, net);
            net.finish();
        }
    }

    /** The request with its body, which the edge has read, readable again by the engine. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
