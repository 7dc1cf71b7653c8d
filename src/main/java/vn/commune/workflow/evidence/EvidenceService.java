package vn.commune.workflow.evidence;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.audit.AuditKind;
import vn.commune.workflow.audit.AuditLog;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceFile;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentAccess;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;
import vn.commune.workflow.system.Sha256;
import vn.commune.workflow.upload.FileKind;
import vn.commune.workflow.upload.InspectedUpload;
import vn.commune.workflow.upload.UploadInspector;

/**
 * Evidence for an office's result: inspected (name, kind by content, size, dangerous content) before anything is stored,
 * then kept with its SHA-256, uploader and time. Readable by the office, the monitoring office and the leadership.
 */
@Service
public class EvidenceService {

    /** A signed document, a scan or photo, an Office or OpenDocument file; an indicator's evidence too. */
    public static final Set<FileKind> ACCEPTED = EnumSet.of(
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
    private final AssignmentAccess access;
    private final CurrentUser user;
    private final UploadInspector uploads;
    private final AuditLog audit;
    private final Clock clock;

    EvidenceService(
            EvidenceRepository repository,
            AssignmentRepository assignments,
            AssignmentAccess access,
            CurrentUser user,
            EvidenceProperties properties,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.assignments = assignments;
        this.access = access;
        this.user = user;
        this.uploads =
                new UploadInspector("minh chứng", ACCEPTED, properties.maxSize().toBytes());
        this.audit = audit;
        this.clock = clock;
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
        audit.record(
                AuditKind.EVIDENCE_UPLOAD,
                "minh chứng " + id + ", task " + taskId,
                a.task().communeId(),
                file.fileName() + " (" + content.length + " byte)");
        return repository.listForAssignment(a.id()).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public List<EvidenceInfo> listForAssignment(Assignment a) {
        access.requireReader(a);
        return repository.listForAssignment(a.id());
    }

    public EvidenceFile download(long id) {
        EvidenceFile file =
                repository.load(id).orElseThrow(() -> Refusal.notFound("Không tìm thấy minh chứng số " + id + "."));
        Assignment a = assignments.findById(file.assignmentId()).orElseThrow();
        access.requireReader(a);
        audit.record(AuditKind.EVIDENCE_DOWNLOAD, "minh chứng " + id, a.task().communeId(), file.fileName());
        return file;
    }
}
