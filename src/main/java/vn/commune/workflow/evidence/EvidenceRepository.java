package vn.commune.workflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence rows are only ever inserted: what was submitted stays as it was. */
@Repository
public class EvidenceRepository {

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long assignmentId,
            String camundaTaskId,
            String fileName,
            String contentType,
            byte[] content,
            String sha256,
            String uploadedBy,
            Instant at) {
        return jdbc.sql("""
                        insert into evidence(assignment_id, camunda_task_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        assignmentId,
                        camundaTaskId,
                        fileName,
                        contentType,
                        content.length,
                        sha256,
                        content,
                        uploadedBy,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public long countForTask(String camundaTaskId) {
        return jdbc.sql("select count(*) from evidence where camunda_task_id = ?")
                .param(camundaTaskId)
                .query(Long.class)
                .single();
    }

    public List<EvidenceInfo> listForAssignment(long assignmentId) {
        return jdbc.sql("""
                        select id, assignment_id, camunda_task_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                          from evidence where assignment_id = ? order by uploaded_at, id""")
                .param(assignmentId)
                .query((rs, n) -> new EvidenceInfo(
                        rs.getLong("id"),
                        rs.getLong("assignment_id"),
                        rs.getString("camunda_task_id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    Optional<EvidenceFile> load(long id) {
        return jdbc.sql("select id, assignment_id, file_name, content_type, sha256, content from evidence where id = ?")
                .param(id)
                .query((rs, n) -> new EvidenceFile(
                        rs.getLong("id"),
                        rs.getLong("assignment_id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getString("sha256"),
                        rs.getBytes("content")))
                .optional();
    }

    /** Writes a file's content to {@code out}, one file at a time, so a pack of many files is never held whole. */
    public void copyContent(long id, OutputStream out) {
        jdbc.sql("select content from evidence where id = ?").param(id).query((java.sql.ResultSet rs) -> {
            try (InputStream in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public record EvidenceInfo(
            long id,
            long assignmentId,
            String taskId,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {}

    record EvidenceFile(
            long id, long assignmentId, String fileName, String contentType, String sha256, byte[] content) {}
}
