package vn.commune.workflow.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/** The audit trail for the system administrator: a page of it as JSON, or all of it (filtered) as CSV for Excel. */
@RestController
class AuditController {

    static final int PAGE_SIZE = 50;
    /** An export larger than this is cut: narrow the dates instead. */
    static final int MAX_EXPORT = 100_000;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VIETNAM);
    /** Excel reads a CSV as UTF-8 only when it starts with the byte order mark. */
    private static final String BOM = "\uFEFF";

    private final AuditEvents events;
    private final CurrentUser user;

    AuditController(AuditEvents events, CurrentUser user) {
        this.events = events;
        this.user = user;
    }

    @GetMapping("/api/audit")
    Map<String, Object> page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) AuditKind kind,
            @RequestParam(defaultValue = "0") int page) {
        requireAdministrator();
        if (page < 0) {
            throw Refusal.invalid("Số trang không hợp lệ: " + page + ".");
        }
        AuditEvents.Filter filter = filter(from, to, user, kind);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("page", page);
        answer.put("pageSize", PAGE_SIZE);
        answer.put("total", events.count(filter));
        answer.put(
                "events",
                events.list(filter, page * PAGE_SIZE, PAGE_SIZE).stream()
                        .map(AuditController::row)
                        .toList());
        answer.put(
                "kinds",
                Arrays.stream(AuditKind.values())
                        .map(k -> Map.of("id", k.name(), "label", k.label()))
                        .toList());
        return answer;
    }

    @GetMapping("/api/audit.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) AuditKind kind) {
        requireAdministrator();
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of("Thời gian", "Người dùng", "Địa chỉ", "Loại", "Kết quả", "Đối tượng", "Xã", "Chi tiết"));
        for (AuditEvents.Event e : events.list(filter(from, to, user, kind), 0, MAX_EXPORT)) {
            line(
                    csv,
                    Arrays.asList(
                            WHEN.format(e.at()),
                            e.userId(),
                            e.address(),
                            e.kind().label(),
                            e.outcome().label(),
                            e.target(),
                            e.communeId(),
                            e.detail()));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("nhat-ky-he-thong.csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void requireAdministrator() {
        if (!user.isAdministrator()) {
            throw Refusal.notAllowed("Chỉ quản trị hệ thống xem được nhật ký hệ thống.");
        }
    }

    /** Dates are Vietnam days: {@code to} includes its whole day, up to 24:00. */
    private static AuditEvents.Filter filter(LocalDate from, LocalDate to, String user, AuditKind kind) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Refusal.invalid("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
        return new AuditEvents.Filter(
                from == null ? null : from.atStartOfDay(VIETNAM).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(VIETNAM).toInstant(),
                user == null || user.isBlank() ? null : user.strip(),
                kind);
    }

    private static Map<String, Object> row(AuditEvents.Event e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("at", e.at());
        row.put("userId", e.userId());
        row.put("kind", e.kind());
        row.put("kindLabel", e.kind().label());
        row.put("outcome", e.outcome());
        row.put("outcomeLabel", e.outcome().label());
        row.put("target", e.target());
        row.put("detail", e.detail());
        row.put("address", e.address());
        row.put("communeId", e.communeId());
        return row;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A quoted cell. A value a spreadsheet would take for a formula (a user name or file name chosen by an attacker
     * starting with =, +, - or @) is prefixed with an apostrophe, so opening the export runs nothing.
     */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
