package vn.commune.workflow.evidence;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceFile;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.plantask.TaskContext;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Sha256;
import vn.commune.workflow.web.ApiException;

/**
 * Evidence for an office's result: checked (kind by content, size) before anything is stored,
 * then kept with its SHA-256, uploader and time. Readable by the office, the monitoring office and the leadership.
 */
@Service
public class EvidenceService {

    private final EvidenceRepository repository;
    private final AssignmentRepository assignments;
    private final TaskContext tasks;
    private final CurrentUser user;
    private final EvidenceProperties properties;
    private final Clock clock;

    EvidenceService(
            EvidenceRepository repository,
            AssignmentRepository assignments,
            TaskContext tasks,
            CurrentUser user,
            EvidenceProperties properties,
            Clock clock) {
        this.repository = repository;
        this.assignments = assignments;
        this.tasks = tasks;
        this.user = user;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public EvidenceInfo upload(String taskId, String originalName, byte[] content) {
        TaskContext.Resolved ctx = tasks.resolve(taskId)
                .orElseThrow(() -> ApiException.notFound("Không tìm thấy nhiệm vụ " + taskId + "."));
        Assignment a = ctx.assignment();
        if (!ctx.isCarryOut() || !user.inGroup(a.officeId())) {
            throw ApiException.forbidden("Chỉ cơ quan chủ trì đang thực hiện nhiệm vụ này mới được nộp minh chứng.");
        }
        String assignee = ctx.task().getAssignee();
        if (assignee != null && !assignee.equals(user.id())) {
            throw ApiException.forbidden(
                    "Nhiệm vụ đang do " + assignee + " nhận xử lý; chỉ người đã nhận mới được nộp minh chứng.");
        }
        if (a.status() == AssignmentStatus.DONE || a.status() == AssignmentStatus.SUBMITTED) {
            throw ApiException.unprocessable("Nhiệm vụ đã nộp kết quả; không thể thêm minh chứng lúc này.");
        }
        return store(a, taskId, originalName, content);
    }

    /** Checks the file and keeps it as evidence of an office's share, submitted through the given Tasklist task. */
    @Transactional
    public EvidenceInfo store(Assignment a, String taskId, String originalName, byte[] content) {
        String fileName = cleanName(originalName);
        FileKind kind = check(fileName, content);
        String extension = FileKind.extensionOf(fileName);
        long id = repository.insert(
                a.id(),
                taskId,
                fileName,
                kind.contentType(extension),
                content,
                Sha256.hex(content),
                user.id(),
                clock.instant());
        return repository.listForAssignment(a.id()).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public List<EvidenceInfo> listForTask(String taskId) {
        TaskContext.Resolved ctx = tasks.resolve(taskId)
                .orElseThrow(() -> ApiException.notFound("Không tìm thấy nhiệm vụ " + taskId + "."));
        requireReader(ctx.assignment());
        return repository.listForAssignment(ctx.assignment().id());
    }

    public EvidenceFile download(long id) {
        EvidenceFile file = repository
                .load(id)
                .orElseThrow(() -> ApiException.notFound("Không tìm thấy minh chứng số " + id + "."));
        requireReader(assignments.findById(file.assignmentId()).orElseThrow());
        return file;
    }

    /** The office that owes the result, the office that checks it, and the chairman's group. */
    public void requireReader(Assignment a) {
        if (!(user.inGroup(a.officeId()) || user.inGroup(a.task().monitoringOfficeId()) || user.isLeadership())) {
            throw ApiException.forbidden("Bạn không có quyền xem nhiệm vụ hoặc minh chứng của cơ quan khác.");
        }
    }

    private FileKind check(String fileName, byte[] content) {
        if (content.length == 0) {
            throw ApiException.unprocessable("Tệp \"" + fileName + "\" rỗng.");
        }
        long max = properties.maxSize().toBytes();
        if (content.length > max) {
            throw ApiException.unprocessable("Tệp \"" + fileName + "\" quá lớn (" + megabytes(content.length)
                    + " MB); giới hạn là " + megabytes(max) + " MB.");
        }
        String extension = FileKind.extensionOf(fileName);
        FileKind kind = FileKind.byExtension(extension)
                .orElseThrow(() -> ApiException.unprocessable(
                        "Không nhận tệp \"" + fileName + "\": chỉ nhận minh chứng dạng " + FileKind.ACCEPTED + "."));
        if (!kind.matches(content)) {
            throw ApiException.unprocessable("Tệp \"" + fileName + "\" không đúng định dạng ." + extension
                    + " như tên tệp: nội dung không phải là tệp " + extension.toUpperCase() + " hợp lệ.");
        }
        return kind;
    }

    private static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty()) {
            throw ApiException.unprocessable("Tệp tải lên không có tên.");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0)
                .replace('.', ',');
    }
}
