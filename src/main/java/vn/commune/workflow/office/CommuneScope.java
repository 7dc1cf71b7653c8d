package vn.commune.workflow.office;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/** Which commune a request acts for: the commune of the user's office, or the only commune there is. */
@Component
public class CommuneScope {

    private final CurrentUser user;
    private final OfficeRepository offices;

    CommuneScope(CurrentUser user, OfficeRepository offices) {
        this.user = user;
        this.offices = offices;
    }

    public String current() {
        List<String> mine = offices.communesOfGroups(user.groups());
        if (mine.size() == 1) {
            return mine.get(0);
        }
        List<String> all = offices.communes();
        if (mine.isEmpty() && all.size() == 1) {
            return all.get(0);
        }
        throw Refusal.invalid("Không xác định được xã của người dùng " + user.id() + ".");
    }
}
