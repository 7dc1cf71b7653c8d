package vn.commune.workflow.evidence;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceFile;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentAccess;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;
import vn.commune.workflow.system.Sha256;

/**
 * Evidence for an office's result: checked (kind by content, size) before anything is stored,
 * then kept with its SHA-256, uploader and time. Readable by the office, the monitoring office and the leadership.
 */
@Service
public class EvidenceService {

    private final EvidenceRepository repository;
    private final AssignmentRepository assignments;
    private final AssignmentAccess access;
    private final CurrentUser user;
    private final EvidenceProperties properties;
    private final Clock clock;

    EvidenceService(
            EvidenceRepository repository,
            AssignmentRepository assignments,
            AssignmentAccess access,
            CurrentUser user,
            EvidenceProperties properties,
            Clock clock) {
        this.repository = repository;
        this.assignments = assignments;
        this.access = access;
        this.user = user;
        this.properties = properties;
        this.clock = clock;
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

    public List<EvidenceInfo> listForAssignment(Assignment a) {
        access.requireReader(a);
        return repository.listForAssignment(a.id());
    }

    public EvidenceFile download(long id) {
        EvidenceFile file =
                repository.load(id).orElseThrow(() -> Refusal.notFound("Không tìm thấy minh chứng số " + id + "."));
        access.requireReader(assignments.findById(file.assignmentId()).orElseThrow());
        return file;
    }

    private FileKind check(String fileName, byte[] content) {
        if (content.length == 0) {
            throw Refusal.invalid("Tệp \"" + fileName + "\" rỗng.");
        }
        long max = properties.maxSize().toBytes();
        if (content.length > max) {
            throw Refusal.invalid("Tệp \"" + fileName + "\" quá lớn (" + megabytes(content.length)
                    + " MB); giới hạn là " + megabytes(max) + " MB.");
        }
        String extension = FileKind.extensionOf(fileName);
        FileKind kind = FileKind.byExtension(extension)
                .orElseThrow(() -> Refusal.invalid(
                        "Không nhận tệp \"" + fileName + "\": chỉ nhận minh chứng dạng " + FileKind.ACCEPTED + "."));
        if (!kind.matches(content)) {
            throw Refusal.invalid("Tệp \"" + fileName + "\" không đúng định dạng ." + extension
                    + " như tên tệp: nội dung không phải là tệp " + extension.toUpperCase() + " hợp lệ.");
        }
        return kind;
    }

    private static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty()) {
            throw Refusal.invalid("Tệp tải lên không có tên.");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0)
                .replace('.', ',');
    }
}
