package vn.commune.workflow.account;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.commune.workflow.system.Refusal;

/** The engine's password policy, said in Vietnamese: the engine decides, this only words its verdict. */
@Component
class PasswordRules {

    private final IdentityService identity;

    PasswordRules(IdentityService identity) {
        this.identity = identity;
    }

    /** Refuses a password the engine's policy would refuse for this person, saying every rule it breaks. */
    void check(String password, String userId, String fullName, String email) {
        if (password == null || password.isEmpty()) {
            throw Refusal.invalid("Hãy nhập mật khẩu.");
        }
        User user = identity.newUser(userId);
        user.setFirstName(fullName);
        user.setEmail(email);
        PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
        if (!result.isValid()) {
            List<String> broken =
                    result.getViolatedRules().stream().map(PasswordRules::say).toList();
            throw Refusal.invalid("Mật khẩu chưa đạt yêu cầu: cần " + String.join("; ", broken) + ".");
        }
    }

    private static String say(PasswordPolicyRule rule) {
        Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "ít nhất " + p.getOrDefault("minLength", "10") + " ký tự";
            case "PASSWORD_POLICY_LOWERCASE" -> "ít nhất " + p.getOrDefault("minLowerCase", "1") + " chữ thường";
            case "PASSWORD_POLICY_UPPERCASE" -> "ít nhất " + p.getOrDefault("minUpperCase", "1") + " chữ hoa";
            case "PASSWORD_POLICY_DIGIT" -> "ít nhất " + p.getOrDefault("minDigit", "1") + " chữ số";
            case "PASSWORD_POLICY_SPECIAL" ->
                "ít nhất " + p.getOrDefault("minSpecial", "1") + " ký tự đặc biệt (như ! @ # - _)";
            case "PASSWORD_POLICY_USER_DATA" -> "không chứa tên đăng nhập, họ tên hay email";
            default -> "đáp ứng quy tắc " + rule.getPlaceholder();
        };
    }
}
