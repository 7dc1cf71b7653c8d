package vn.commune.workflow.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;

/**
 * Issue #14: a spreadsheet whose office cells use clerks' short forms and collective phrases and whose
 * deadlines use periods, recurring days and sentences, previewed and imported over HTTP.
 */
class AbbreviatedPlanImportTest extends IntegrationTest {

    private final String IMPORT = "/api/plans/import?monitoringOffice=" + office("vhxh");

    /** TT | task | lead | coordinating | result | deadline, as a clerk typed them. */
    private static final List<List<String>> TASKS = List.of(
            List.of(
                    "1",
                    "Rà soát thủ tục hành chính",
                    "TT PVHCC",
                    "VP HĐND-UBND; CA xã",
                    "Báo cáo",
                    "Giai đoạn 2026-2030"),
            List.of(
                    "2",
                    "Báo cáo tiến độ",
                    "Các phòng chuyên môn",
                    "Trung tâm PVHCC",
                    "Báo cáo",
                    "Trước ngày 10 hàng tháng"),
            List.of(
                    "3",
                    "Cập nhật dữ liệu dân cư",
                    "Phòng, ban ngành, đơn vị",
                    "Công an xã; BCH Quân sự",
                    "Dữ liệu",
                    "Định kỳ hàng tháng, 3 tháng, 6 tháng, 1 năm"),
            List.of(
                    "4",
                    "Tuyên truyền chuyển đổi số",
                    "UBMTTQ xã",
                    "VH-XH; Ban Nhân dân các thôn",
                    "Tin bài",
                    "hằng quý"),
            List.of("5", "Kiểm tra an toàn thông tin", "BCHQS xã, CA xã", "KT", "Biên bản", "Quý II/2026"),
            List.of(
                    "6",
                    "Xây dựng Kế hoạch chuyển đổi số",
                    "UBND xã - Văn phòng",
                    "",
                    "Kế hoạch",
                    "Xây dựng Kế hoạch năm 2026, hoàn thành trước ngày 31/3/2026"),
            List.of(
                    "7",
                    "Tham gia Cuộc thi chuyển đổi số",
                    "Phòng VH-XH",
                    "các cơ quan, đơn vị",
                    "Văn bản cử tham gia",
                    "Theo chỉ đạo của UBND tỉnh"),
            List.of("8", "Số hóa hồ sơ", "TT HCC", "Đảng ủy xã", "Hồ sơ số", "Sau Tết"));

    @LocalServerPort
    private int port;

