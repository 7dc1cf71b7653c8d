package vn.commune.workflow.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

@Controller
class HomeController {

    private final CurrentUser user;
    private final Outbox outbox;

    HomeController(CurrentUser user, Outbox outbox) {
        this.user = user;
        this.outbox = outbox;
    }

    /** The chairman lands on what is late; everyone else on the plans. */
    @GetMapping("/")
    String home() {
        return user.isLeadership() ? "redirect:/dashboard.html" : "forward:/index.html";
    }

    @GetMapping("/login")
    String login() {
        return "forward:/login.html";
    }

    @GetMapping("/api/me")
    @ResponseBody
    Map<String, Object> me() {
        Set<String> groups = user.groups();
        return Map.of("userId", user.id(), "groups", groups, "leadership", user.isLeadership());
    }

    /** Mail waiting to go out (or already sent): the chairman sees that nothing is lost while SMTP is down. */
    @GetMapping("/api/outbox")
    @ResponseBody
    Map<String, Object> outbox(@RequestParam(defaultValue = "PENDING") String status) {
        if (!user.isLeadership()) {
            throw Refusal.notAllowed("Chỉ lãnh đạo UBND xã xem được hộp thư đi.");
        }
        if (!List.of("PENDING", "SENT").contains(status)) {
            throw Refusal.invalid("Trạng thái thư không hợp lệ: " + status + " (PENDING hoặc SENT).");
        }
        return Map.of("status", status, "count", outbox.count(status), "emails", outbox.list(status, 200));
    }
}
