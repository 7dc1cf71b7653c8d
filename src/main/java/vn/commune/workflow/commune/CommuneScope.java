package vn.commune.workflow.commune;

import org.springframework.stereotype.Component;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/** Which commune a request acts for: the commune the user belongs to (their Camunda tenant). */
@Component
public class CommuneScope {

    private final CurrentUser user;

    CommuneScope(CurrentUser user) {
        this.user = user;
    }

    public String current() {
        return user.communeId()
                .orElseThrow(() -> Refusal.notAllowed("Tài khoản " + user.id() + " không thuộc xã nào."));
    }

    /** Refuses what belongs to another commune as if it did not exist: nobody learns of another commune's data. */
    public void requireOwn(String communeId, String what) {
        if (!current().equals(communeId)) {
            throw Refusal.notFound("Không tìm thấy " + what + ".");
        }
    }
}
