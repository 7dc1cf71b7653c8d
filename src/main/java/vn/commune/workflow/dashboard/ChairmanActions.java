package vn.commune.workflow.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.deadlineextension.DeadlineChangeService;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentAccess;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.plantask.OfficeHandover;
import vn.commune.workflow.plantask.TaskWording;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/** What the chairman can do about a late share of a task; each action is recorded with who and when. */
@Service
public class ChairmanActions {

    private final AssignmentRepository assignments;
    private final AssignmentAccess access;
    private final DeadlineChangeService deadlines;
    private final OfficeDirectory directory;
    private final OfficeRepository offices;
    private final Outbox outbox;
    private final OfficeHandover handover;
    private final TaskWording wording;
    private final JdbcClient jdbc;
    private final CurrentUser user;
    private final Clock clock;

    ChairmanActions(
            AssignmentRepository assignments,
            AssignmentAccess access,
            DeadlineChangeService deadlines,
            OfficeDirectory directory,
            OfficeRepository offices,
            Outbox outbox,
            OfficeHandover handover,
            TaskWording wording,
            JdbcClient jdbc,
            CurrentUser user,
            Clock clock) {
        this.assignments = assignments;
        this.access = access;
        this.deadlines = deadlines;
        this.directory = directory;
        this.offices = offices;
        this.outbox = outbox;
        this.handover = handover;
        this.wording = wording;
        this.jdbc = jdbc;
        this.user = user;
        this.clock = clock;
    }

    /** Đôn đốc: an email to the office head now, with the chairman's note. */
    @Transactional
    public void nudge(long assignmentId, String note) {
        Assignment a = open(assignmentId);
        long actionId = record(a, "NUDGE", note, null, null);
        TaskWording.Mail mail = wording.nudge(a, offices.nameOf(a.officeId()), note);
        outbox.enqueue("NUDGE", "nudge:" + actionId, directory.membersOf(a.officeId()), mail.subject(), mail.body());
    }

    /** The chairman gives a later deadline without waiting for a request. */
    @Transactional
    public void extend(long assignmentId, LocalDate date, String note) {
        Assignment a = open(assignmentId);
        deadlines.grant(a, date, note);
        record(a, "EXTEND", note, null, date);
    }

    /** Moves an office's share to another office: its Tasklist task goes to that office's list. */
    @Transactional
    public void reassign(long assignmentId, String toOffice, String note) {
        Assignment a = open(assignmentId);
        if (offices.findByCommune(a.task().communeId()).stream().noneMatch(o -> o.id().equals(toOffice))) {
            throw Refusal.invalid("Mã cơ quan không có: " + toOffice + ".");
        }
        if (assignments.find(a.planTaskId(), toOffice).isPresent()) {
            throw Refusal.invalid(offices.nameOf(toOffice) + " đã chủ trì nhiệm vụ này.");
        }
        record(a, "REASSIGN", note, toOffice, null);
        handover.handOver(a, toOffice);
    }

    public List<Action> history(long assignmentId) {
        find(assignmentId);
        return jdbc.sql("select * from assignment_action where assignment_id = ? order by id")
                .param(assignmentId)
                .query((rs, n) -> new Action(
                        rs.getString("kind"),
                        rs.getString("note"),
                        rs.getString("from_office"),
                        rs.getString("to_office"),
                        rs.getObject("new_date", LocalDate.class),
                        rs.getString("acted_by"),
                        rs.getTimestamp("acted_at").toInstant()))
                .list();
    }

    private Assignment open(long assignmentId) {
        if (!user.isLeadership()) {
            throw Refusal.notAllowed("Chỉ lãnh đạo UBND xã được đôn đốc, gia hạn hoặc chuyển nhiệm vụ.");
        }
        Assignment a = find(assignmentId);
        if (a.status() == AssignmentStatus.DONE) {
            throw Refusal.invalid("Nhiệm vụ đã hoàn thành.");
        }
        return a;
    }

    /** A share of the user's own commune: another commune's is, for them, not there. */
    private Assignment find(long assignmentId) {
        Assignment a = assignments
                .findById(assignmentId)
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy phần việc " + assignmentId + "."));
        access.requireOwnCommune(a);
        return a;
    }

    private long record(Assignment a, String kind, String note, String toOffice, LocalDate date) {
        return jdbc.sql("""
                        insert into assignment_action(assignment_id, kind, note, from_office, to_office, new_date, acted_by, acted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        a.id(),
                        kind,
                        note == null ? null : note.strip(),
                        a.officeId(),
                        toOffice,
                        date,
                        user.id(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    public record Action(
            String kind,
            String note,
            String fromOffice,
            String toOffice,
            LocalDate newDate,
            String actedBy,
            java.time.Instant actedAt) {}
}
