package vn.commune.workflow.commune;

import org.springframework.stereotype.Component;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/** Which commune a request acts for: the commune the user belongs to (their Camunda tenant). */
@Component
public class CommuneScope {

    private final CurrentUser user;
    private final Communes communes;

    CommuneScope(CurrentUser user, Communes communes) {
        this.user = user;
        this.communes = communes;
    }

    public String current() {
        return user.communeId()
                .orElseThrow(() -> Refusal.notAllowed("Tài khoản " + user.id() + " không thuộc xã nào."));
    }

    /**
     * The commune a request reads: one's own; one of the province's for its staff; any for the system administrator,
     * who must say which ({@code requested}). Another commune is "not found" for everyone else.
     */
    public String readable(String requested) {
        if (requested == null || requested.isBlank()) {
            return current();
        }
        Commune commune = communes.find(requested).orElseThrow(() -> notFound(requested));
        if (user.communeId().map(commune.id()::equals).orElse(false)
                || user.isAdministrator()
                || user.provinceIds().contains(commune.provinceId())) {
            return commune.id();
        }
        throw notFound(requested);
    }

    /** The commune a request changes: one's own, or any for the system administrator, who must say which. */
    public String writable(String requested) {
        if (user.isAdministrator() && user.communeId().isEmpty()) {
            if (requested == null || requested.isBlank()) {
                throw Refusal.invalid("Hãy chọn xã (tham số commune).");
            }
            return communes.find(requested)
                    .orElseThrow(() -> notFound(requested))
                    .id();
        }
        String own = current();
        if (requested != null && !requested.isBlank() && !requested.equals(own)) {
            throw notFound(requested);
        }
        return own;
    }

    private static Refusal notFound(String commune) {
        return Refusal.notFound("Không tìm thấy xã " + commune + ".");
    }

    /** Refuses what belongs to another commune as if it did not exist: nobody learns of another commune's data. */
    public void requireOwn(String communeId, String what) {
        if (!current().equals(communeId)) {
            throw Refusal.notFound("Không tìm thấy " + what + ".");
        }
    }
}
