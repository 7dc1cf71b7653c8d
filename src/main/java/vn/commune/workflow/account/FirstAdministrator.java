package vn.commune.workflow.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.security.Groups;
import vn.commune.workflow.system.Refusal;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * A real deployment starts with nobody and no default password: while it has no system administrator, each start
 * writes a one-time setup link into the log, and whoever opens it (the person who reads the server's log) makes the
 * first administrator. The link dies once used, and every link dies once an administrator exists (the demo makes
 * its own before this runs, so it never offers one).
 */
@Service
public class FirstAdministrator {

    static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String DEAD_LINK = "Liên kết cài đặt đã được dùng hoặc không còn hiệu lực: hệ thống đã có"
            + " quản trị viên. Hãy đăng nhập, hoặc dùng \"Quên mật khẩu\".";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountTokens tokens;
    private final PasswordRules rules;
    private final IdentityService identity;
    private final OfficeDirectory directory;
    private final WorkflowProperties workflow;

    FirstAdministrator(
            AccountTokens tokens,
            PasswordRules rules,
            IdentityService identity,
            OfficeDirectory directory,
            WorkflowProperties workflow) {
        this.tokens = tokens;
        this.rules = rules;
        this.identity = identity;
        this.directory = directory;
        this.workflow = workflow;
    }

    @EventListener
    @Order(20)
    @Transactional
    public void offerSetupLink(ApplicationReadyEvent event) {
        if (administratorExists()) {
            return;
        }
        // Only the link of the latest start works: an older log line opens nothing.
        tokens.revokeUnused(AccountTokens.Purpose.SETUP, null);
        String token = tokens.issue(AccountTokens.Purpose.SETUP, null, null);
        log.warn("""

                ==============================================================
                 Hệ thống chưa có quản trị viên. Mở liên kết sau (dùng một lần)
                 để tạo tài khoản quản trị hệ thống đầu tiên:
                 {}/setup.html?token={}
                ==============================================================""", workflow.baseUrl(), token);
    }

    /** Whether the link still makes the first administrator. */
    public void requireOpen(String token) {
        if (administratorExists()
                || tokens.find(AccountTokens.Purpose.SETUP, token).isEmpty()) {
            throw Refusal.notFound(DEAD_LINK);
        }
    }

    /** The first system administrator (group camunda-admin), once, by whoever holds the setup link. */
    @Transactional
    public String create(String token, String userId, String fullName, String email, String password) {
        requireOpen(token);
        String login = userId == null ? "" : userId.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            throw Refusal.invalid("Tên đăng nhập gồm 2-63 chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc"
                    + " gạch dưới, bắt đầu bằng chữ hoặc số.");
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 255) {
            throw Refusal.invalid("Hãy nhập họ tên (tối đa 255 ký tự).");
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches() || address.length() > 255) {
            throw Refusal.invalid("Địa chỉ email không hợp lệ.");
        }
        if (directory.userExists(login)) {
            throw Refusal.conflict("Đã có tài khoản " + login + ".");
        }
        rules.check(password, login, fullName.strip(), address);
        if (!tokens.use(AccountTokens.Purpose.SETUP, token)) {
            throw Refusal.notFound(DEAD_LINK);
        }
        directory.createAdministrator(login, fullName.strip(), address, password);
        return login;
    }

    private boolean administratorExists() {
        return identity.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).count() > 0;
    }
}
