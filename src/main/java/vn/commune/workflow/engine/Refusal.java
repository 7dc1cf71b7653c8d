package vn.commune.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal at the engine's edge, written as the engine writes its own errors ({"type","message"}), so that
 * Tasklist, Cockpit and REST clients show the Vietnamese message as they show the engine's.
 */
record Refusal(int status, String type, String message) {

    static final String INVALID_REQUEST = "InvalidRequestException";
    static final String AUTHORIZATION = "AuthorizationException";

    static Refusal badRequest(String message) {
        return new Refusal(HttpServletResponse.SC_BAD_REQUEST, INVALID_REQUEST, message);
    }

    static Refusal forbidden(String message) {
        return new Refusal(HttpServletResponse.SC_FORBIDDEN, AUTHORIZATION, message);
    }

    static Refusal notFound(String message) {
        return new Refusal(HttpServletResponse.SC_NOT_FOUND, INVALID_REQUEST, message);
    }

    static Refusal unprocessable(String message) {
        return new Refusal(422, INVALID_REQUEST, message);
    }

    byte[] json(ObjectMapper json) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return json.writeValueAsBytes(body);
    }

    void write(HttpServletResponse response, ObjectMapper json) throws IOException {
        byte[] bytes = json(json);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
