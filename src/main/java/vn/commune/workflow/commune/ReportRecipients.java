package vn.commune.workflow.commune;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.commune.workflow.system.Refusal;

/**
 * The higher levels a commune's reports go to, first in their "Nơi nhận" list ("UBND tỉnh (b/c)"). A commune that
 * has not set its own gets the usual ones for a plan under Nghị quyết 57.
 */
@Service
public class ReportRecipients {

    static final List<String> USUAL = List.of("Văn phòng UBND tỉnh (b/c)", "Sở Khoa học và Công nghệ (b/c)");
    private static final int MAX = 30;
    private static final int MAX_LENGTH = 255;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReportRecipients(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<String> of(String communeId) {
        String stored = jdbc.sql("select report_recipients::text from commune where id = ?")
                .param(communeId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (stored == null) {
            return USUAL;
        }
        try {
            return json.readValue(stored, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("commune " + communeId + " has unreadable report recipients", e);
        }
    }

    /** Replaces the list; blank lines are dropped, an empty list means none. */
    void set(String communeId, List<String> recipients) {
        if (recipients == null) {
            throw Refusal.invalid("Thiếu danh sách nơi nhận.");
        }
        List<String> cleaned = recipients.stream()
                .filter(r -> r != null && !r.isBlank())
                .map(String::strip)
                .toList();
        if (cleaned.size() > MAX || cleaned.stream().anyMatch(r -> r.length() > MAX_LENGTH)) {
            throw Refusal.invalid(
                    "Danh sách nơi nhận có tối đa " + MAX + " dòng, mỗi dòng tối đa " + MAX_LENGTH + " ký tự.");
        }
        try {
            jdbc.sql("update commune set report_recipients = cast(? as jsonb) where id = ?")
                    .params(json.writeValueAsString(cleaned), communeId)
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
