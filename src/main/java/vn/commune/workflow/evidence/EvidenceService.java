package vn.commune.workflow.evidence;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceFile;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.process.TaskContext;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Sha256;
import vn.commune.workflow.upload.FileKind;
import vn.commune.workflow.upload.InspectedUpload;
import vn.commune.workflow.upload.UploadInspector;
import vn.commune.workflow.web.ApiException;

/**
 * Evidence for an office's result: inspected (name, kind by content, size, dangerous content) before anything is stored,
 * then kept with its SHA-256, uploader and time. Readable by the office, the monitoring office and the leadership.
 */
@Service
public class EvidenceService {

    /** A signed document, a scan or photo, an Office or OpenDocument file. */
    private static final Set<FileKind> ACCEPTED = EnumSet.of(
            FileKind.PDF,
            FileKind.PNG,
            FileKind.JPEG,
            FileKind.TIFF,
            FileKind.DOC,
            FileKind.DOCX,
            FileKind.XLS,
            FileKind.XLSX,
            FileKind.PPT,
            FileKind.PPTX,
            FileKind.ODT,
            FileKind.ODS,
            FileKind.ODP);

    private final EvidenceRepository repository;
    private final AssignmentRepository assignments;
    private final TaskContext tasks;
    private final CurrentUser user;
    private final UploadInspector uploads;
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
        this.uploads =
                new UploadInspector("minh chứng", ACCEPTED, properties.maxSize().toBytes());
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
        InspectedUpload file = uploads.inspect(originalName, content);
        long id = repository.insert(
                a.id(),
                taskId,
                file.fileName(),
                file.contentType(),
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
}
