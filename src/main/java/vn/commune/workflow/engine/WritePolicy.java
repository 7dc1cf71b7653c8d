package vn.commune.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The engine writes each role needs, and no other. Camunda administrators (group camunda-admin) may do all the
 * engine lets them; everyone else, the office heads and the leadership, may read what the engine's authorizations
 * show them and make only the writes listed here. Anything not listed (signals, messages, starting or
 * modifying processes, deployments, jobs, incidents, batches, users, groups, tenants, authorizations, their own
 * profile and account, …) is refused before it reaches the engine.
 */
final class WritePolicy {

    static final String REFUSED = "Vai trò của bạn không được thực hiện thao tác này trên bộ máy quy trình"
            + " (%s %s). Việc này do quản trị hệ thống làm.";
    static final String CLAIM_FOR_SELF_ONLY = "Chỉ được nhận việc cho chính mình.";

    private record Rule(String methods, Pattern path) {}

    private static Rule rule(String methods, String path) {
        return new Rule(methods, Pattern.compile(path));
    }

    /** Paths inside the engine API (/engine-rest and /camunda/api/engine alike). */
    private static final List<Rule> ENGINE = List.of(
            // Reads: the engine's authorizations decide what each person sees.
            rule("GET|HEAD|OPTIONS", ".*"),
            // Queries sent as POST: Tasklist's lists, the leadership's Cockpit.
            rule(
                    "POST",
                    "/(task|process-instance|execution|variable-instance|job|external-task"
                            + "|history/(task|process-instance|activity-instance|variable-instance|detail"
                            + "|external-task-log|job-log))(/count)?"),
            rule("POST", "/filter/[^/]+/(list|count|singleResult)"),
            // Checks a new password against the policy; writes nothing.
            rule("POST", "/identity/password-policy"),
            // Working on a task; the engine checks that the task is theirs to work on, and lets only the one who
            // claimed a task release it (see ClaimRelease).
            rule("POST", "/task/[^/]+/(claim|unclaim|complete|submit-form|resolve|comment/create)"),
            rule("POST", "/task/[^/]+/(variables|localVariables)"),
            rule("PUT|DELETE", "/task/[^/]+/(variables|localVariables)/[^/]+"));

    /** Paths of the webapps' own APIs. */
    private static final List<Rule> WEBAPPS = List.of(
            rule("GET|HEAD|OPTIONS", "/camunda/api/.*"),
            // Cockpit's base plugin has only queries.
            rule("POST", "/camunda/api/cockpit/plugin/base/[^/]+/.*"),
            rule("POST", "/camunda/api/admin/auth/user/[^/]+/logout"));

    private WritePolicy() {}

    static Optional<Refusal> check(EngineCall call, ObjectMapper json) {
        if (call.groups().contains(Groups.CAMUNDA_ADMIN)) {
            return Optional.empty();
        }
        boolean allowed = (call.engineApi() ? ENGINE : WEBAPPS)
                        .stream()
                                .anyMatch(r -> call.method().matches(r.methods())
                                        && r.path().matcher(call.path()).matches())
                || ownPasswordChange(call);
        if (!allowed) {
            return Optional.of(Refusal.forbidden(REFUSED.formatted(call.method(), call.path())));
        }
        if (call.engineApi() && call.is("POST", "/task/[^/]+/claim") && !claimsForSelf(call, json)) {
            // The engine lets whoever may work on a task claim it for anyone; here one claims only for oneself.
            return Optional.of(Refusal.forbidden(CLAIM_FOR_SELF_ONLY));
        }
        return Optional.empty();
    }

    /**
     * A person may change their own password (the engine asks for the current one and applies the password
     * policy): it keeps the administrator from having to know everyone's password. Their profile (e-mail, to which
     * the product sends their reminders) and their account stay with the administrator.
     */
    private static boolean ownPasswordChange(EngineCall call) {
        return call.engineApi()
                && call.is("PUT", "/user/[^/]+/credentials")
                && call.path().equals("/user/" + call.userId() + "/credentials");
    }

    private static boolean claimsForSelf(EngineCall call, ObjectMapper json) {
        try {
            JsonNode body = json.readTree(call.body());
            return body != null && call.userId().equals(body.path("userId").asText(null));
        } catch (IOException e) {
            return false;
        }
    }
}
