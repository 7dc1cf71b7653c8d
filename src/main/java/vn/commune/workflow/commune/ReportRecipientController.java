package vn.commune.workflow.commune;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.security.Role;
import vn.commune.workflow.system.Refusal;

/**
 * The higher recipients of the commune's reports: read by its people, set by its administrator or the system
 * administrator ({@code commune}: which commune, for the system administrator).
 */
@RestController
class ReportRecipientController {

    private final ReportRecipients recipients;
    private final CommuneScope communes;
    private final CurrentUser user;

    ReportRecipientController(ReportRecipients recipients, CommuneScope communes, CurrentUser user) {
        this.recipients = recipients;
        this.communes = communes;
        this.user = user;
    }

    @GetMapping("/api/report-recipients")
    List<String> list(@RequestParam(required = false) String commune) {
        return recipients.of(communes.readable(commune));
    }

    @PutMapping("/api/report-recipients")
    List<String> replace(
            @RequestParam(name = "commune", required = false) String requested, @RequestBody List<String> body) {
        if (!(user.has(Role.COMMUNE_ADMIN) || user.isAdministrator())) {
            throw Refusal.notAllowed("Chỉ quản trị của xã được đặt nơi nhận báo cáo.");
        }
        String commune = communes.writable(requested);
        recipients.set(commune, body);
        return recipients.of(commune);
    }
}
