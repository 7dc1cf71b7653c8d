package vn.commune.workflow.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.commune.workflow.audit.AuditKind;
import vn.commune.workflow.audit.AuditLog;
import vn.commune.workflow.commune.CommuneScope;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.security.Role;
import vn.commune.workflow.system.Refusal;

@Controller
class HomeController {

    private final CurrentUser user;
    private final CommuneScope communes;
    private final OfficeDirectory directory;
    private final Outbox outbox;
    private final AuditLog audit;

    HomeController(CurrentUser user, CommuneScope communes, OfficeDirectory directory, Outbox outbox, AuditLog audit) {
        this.audit = audit;
        this.user = user;
        this.communes = communes;
        this.directory = directory;
        this.outbox = outbox;
    }

    /**
     * The chairman lands on what is late; the system administrator (no commune) on the setup; province staff on their
     * communes side by side; everyone else on the plans.
     */
    @GetMapping("/")
    String home() {
        if (user.isAdministrator() && user.communeId().isEmpty()) {
            return "redirect:/admin/setup";
        }
        if (user.isLeadership()) {
            return "redirect:/dashboard.html";
        }
        if (user.has(Role.PROVINCE_VIEWER) && user.communeId().isEmpty()) {
            return "redirect:/tinh.html";
        }
        return "forward:/index.html";
    }

    @GetMapping("/login")
    String login() {
        return "forward:/login.html";
    }

    @GetMapping("/api/me")
    @ResponseBody
    Map<String, Object> me() {
        Map<String, Object> me = new java.util.LinkedHashMap<>();
        me.put("userId", user.id());
        me.put("groups", user.groups());
        me.put("leadership", user.isLeadership());
        me.put("commune", user.communeId().orElse(null));
        me.put("roles", java.util.Arrays.stream(Role.values()).filter(user::has).toList());
        return me;
    }

    /**
     * Mail waiting to go out, sent, or given up after its last attempt: the chairman sees that nothing is lost while
     * SMTP is down; the system administrator sees every commune's.
     */
    @GetMapping("/api/outbox")
    @ResponseBody
    Map<String, Object> outbox(@RequestParam(defaultValue = "PENDING") String status) {
        if (!user.isLeadership() && !user.isAdministrator()) {
            throw Refusal.notAllowed("Chỉ lãnh đạo UBND xã và quản trị hệ thống xem được hộp thư đi.");
        }
        if (!List.of("PENDING", "SENT", "FAILED").contains(status)) {
            throw Refusal.invalid("Trạng thái thư không hợp lệ: " + status + " (PENDING, SENT hoặc FAILED).");
        }
        Set<String> people = user.isAdministrator() ? null : directory.peopleOf(communes.current());
        return Map.of(
                "status", status, "count", outbox.count(status, people), "emails", outbox.list(status, people, 200));
    }

    /** The administrator sends a failed mail again, once its cause (address, SMTP settings) is fixed. */
    @PostMapping("/api/outbox/{id}/resend")
    @ResponseBody
    @Transactional
    Map<String, Object> resend(@PathVariable long id) {
        if (!user.isAdministrator()) {
            throw Refusal.notAllowed("Chỉ quản trị hệ thống được gửi lại thư.");
        }
        String to =
                outbox.resend(id).orElseThrow(() -> Refusal.notFound("Không có thư không gửi được nào số " + id + "."));
        audit.record(AuditKind.ADMIN_CHANGE, "thư " + id, null, "Gửi lại thư không gửi được cho " + to);
        return Map.of("id", id, "status", "PENDING");
    }
}
