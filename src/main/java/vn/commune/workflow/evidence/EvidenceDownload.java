package vn.commune.workflow.evidence;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How every evidence file is handed out: as an attachment under its (Vietnamese) name, with its SHA-256. */
public final class EvidenceDownload {

    private EvidenceDownload() {}

    public static ResponseEntity.BodyBuilder of(String fileName, String contentType, String sha256) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", sha256);
    }
}