    private AppHttp app;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
    }

    @Test
    void eachTasksOfficesAndDeadlineAreReadOneByOne() throws Exception {
        byte[] xlsx = workbook();
        HttpResponse<String> preview = app.upload(IMPORT + "&dryRun=true", chairman(), "ke-hoach.xlsx", xlsx);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode tasks = json(preview).get("tasks");
        assertThat(tasks).hasSize(8);

        expect(tasks.get(0), List.of("tt-hcc"), List.of("vp-ubnd", "cong-an"), "PERIOD", "2030-12-31");
        assertThat(tasks.get(0).get("deadline").get("effectiveDueDate").asText())
                .isEqualTo("2030-12-31");
        expect(tasks.get(1), List.of("vp-ubnd", "vhxh", "kinh-te"), List.of("tt-hcc"), "PERIODIC", null);
        assertThat(tasks.get(1).get("deadline").get("dayOfMonth").asInt()).isEqualTo(10);
        expect(
                tasks.get(2),
                List.of("vp-ubnd", "vhxh", "kinh-te", "tt-hcc", "tram-y-te", "truong-hoc"),
                List.of("cong-an", "quan-su"),
                "PERIODIC",
                null);
        expect(tasks.get(3), List.of("mttq"), List.of("vhxh", "thon"), "PERIODIC", null);
        expect(tasks.get(4), List.of("quan-su", "cong-an"), List.of("kinh-te"), "QUARTER", "2026-06-30");
        expect(tasks.get(5), List.of("vp-ubnd"), List.of(), "DATE", "2026-03-31");
        expect(
                tasks.get(6),
                List.of("vhxh"),
                List.of("vp-ubnd", "kinh-te", "tt-hcc", "cong-an", "quan-su", "tram-y-te", "truong-hoc"),
                "AS_DIRECTED",
                null);
        expect(tasks.get(7), List.of("tt-hcc"), List.of(), "UNREADABLE", null);
        String warnings = json(preview).get("warnings").toString();
        assertThat(warnings)
                .contains("Cơ quan phối hợp «Đảng ủy xã» không phải cơ quan của xã")
                .contains("Không đọc được thời hạn «Sau Tết»")
                .contains("Nhiệm vụ định kỳ: không có hạn cuối, cơ quan báo cáo định kỳ trước ngày 10 hằng tháng.")
                .contains("hạn cuối là ngày 31/12/2030, hết giai đoạn")
                .doesNotContain("Không nhận ra cơ quan chủ trì");

        HttpResponse<String> created = app.upload(IMPORT, chairman(), "ke-hoach.xlsx", xlsx);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode plan = json(app.get("/api/plans/" + json(created).get("id").asLong(), chairman()));
        List<String> rows = new ArrayList<>();
        plan.get("tasks").forEach(t -> {
            List<String> offices = new ArrayList<>();
            t.get("offices")
                    .forEach(o -> offices.add(code(o.get("office").asText()) + " "
                            + o.get("statusLabel").asText()));
            rows.add(t.get("number").asText() + " "
                    + t.get("deadline").get("kind").asText() + ": " + offices);
        });
        assertThat(rows)
                .as("one share per lead office, with the status the plan page shows on 5/1/2026 or later")
                .hasSize(8)
                .contains(
                        "2 PERIODIC: [vp-ubnd Thường xuyên, vhxh Thường xuyên, kinh-te Thường xuyên]",
                        "4 PERIODIC: [mttq Thường xuyên]",
                        "7 AS_DIRECTED: [vhxh Cần định hạn]",
                        "8 UNREADABLE: [tt-hcc Cần định hạn]");
        assertThat(rows.get(0)).isEqualTo("1 PERIOD: [tt-hcc Chưa đến hạn]");
        assertThat(jdbc.sql("""
                        select o.office_id from plan_task_office o join plan_task t on t.id = o.plan_task_id
                         where t.plan_id = ? and t.number = '2' and o.role = 'COORDINATING'""").param(json(created).get("id").asLong()).query(String.class).list().stream()
                        .map(this::code))
                .as("the centre coordinates task 2; it is no lead")
                .containsExactly("tt-hcc");
    }

    @Test
    void theLeadershipEditsWhichOfficesACollectiveCovers() throws Exception {
        HttpResponse<String> defaults = app.get("/api/collectives", chairman());
        assertThat(defaults.statusCode()).isEqualTo(200);
        assertThat(kindsOf(json(defaults), "Các phòng chuyên môn")).isEqualTo("[\"PHONG\"]");
        assertThat(kindsOf(json(defaults), "Phòng, ban ngành")).isEqualTo("[\"PHONG\",\"TRUNG_TAM\",\"DON_VI\"]");
        byte[] csv = "TT;Tên nhiệm vụ;Cơ quan chủ trì;Thời hạn\n1;Rà soát;Các phòng chuyên môn;Quý IV/2026\n"
                .getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> changed = app.putJson(
                    "/api/collectives",
                    chairman(),
                    "[{\"phrase\": \"Các phòng chuyên môn\", \"kinds\": [\"PHONG\", \"TRUNG_TAM\"]},"
                            + " {\"phrase\": \"Các đơn vị vũ trang\", \"kinds\": [\"DON_VI\"]}]");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(json(changed)).hasSize(2);
            JsonNode preview = json(app.upload(IMPORT + "&dryRun=true", chairman(), "a.csv", csv));
            assertThat(ids(preview.get("tasks").get(0).get("leadOffices")))
                    .containsExactly("vp-ubnd", "vhxh", "kinh-te", "tt-hcc");
        } finally {
            assertThat(app.putJson("/api/collectives", chairman(), restorable(json(defaults)))
                            .statusCode())
                    .isEqualTo(200);
        }
        JsonNode preview = json(app.upload(IMPORT + "&dryRun=true", chairman(), "a.csv", csv));
        assertThat(ids(preview.get("tasks").get(0).get("leadOffices"))).containsExactly("vp-ubnd", "vhxh", "kinh-te");
    }

    @Test
    void onlyTheLeadershipMayReadOrEditAndBadListsChangeNothing() throws Exception {
        String before = app.get("/api/collectives", chairman()).body();
        assertThat(app.get("/api/collectives", head("vhxh")).statusCode()).isEqualTo(403);
        HttpResponse<String> refused = app.putJson("/api/collectives", head("vp-ubnd"), "[]");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("message").asText()).contains("Chỉ lãnh đạo");
        assertThat(app.get("/api/collectives", null).statusCode()).isEqualTo(401);
        HttpResponse<String> admin =
                app.send(java.net.http.HttpRequest.newBuilder(app.uri("/api/collectives?commune=" + commune))
                        .header("Authorization", AppHttp.basic("admin", "demo"))
                        .GET());
        assertThat(admin.statusCode()).as("camunda-admin may read them").isEqualTo(200);

        for (String[] bad : new String[][] {
            {"[{\"phrase\": \"Các phòng\", \"kinds\": [\"PHONG\", \"SO\"]}]", "loại cơ quan «SO» không có"},
            {"[{\"phrase\": \"Các phòng\", \"kinds\": []}]", "chưa chọn loại cơ quan"},
            {"[{\"phrase\": \"  \", \"kinds\": [\"PHONG\"]}]", "thiếu cụm từ"},
            {"[null]", "thiếu cụm từ"},
            {
                "[{\"phrase\": \"Các phòng\", \"kinds\": [\"PHONG\"]}, {\"phrase\": \"CÁC PHÒNG\", \"kinds\": [\"DON_VI\"]}]",
                "trùng với cụm từ thứ 1"
            },
            {"[{\"phrase\": \"Phòng Kinh tế xã\", \"kinds\": [\"PHONG\"]}]", "là tên một cơ quan của xã"},
            {"[{\"phrase\": \"Các phòng; các ban\", \"kinds\": [\"PHONG\"]}]", "chấm phẩy"},
        }) {
            HttpResponse<String> response = app.putJson("/api/collectives", chairman(), bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(422);
            assertThat(json(response).get("message").asText()).as(bad[0]).contains(bad[1]);
        }
        assertThat(app.putJson("/api/collectives", chairman(), "{\"phrase\": 1").statusCode())
                .isEqualTo(400);
        assertThat(app.get("/api/collectives", chairman()).body())
                .as("no bad list changed anything")
                .isEqualTo(before);
    }

    private void expect(JsonNode task, List<String> leads, List<String> coordinating, String kind, String dueDate) {
        String number = task.get("number").asText();
        assertThat(ids(task.get("leadOffices"))).as("task " + number + " leads").isEqualTo(leads);
        assertThat(ids(task.get("coordinatingOffices")))
                .as("task " + number + " coordinates")
                .isEqualTo(coordinating);
        assertThat(task.get("deadline").get("kind").asText())
                .as("task " + number + " deadline")
                .isEqualTo(kind);
        JsonNode due = task.get("deadline").get("dueDate");
        assertThat(due.isNull() ? null : due.asText())
                .as("task " + number + " due")
                .isEqualTo(dueDate);
    }

    private List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(code(n.asText())));
        return ids;
    }

    private static String kindsOf(JsonNode collectives, String phrase) {
        for (JsonNode c : collectives) {
            if (c.get("phrase").asText().equals(phrase)) {
                return c.get("kinds").toString();
            }
        }
        throw new AssertionError("no phrase " + phrase);
    }

    /** The list as GET answers it is what PUT takes. */
    private static String restorable(JsonNode collectives) {
        return collectives.toString();
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Nhiệm vụ");
            List<String> heading = List.of(
                    "ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM",
                    "Số: 12/KH-UBND",
                    "Thử Nghiệm, ngày 05 tháng 01 năm 2026",
                    "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026");
            for (int r = 0; r < heading.size(); r++) {
                sheet.createRow(r).createCell(0).setCellValue(heading.get(r));
            }
            write(
                    sheet.createRow(5),
                    List.of(
                            "TT",
                            "Tên nhiệm vụ",
                            "Cơ quan chủ trì",
                            "Cơ quan phối hợp",
                            "Kết quả",
                            "Thời gian hoàn thành"));
            for (int i = 0; i < TASKS.size(); i++) {
                write(sheet.createRow(6 + i), TASKS.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            if (!values.get(c).isEmpty()) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }
}
