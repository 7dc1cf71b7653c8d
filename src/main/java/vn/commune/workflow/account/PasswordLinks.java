package vn.commune.workflow.account;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.mail.MailText;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.system.Refusal;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * People choose their own password from a mailed link: when their account is made, and when they forgot it. A link
 * works once, for {@code workflow.accounts.password-link-validity}; a newer link replaces an older one.
 */
@Service
public class PasswordLinks {

    static final String MAIL_KIND = "ACCOUNT";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final String DEAD_LINK = "Liên kết đặt mật khẩu đã được dùng hoặc đã hết hạn. Hãy dùng \"Quên mật"
            + " khẩu\" ở trang đăng nhập để nhận liên kết mới.";

    private final AccountTokens tokens;
    private final PasswordRules rules;
    private final IdentityService identity;
    private final OfficeDirectory directory;
    private final Outbox outbox;
    private final WorkflowProperties workflow;
    private final AccountProperties properties;
    private final Clock clock;

    PasswordLinks(
            AccountTokens tokens,
            PasswordRules rules,
            IdentityService identity,
            OfficeDirectory directory,
            Outbox outbox,
            WorkflowProperties workflow,
            AccountProperties properties,
            Clock clock) {
        this.tokens = tokens;
        this.rules = rules;
        this.identity = identity;
        this.directory = directory;
        this.outbox = outbox;
        this.workflow = workflow;
        this.properties = properties;
        this.clock = clock;
    }

    /** Mails a new person the link to choose their password, in the caller's transaction. */
    @Transactional
    public void welcome(String userId) {
        send(userId, "Tài khoản của anh/chị trên hệ thống theo dõi thực hiện nhiệm vụ đã được tạo.");
    }

    /**
     * Mails a link to everyone whose account has this address and who still works somewhere (a member of some
     * group). The caller learns nothing of whether anyone has it.
     */
    @Transactional
    public void forgot(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        for (User user : identity.createUserQuery()
                .userEmail(email.strip().toLowerCase(Locale.ROOT))
                .list()) {
            if (identity.createGroupQuery().groupMember(user.getId()).count() > 0) {
                send(user.getId(), "Có yêu cầu đặt lại mật khẩu cho tài khoản của anh/chị.");
            }
        }
    }

    /** Whose link this is, while it works. */
    public Recipient holder(String token) {
        String userId = tokens.find(AccountTokens.Purpose.PASSWORD, token)
                .orElseThrow(() -> Refusal.notFound(DEAD_LINK))
                .userId();
        return directory.member(userId).orElseThrow(() -> Refusal.notFound(DEAD_LINK));
    }

    /** Sets the password the link's holder chose, once; the engine's policy holds. */
    @Transactional
    public String setPassword(String token, String password) {
        Recipient holder = holder(token);
        rules.check(password, holder.userId(), holder.name(), holder.email());
        if (!tokens.use(AccountTokens.Purpose.PASSWORD, token)) {
            throw Refusal.notFound(DEAD_LINK);
        }
        User user = identity.createUserQuery().userId(holder.userId()).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
        // Too many wrong passwords lock an account for a while; choosing a new one is the way back in.
        identity.unlockUser(holder.userId());
        return holder.userId();
    }

    /** Links of someone who left stop working. */
    public void revoke(String userId) {
        tokens.revokeUnused(AccountTokens.Purpose.PASSWORD, userId);
    }

    private void send(String userId, String why) {
        Recipient to = directory
                .member(userId)
                .orElseThrow(() -> Refusal.invalid(
                        "Tài khoản " + userId + " chưa có địa chỉ email: không gửi được liên kết đặt mật khẩu."));
        revoke(userId);
        Instant until = clock.instant().plus(properties.passwordLinkValidity());
        String token = tokens.issue(AccountTokens.Purpose.PASSWORD, userId, until);
        String link = workflow.baseUrl() + "/password.html?token=" + token;
        String body = "Kính gửi " + (to.name().isBlank() ? userId : to.name()) + ",\n\n" + why + "\n\n"
                + "Tên đăng nhập: " + userId + "\n"
                + "Đặt mật khẩu tại: " + link + "\n\n"
                + "Liên kết chỉ dùng được một lần, đến " + UNTIL.format(until.atZone(VietnamTime.ZONE))
                + " (giờ Việt Nam). Nếu anh/chị không yêu cầu, hãy bỏ qua thư này.\n"
                + MailText.signature();
        outbox.enqueue(
                MAIL_KIND,
                "password-link:" + token.substring(0, 12),
                List.of(to),
                "Đặt mật khẩu tài khoản " + userId,
                body);
    }
}
