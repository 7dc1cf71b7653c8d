package vn.commune.workflow.plan;

import org.springframework.stereotype.Component;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/** Who may read an office's share of a task, its result and its evidence. */
@Component
public class AssignmentAccess {

    private final CurrentUser user;

    AssignmentAccess(CurrentUser user) {
        this.user = user;
    }

    /** The office that owes the result, the office that checks it, and the leadership of the commune. */
    public void requireReader(Assignment a) {
        requireOwnCommune(a);
        if (!(user.inGroup(a.officeId()) || user.inGroup(a.task().monitoringOfficeId()) || user.isLeadership())) {
            throw Refusal.notAllowed("Bạn không có quyền xem nhiệm vụ hoặc minh chứng của cơ quan khác.");
        }
    }

    /** The leadership of the commune the share belongs to. */
    public void requireLeadership(Assignment a, String refusal) {
        requireOwnCommune(a);
        if (!user.isLeadership()) {
            throw Refusal.notAllowed(refusal);
        }
    }

    /** Another commune's share is not found: nobody learns of another commune's work. */
    public void requireOwnCommune(Assignment a) {
        if (!user.communeId().map(a.task().communeId()::equals).orElse(false)) {
            throw Refusal.notFound("Không tìm thấy phần việc " + a.id() + ".");
        }
    }
}
