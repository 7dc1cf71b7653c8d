package vn.commune.workflow.evidence;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceFile;

@RestController
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/api/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        EvidenceFile file = evidence.download(id);
        return EvidenceDownload.of(file.fileName(), file.contentType(), file.sha256())
                .body(file.content());
    }
}
