package vn.commune.workflow.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceFile;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;

@RestController
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping(path = "/api/tasks/{taskId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EvidenceInfo upload(@PathVariable String taskId, @RequestParam("file") MultipartFile file) throws IOException {
        return evidence.upload(taskId, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/api/tasks/{taskId}/evidence")
    List<EvidenceInfo> list(@PathVariable String taskId) {
        return evidence.listForTask(taskId);
    }

    @GetMapping("/api/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        EvidenceFile file = evidence.download(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", file.sha256())
                .body(file.content());
    }
}
