package vn.commune.workflow.plantask;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.evidence.EvidenceService;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/** Evidence submitted through an office's Task_CarryOut: only that office, while it is carrying the task out. */
@Service
public class TaskEvidence {

    private final TaskContext tasks;
    private final EvidenceService evidence;
    private final CurrentUser user;

    TaskEvidence(TaskContext tasks, EvidenceService evidence, CurrentUser user) {
        this.tasks = tasks;
        this.evidence = evidence;
        this.user = user;
    }

    @Transactional
    public EvidenceInfo upload(String taskId, String originalName, byte[] content) {
        TaskContext.Resolved ctx = tasks.require(taskId);
        Assignment a = ctx.assignment();
        if (!ctx.isCarryOut() || !user.inGroup(a.officeId())) {
            throw Refusal.notAllowed("Chỉ cơ quan chủ trì đang thực hiện nhiệm vụ này mới được nộp minh chứng.");
        }
        String assignee = ctx.task().getAssignee();
        if (assignee != null && !assignee.equals(user.id())) {
            throw Refusal.notAllowed(
                    "Nhiệm vụ đang do " + assignee + " nhận xử lý; chỉ người đã nhận mới được nộp minh chứng.");
        }
        if (a.status() == AssignmentStatus.DONE || a.status() == AssignmentStatus.SUBMITTED) {
            throw Refusal.invalid("Nhiệm vụ đã nộp kết quả; không thể thêm minh chứng lúc này.");
        }
        return evidence.store(a, taskId, originalName, content);
    }

    public List<EvidenceInfo> list(String taskId) {
        return evidence.listForAssignment(tasks.require(taskId).assignment());
    }
}
