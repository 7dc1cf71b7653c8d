package vn.commune.workflow.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.commune.CommuneScope;
import vn.commune.workflow.plan.TaskStatus;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

@RestController
class DashboardController {

    static final int LARGEST_PAGE = 500;

    private final DashboardService dashboards;
    private final ChairmanActions actions;
    private final CommuneScope communes;
    private final CurrentUser user;

    DashboardController(DashboardService dashboards, ChairmanActions actions, CommuneScope communes, CurrentUser user) {
        this.dashboards = dashboards;
        this.actions = actions;
        this.communes = communes;
        this.user = user;
    }

    /**
     * Everyone of the commune may read it; province staff read their province's communes ({@code commune}), only
     * read: the actions below are the commune's leadership's. The list comes in pages ({@code page} from 0,
     * {@code size} up to {@value #LARGEST_PAGE}); the spreadsheet export has all of it.
     */
    @GetMapping("/api/dashboard")
    DashboardService.Dashboard dashboard(
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String office,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String commune,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > LARGEST_PAGE) {
            throw Refusal.invalid("Trang (page) phải từ 0, số dòng mỗi trang (size) từ 1 đến " + LARGEST_PAGE + ".");
        }
        return dashboards.dashboard(communes.readable(commune), plan, blankToNull(office), status(status), page, size);
    }

    @GetMapping("/api/dashboard/overdue.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String office,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String commune)
            throws IOException {
        DashboardService.Dashboard d =
                dashboards.dashboard(communes.readable(commune), plan, blankToNull(office), status(status));
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("nhiem-vu-qua-han-" + d.asOf() + ".xlsx")
                                .build()
                                .toString())
                .body(workbook(d));
    }

    @PostMapping("/api/assignments/{id}/nudge")
    Map<String, Object> nudge(@PathVariable long id, @RequestBody Note body) {
        actions.nudge(id, body.note());
        return Map.of("done", true);
    }

    @PostMapping("/api/assignments/{id}/extend")
    Map<String, Object> extend(@PathVariable long id, @RequestBody Extend body) {
        actions.extend(id, body.date(), body.note());
        return Map.of("done", true);
    }

    @PostMapping("/api/assignments/{id}/reassign")
    Map<String, Object> reassign(@PathVariable long id, @RequestBody Reassign body) {
        actions.reassign(id, body.office(), body.note());
        return Map.of("done", true);
    }

    @GetMapping("/api/assignments/{id}/actions")
    List<ChairmanActions.Action> history(@PathVariable long id) {
        if (!user.isLeadership()) {
            throw Refusal.notAllowed("Chỉ lãnh đạo UBND xã xem được lịch sử chỉ đạo.");
        }
        return actions.history(id);
    }

    private static byte[] workbook(DashboardService.Dashboard d) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Quá hạn");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] headings = {
                "Kế hoạch",
                "Nhiệm vụ",
                "Tên nhiệm vụ",
                "Cơ quan chủ trì",
                "Thời hạn",
                "Hạn xử lý",
                "Số ngày quá hạn",
                "Báo cáo gần nhất",
                "Minh chứng"
            };
            Row header = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            int r = 1;
            for (DashboardService.OverdueShare o : d.overdue()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.planNumber() == null ? "" : o.planNumber());
                row.createCell(1).setCellValue(o.taskNumber());
                row.createCell(2).setCellValue(o.title());
                row.createCell(3).setCellValue(o.officeName());
                row.createCell(4).setCellValue(o.deadlineText() == null ? "" : o.deadlineText());
                if (o.effectiveDueDate() != null) {
                    row.createCell(5).setCellValue(o.effectiveDueDate());
                    row.getCell(5).setCellStyle(date);
                }
                row.createCell(6).setCellValue(o.daysLate());
                row.createCell(7).setCellValue(o.lastReport() == null ? "" : o.lastReport());
                row.createCell(8).setCellValue(String.join("; ", o.evidence()));
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headings.length - 1));
            sheet.createFreezePane(0, 1);
            int[] widths = {16, 8, 60, 30, 24, 12, 10, 40, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static TaskStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(TaskStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("Tình trạng không hợp lệ: " + status + " (một trong "
                        + Arrays.toString(TaskStatus.values()) + ")."));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    record Note(String note) {}

    record Extend(LocalDate date, String note) {}

    record Reassign(String office, String note) {}
}
