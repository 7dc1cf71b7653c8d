package vn.commune.workflow.engine;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request to the engine's HTTP APIs, seen the same way whichever door it came through: the REST API
 * (/engine-rest) or the engine API of the Camunda webapps (/camunda/api/engine), both answered by the same
 * engine resources. {@link #path} is the path inside the engine ("/task/42/complete"); requests to the webapps'
 * own plugin APIs (/camunda/api/cockpit/…, /camunda/api/admin/…) keep their full path.
 */
record EngineCall(String method, String path, boolean engineApi, String userId, Set<String> groups, byte[] body) {

    private static final Pattern ENGINE_PATH =
            Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?(/.*)?$");
    private static final Pattern TASK_PATH = Pattern.compile("^/task/([^/]+)(/.*)?$");

    static EngineCall of(HttpServletRequest request, String userId, Set<String> groups, byte[] body) {
        // Decoded and normalised as the servlet that answers sees it, so "/%73ignal" is "/signal" here too.
        String uri = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Matcher engine = ENGINE_PATH.matcher(uri);
        boolean engineApi = engine.matches();
        String path = engineApi ? (engine.group(1) == null ? "/" : engine.group(1)) : uri;
        return new EngineCall(request.getMethod(), path, engineApi, userId, groups, body);
    }

    boolean is(String method, String pathPattern) {
        return this.method.matches(method) && path.matches(pathPattern);
    }

    /** The id in /task/{id}/…, or null. */
    String taskId() {
        Matcher m = TASK_PATH.matcher(path);
        return engineApi && m.matches() ? m.group(1) : null;
    }
}
