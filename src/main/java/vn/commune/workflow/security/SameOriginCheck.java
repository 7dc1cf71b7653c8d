package vn.commune.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery guard for the app's own paths (the Camunda webapps under /camunda run their own
 * token filter): a request that changes something must come from one of the app's pages.
 *
 * <p>An Origin check rather than a token: browsers send Origin on every POST, PUT, PATCH and DELETE, same-origin
 * ones included, and no page can forge it; it needs nothing from the pages, so the static pages, the login form
 * (login CSRF) and the Tasklist forms (served by Camunda, posting to /api with the session cookie) are covered as
 * they are. So: a request naming its source (Origin, or else Referer) must name this app; a request naming none
 * passes only with HTTP Basic credentials (integrations, scripts), which a browser never adds on its own here.
 * The session cookie is also SameSite=Lax, a second line for browsers that would not send Origin.
 */
final class SameOriginCheck extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final RequestMatcher exempt;
    private final String publicOrigin;
    private final ObjectMapper json;

    /**
     * @param exempt paths with their own protection
     * @param baseUrl where people reach the app (workflow.base-url): accepted as well as the origin the request
     *     itself arrived at, for a proxy that does not pass the public host on
     */
    SameOriginCheck(RequestMatcher exempt, String baseUrl, ObjectMapper json) {
        this.exempt = exempt;
        this.publicOrigin = baseUrl == null ? null : origin(baseUrl);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || exempt.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        String claimed = request.getHeader(HttpHeaders.ORIGIN);
        if (claimed == null) {
            claimed = request.getHeader(HttpHeaders.REFERER);
        }
        if (claimed == null) {
            if (hasBasicCredentials(request)) {
                chain.doFilter(request, response);
            } else {
                refuse(
                        response,
                        "Yêu cầu bị từ chối: trình duyệt không cho biết yêu cầu được gửi từ trang nào (thiếu tiêu đề"
                                + " Origin), nên không xác nhận được là thao tác từ trang của hệ thống.");
            }
            return;
        }
        String source = origin(claimed);
        if (source != null && isOwn(request, source)) {
            chain.doFilter(request, response);
        } else {
            refuse(
                    response,
                    "Yêu cầu bị từ chối: thao tác thay đổi dữ liệu chỉ được gửi từ chính các trang của hệ thống, không"
                            + " phải từ trang " + (source == null ? claimed : source) + ".");
        }
    }

    /** The public origin, or the one the request itself reached: scheme, host and port after a trusted proxy's headers. */
    private boolean isOwn(HttpServletRequest request, String source) {
        return source.equals(publicOrigin)
                || source.equals(origin(request.getScheme(), request.getServerName(), request.getServerPort()));
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("message", message));
    }

    /** scheme://host[:port] of a URL as browsers write it in Origin (no default port), or null when it has none. */
    private static String origin(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null || uri.getHost() == null
                    ? null
                    : origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
