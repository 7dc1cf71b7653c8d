package vn.commune.workflow.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.deadlineextension.DeadlineChangeService;
import vn.commune.workflow.mail.MailText;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.plantask.PlanTaskProcess;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.WorkflowProperties;
import vn.commune.workflow.web.ApiException;

/** What the chairman can do about a late share of a task; each action is recorded with who and when. */
@Service
public class ChairmanActions {

    private final AssignmentRepository assignments;
    private final DeadlineChangeService deadlines;
    private final OfficeDirectory directory;
    private final OfficeRepository offices;
    private final Outbox outbox;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AuthorizationService authorizations;
    private final JdbcClient jdbc;
    private final WorkflowProperties workflow;
    private final CurrentUser user;
    private final Clock clock;

    ChairmanActions(
            AssignmentRepository assignments,
            DeadlineChangeService deadlines,
            OfficeDirectory directory,
            OfficeRepository offices,
            Outbox outbox,
            TaskService tasks,
            RuntimeService runtime,
            AuthorizationService authorizations,
            JdbcClient jdbc,
            WorkflowProperties workflow,
            CurrentUser user,
            Clock clock) {
        this.assignments = assignments;
        this.deadlines = deadlines;
        this.directory = directory;
        this.offices = offices;
        this.outbox = outbox;
        this.tasks = tasks;
        this.runtime = runtime;
        this.authorizations = authorizations;
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.user = user;
        this.clock = clock;
    }

    /** Đôn đốc: an email to the office head now, with the chairman's note. */
    @Transactional
    public void nudge(long assignmentId, String note) {
        Assignment a = open(assignmentId);
        long actionId = record(a, "NUDGE", note, null, null);
        String officeName = offices.nameOf(a.officeId());
        String subject = "[Đôn đốc] Nhiệm vụ " + a.task().number() + " - " + officeName
                + (a.task().effectiveDueDate() == null
                        ? ""
                        : " - hạn " + VietnamTime.format(a.task().effectiveDueDate()));
        String body = "Kính gửi: " + officeName + ",\n\nLãnh đạo UBND xã đôn đốc thực hiện nhiệm vụ sau:\n\n"
                + "Kế hoạch: " + (a.task().planNumber() == null ? "" : a.task().planNumber() + " - ")
                + MailText.oneLine(a.task().planTitle()) + "\n"
                + "Nhiệm vụ " + a.task().number() + ": "
                + MailText.oneLine(a.task().title()) + "\n"
                + "Thời hạn: "
                + (a.task().deadlineText() == null
                        ? ""
                        : MailText.oneLine(a.task().deadlineText()))
                + (a.task().effectiveDueDate() == null
                        ? ""
                        : " (hạn xử lý " + VietnamTime.format(a.task().effectiveDueDate()) + ")")
                + "\n"
                + (note == null || note.isBlank() ? "" : "\nÝ kiến chỉ đạo: " + note.strip() + "\n")
                + "\nMở nhiệm vụ: "
                + (a.currentTaskId() == null ? workflow.baseUrl() : workflow.tasklistLink(a.currentTaskId())) + "\n"
                + MailText.signature();
        outbox.enqueue("NUDGE", "nudge:" + actionId, directory.membersOf(a.officeId()), subject, body);
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
        if (offices.findById(toOffice).isEmpty()) {
            throw ApiException.unprocessable("Mã cơ quan không có: " + toOffice + ".");
        }
        if (assignments.find(a.planTaskId(), toOffice).isPresent()) {
            throw ApiException.unprocessable(offices.nameOf(toOffice) + " đã chủ trì nhiệm vụ này.");
        }
        Task task = a.currentTaskId() == null
                ? null
                : tasks.createTaskQuery().taskId(a.currentTaskId()).singleResult();
        if (task == null || !"Task_CarryOut".equals(task.getTaskDefinitionKey())) {
            throw ApiException.unprocessable("Chỉ chuyển được nhiệm vụ đang thực hiện (chưa nộp kết quả).");
        }
        record(a, "REASSIGN", note, toOffice, null);
        jdbc.sql("update assignment set office_id = ? where id = ?")
                .params(toOffice, a.id())
                .update();
        runtime.setVariable(task.getExecutionId(), PlanTaskProcess.OFFICE, toOffice);
        tasks.deleteCandidateGroup(task.getId(), a.officeId());
        // The engine keeps the old group's grant on the task when the candidate link goes: revoke it.
        authorizations
                .createAuthorizationQuery()
                .groupIdIn(a.officeId())
                .resourceType(Resources.TASK)
                .resourceId(task.getId())
                .list()
                .forEach(auth -> authorizations.deleteAuthorization(auth.getId()));
        tasks.addCandidateGroup(task.getId(), toOffice);
        if (task.getAssignee() != null) {
            tasks.setAssignee(task.getId(), null);
        }
    }

    public List<Action> history(long assignmentId) {
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
            throw ApiException.forbidden("Chỉ lãnh đạo UBND xã được đôn đốc, gia hạn hoặc chuyển nhiệm vụ.");
        }
        Assignment a = assignments
                .findById(assignmentId)
                .orElseThrow(() -> ApiException.notFound("Không tìm thấy phần việc " + assignmentId + "."));
        if (a.status() == AssignmentStatus.DONE) {
            throw ApiException.unprocessable("Nhiệm vụ đã hoàn thành.");
        }
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
