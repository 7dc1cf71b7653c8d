package vn.commune.workflow.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * No request makes the engine evaluate an expression (JUEL, which can call any Java method).
 *
 * <p>The engine evaluates expressions that arrive in the {@code …Expression} fields of task queries. Its switch
 * for ad hoc queries ({@code enableExpressionsInAdhocQueries=false}) guards only the top query: the queries in
 * {@code orQueries} are built by the REST layer as {@code new TaskQueryImpl()}, which carries no validator, and
 * {@code TaskQueryImpl.ensureOrExpressionsEvaluated} then evaluates them. Stored queries (Tasklist filters) are
 * evaluated too, so expressions must never be stored over HTTP either. Hence this guard, in front of every
 * engine-facing API, refuses before the engine parses anything:
 *
 * <ul>
 *   <li>a query parameter whose name ends in "Expression", or whose value holds "${" or "#{" (a value that is
 *       JSON, such as {@code orQueries=[…]}, is read and checked as a body);
 *   <li>in a JSON body, read with Jackson so that every escape ({@code \u0024\u007b}) is decoded first, any key
 *       ending in "Expression" at any depth, and any string holding "${" or "#{";
 *   <li>a body declared as JSON that is not JSON, or not a JSON object.
 * </ul>
 *
 * <p>String values are not checked in the bodies that carry what people write when they hand in their work:
 * task completion, form submission, task variables and comments. There a result note may well say "${…}", and
 * the engine stores such values as data; it never evaluates a variable's value. Every other body (queries,
 * filters, and all that an administrator sends) is checked in full. Multipart bodies (deployments, which only
 * an administrator may create) and form posts are not JSON and are not read here.
 */
final class ExpressionGuard {

    static final String REFUSED = "Yêu cầu có biểu thức (${…} hoặc #{…}, hay trường …Expression): hệ thống không"
            + " cho phép gửi biểu thức tới bộ máy quy trình. Hãy gửi giá trị cụ thể.";
    static final String NOT_JSON = "Nội dung gửi lên không phải JSON hợp lệ.";
    static final String NOT_AN_OBJECT = "Nội dung gửi lên phải là một đối tượng JSON ({…}).";

    /** Where string values are a person's words, not query criteria. */
    private static final Pattern PEOPLES_WORDS = Pattern.compile(
            "^/task/[^/]+/(complete|submit-form|resolve|comment/create|(variables|localVariables)(/[^/]+)?)$");

    /** At least as lenient as any JSON reader the engine may use: what it could read, this reads too. */
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_MISSING_VALUES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ExpressionGuard() {}

    static Optional<Refusal> check(EngineCall call, String queryString, String contentType) {
        if (queryString != null && !queryString.isEmpty()) {
            for (String pair : queryString.split("&")) {
                int eq = pair.indexOf('=');
                String name;
                String value;
                try {
                    name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return Optional.of(Refusal.badRequest("Tham số trên địa chỉ không hợp lệ: " + pair));
                }
                if (isExpressionName(name) || hasExpression(value)) {
                    return Optional.of(Refusal.badRequest(REFUSED));
                }
                String trimmed = value.strip();
                if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
                    JsonNode json = readOrNull(trimmed.getBytes(StandardCharsets.UTF_8));
                    if (json != null && carriesExpression(json, true)) {
                        return Optional.of(Refusal.badRequest(REFUSED));
                    }
                }
            }
        }
        if (call.body().length == 0 || !mayBeJson(contentType)) {
            return Optional.empty();
        }
        JsonNode json = readOrNull(call.body());
        if (json == null) {
            // Declared JSON but unreadable: refused. Anything else the engine will not read as JSON either.
            return isJson(contentType) ? Optional.of(Refusal.badRequest(NOT_JSON)) : Optional.empty();
        }
        if (!json.isObject() && isJson(contentType)) {
            // Every JSON body of the engine's and the webapps' APIs is an object; the engine fails on null with a 500.
            return Optional.of(Refusal.badRequest(NOT_AN_OBJECT));
        }
        boolean valuesAreWords =
                call.engineApi() && PEOPLES_WORDS.matcher(call.path()).matches();
        return carriesExpression(json, !valuesAreWords) ? Optional.of(Refusal.badRequest(REFUSED)) : Optional.empty();
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** Whether a body of this type may be JSON: multipart bodies and form posts are not, and are not read. */
    static boolean mayBeJson(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return !type.startsWith("multipart/") && !type.startsWith("application/x-www-form-urlencoded");
    }

    private static JsonNode readOrNull(byte[] body) {
        try {
            return LENIENT.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean carriesExpression(JsonNode node, boolean checkValues) {
        if (node.isTextual()) {
            return checkValues && hasExpression(node.asText());
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (isExpressionName(field.getKey()) || carriesExpression(field.getValue(), checkValues)) {
                    return true;
                }
            }
            return false;
        }
        for (JsonNode element : node) {
            if (carriesExpression(element, checkValues)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExpressionName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    private static boolean hasExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }
}
