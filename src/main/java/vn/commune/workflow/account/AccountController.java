package vn.commune.workflow.account;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.mail.Recipient;

/** What people do before they can log in: make the first administrator, set a password, ask for a new link. */
@RestController
@RequestMapping("/api/account")
class AccountController {

    static final String FORGOT_ANSWER = "Nếu địa chỉ này thuộc một tài khoản đang dùng, thư có liên kết đặt lại mật"
            + " khẩu đã được gửi tới đó. Hãy kiểm tra hộp thư (cả mục thư rác).";

    private final FirstAdministrator first;
    private final PasswordLinks links;

    AccountController(FirstAdministrator first, PasswordLinks links) {
        this.first = first;
        this.links = links;
    }

    record SetupRequest(String token, String userId, String fullName, String email, String password) {}

    record PasswordRequest(String token, String password) {}

    record ForgotRequest(String email) {}

    @GetMapping("/setup")
    Map<String, Object> setupLink(@RequestParam String token) {
        first.requireOpen(token);
        return Map.of("open", true);
    }

    @PostMapping("/setup")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> setup(@RequestBody SetupRequest request) {
        String userId = first.create(
                request.token(), request.userId(), request.fullName(), request.email(), request.password());
        return Map.of("userId", userId, "message", "Đã tạo tài khoản quản trị " + userId + ". Hãy đăng nhập.");
    }

    @GetMapping("/password")
    Map<String, Object> passwordLink(@RequestParam String token) {
        Recipient holder = links.holder(token);
        return Map.of("userId", holder.userId(), "name", holder.name());
    }

    @PostMapping("/password")
    Map<String, Object> setPassword(@RequestBody PasswordRequest request) {
        String userId = links.setPassword(request.token(), request.password());
        return Map.of("userId", userId, "message", "Đã đặt mật khẩu. Hãy đăng nhập bằng tài khoản " + userId + ".");
    }

    /** The same answer whether or not the address is known: nobody learns who has an account. */
    @PostMapping("/forgot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> forgot(@RequestBody ForgotRequest request) {
        links.forgot(request.email());
        return Map.of("message", FORGOT_ANSWER);
    }
}
