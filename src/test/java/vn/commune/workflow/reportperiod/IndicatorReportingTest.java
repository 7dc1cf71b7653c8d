package vn.commune.workflow.reportperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.demo.DemoPeople;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.plan.TaskStatus;
import vn.commune.workflow.plantask.TaskEvidence;
import vn.commune.workflow.reportdocument.ConsolidatedReport;
import vn.commune.workflow.reportdocument.ReportRow;
import vn.commune.workflow.security.Groups;

/**
 * Issue #15 points 1, 2, 3 and 6 over two reporting periods of a plan with a task two offices lead and three
 * indicators, in a commune of its own: values entered in the offices' reports, their status and trend, the report's
 * counts (tasks, not shares) and indicator result, the .docx blocks (Nơi nhận, signer, plan number), the .xlsx
 * heading, target corrections, and the hand-off pack unzipped and checked against the plan; the attacks refused.
 */
class IndicatorReportingTest extends IntegrationTest {

    private static final String COMMUNE_ID = "t-indicators";
    private static final String P = "tind.";
    private static final String OTHER_CHAIRMAN = "tindx.chutich";
    private static final String VICE_CHAIRMAN = P + "phochutich";
    private static final String COMMUNE_ADMIN = P + "quantri";
    private static final byte[] VHXH_PROOF = "%PDF-1.4 kết quả phòng Văn hóa - Xã hội".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FIGURES_PROOF = "%PDF-1.4 số liệu quý III".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    private int port;

    @Autowired
    private DemoPeople people;

    @Autowired
    private Communes communes;

    @Autowired
    private OfficeDirectory directory;

    @Autowired
    private ReportingScheduler scheduler;

    @Autowired
    private ReportPeriods periods;

    @Autowired
    private ReportBuilder reports;

    @Autowired
    private TaskEvidence evidence;

    private AppHttp app;
    private long plan;
    private final Map<String, Long> indicator = new LinkedHashMap<>();

    @BeforeEach
    void communes() {
        app = new AppHttp(port);
        if (!communes.exists(COMMUNE_ID)) {
            Commune commune = people.create(new Commune(COMMUNE_ID, "Xã Chỉ Tiêu", null, P));
            people.create(new Commune("t-indicators-x", "Xã Khác", null, "tindx."));
            // No e-mail: the signer's name must come from the account, and no other mail changes.
            directory.createDemoUser(VICE_CHAIRMAN, "Lê Văn", "Bình", null, "demo", commune.leadershipGroup());
            directory.createGroup(commune, P + "quan-tri", "Quản trị xã", Groups.TYPE_COMMUNE_ADMIN);
            directory.createDemoUser(COMMUNE_ADMIN, "Quản trị", "xã", null, "demo", P + "quan-tri");
        }
    }

    @Test
    void indicatorsAreTrackedCountedReportedAndHandedOn() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 9, 15, 9, 0));
        plan = plans.create(COMMUNE_ID, draft(), "test");
        jdbc.sql("select id, number from plan_indicator where plan_id = ? order by id")
                .param(plan)
                .query((rs, n) -> indicator.put(rs.getString("number"), rs.getLong("id")))
                .list();

        // The commune administrator names the higher recipients; an office head and the chairman may not.
        String recipients = "[\"UBND tỉnh Quảng Ngãi (b/c)\", \"Sở Khoa học và Công nghệ (b/c)\", \" \"]";
        assertThat(app.putJson("/api/report-recipients", P + "truong.vhxh", recipients)
                        .statusCode())
                .isEqualTo(403);
        assertThat(app.putJson("/api/report-recipients", P + "chutich", recipients)
                        .statusCode())
                .isEqualTo(403);
        assertThat(app.putJson("/api/report-recipients?commune=" + COMMUNE_ID, "tindx.chutich", recipients)
                        .statusCode())
                .isEqualTo(403);
        assertThat(app.putJson("/api/report-recipients", COMMUNE_ADMIN, recipients)
                        .statusCode())
                .isEqualTo(200);
        assertThat(json(app.get("/api/report-recipients", P + "truong.kinh-te")).toString())
                .isEqualTo("[\"UBND tỉnh Quảng Ngãi (b/c)\",\"Sở Khoa học và Công nghệ (b/c)\"]");

        // September: Văn hóa - Xã hội finishes its share of task 1, Công an task 2; Kinh tế's share of task 1 stays
        // open.
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 9, 20, 10, 0));
        finish("1", "vhxh", "ket-qua-vhxh.pdf", VHXH_PROOF);
        finish("2", "cong-an", "bien-ban.pdf", "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8));

        ReportPeriods.Period september = open(LocalDateTime.of(2026, 10, 1, 0, 5));
        assertThat(september.label()).isEqualTo("quý III/2026");
        assertThat(periods.officeReports(september.id()))
                .extracting(ReportPeriods.OfficeReport::officeId)
                .as("Trung tâm PVHCC has no task but reports an indicator")
                .containsExactlyInAnyOrder(P + "vhxh", P + "kinh-te", P + "cong-an", P + "tt-hcc");

        EngineClock.setVietnamTime(LocalDateTime.of(2026, 10, 5, 9, 0));
        String ttHcc = reportTask(september, "tt-hcc");
        JsonNode form = json(app.get("/api/reports/tasks/" + ttHcc, P + "truong.tt-hcc"));
        assertThat(form.get("items")).isEmpty();
        assertThat(form.get("indicators")).singleElement().satisfies(i -> {
            assertThat(i.get("name").asText()).isEqualTo("Tỷ lệ hồ sơ trực tuyến toàn trình");
            assertThat(i.get("target").asText()).as("2026's own target").isEqualTo("≥ 80");
            assertThat(i.get("status").asText()).isEqualTo("NO_DATA");
        });
        String rate = "/api/reports/tasks/" + ttHcc + "/indicators/" + indicator.get("1");
        assertThat(app.putJson(rate, P + "truong.tt-hcc", "{\"actual\": \"khá tốt\"}")
                        .statusCode())
                .as("a rate needs a figure")
                .isEqualTo(422);
        assertThat(app.putJson(rate, P + "truong.kinh-te", "{\"actual\": \"100\"}")
                        .statusCode())
                .as("another office may not write Trung tâm PVHCC's figure")
                .isEqualTo(403);
        assertThat(app.putJson(
                                "/api/reports/tasks/" + reportTask(september, "kinh-te") + "/indicators/"
                                        + indicator.get("1"),
                                P + "truong.kinh-te",
                                "{\"actual\": \"100\"}")
                        .statusCode())
                .as("nor through its own report")
                .isEqualTo(404);
        HttpResponse<String> saved = app.putJson(
                rate, P + "truong.tt-hcc", "{\"actual\": \"85,5\", \"links\": \"https://dichvucong.example/q3\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("status").asText()).isEqualTo("MET");
        HttpResponse<String> uploaded =
                app.upload(rate + "/evidence", P + "truong.tt-hcc", "../../Số liệu quý III.pdf", FIGURES_PROOF);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        long proofId = json(uploaded).get("id").asLong();
        assertThat(json(uploaded).get("fileName").asText()).isEqualTo("Số liệu quý III.pdf");
        assertThat(app.getBytes("/api/indicator-evidence/" + proofId, P + "chutich")
                        .body())
                .isEqualTo(FIGURES_PROOF);
        assertThat(app.get("/api/indicator-evidence/" + proofId, P + "truong.cong-an")
                        .statusCode())
                .isEqualTo(403);
        assertThat(app.get("/api/indicator-evidence/" + proofId, OTHER_CHAIRMAN).statusCode())
                .isEqualTo(404);
        assertThat(app.putJson(
                                "/api/reports/tasks/" + reportTask(september, "kinh-te") + "/indicators/"
                                        + indicator.get("2"),
                                P + "truong.kinh-te",
                                "{\"actual\": \"1\"}")
                        .statusCode())
                .isEqualTo(200);
        submitAll(september);
        approve(september, VICE_CHAIRMAN, "VICE_CHAIRMAN");
        september = periods.find(september.id());

        // The report counts the plan's three tasks, not its four shares: task 1 is open while Kinh tế's share is.
        ConsolidatedReport q3 = reports.report(september);
        assertThat(q3.rows()).hasSize(3);
        ReportRow task1 = q3.rows().get(0);
        assertThat(task1.status()).isEqualTo(TaskStatus.NOT_DUE);
        assertThat(task1.shares())
                .extracting(ReportRow.Share::office, ReportRow.Share::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Phòng Văn hóa - Xã hội", TaskStatus.DONE_ON_TIME),
                        org.assertj.core.groups.Tuple.tuple("Phòng Kinh tế", TaskStatus.NOT_DUE));
        assertThat(q3.completionSentence()).isEqualTo("hoàn thành 1/2 nhiệm vụ, đạt 50%");
        assertThat(q3.indicatorSentence()).isEqualTo("đạt 1/3 chỉ tiêu, đạt 33,3%");

        String docx = docx(september);
        assertThat(docx)
                .contains("tổng số nhiệm vụ của kế hoạch: 3, trong đó có thời hạn: 2; hoàn thành 1/2 nhiệm vụ, đạt 50%")
                .contains("Về chỉ tiêu: đạt 1/3 chỉ tiêu, đạt 33,3%")
                .contains("Kết quả thực hiện Kế hoạch số 125/KH-UBND ngày 15/9/2026 quý III/2026")
                .contains("Phòng Văn hóa - Xã hội: Hoàn thành đúng hạn")
                .contains("Phòng Kinh tế: Chưa đến hạn")
                .contains("Số liệu quý III.pdf")
                .contains("- UBND tỉnh Quảng Ngãi (b/c);\n- Sở Khoa học và Công nghệ (b/c);\n- Thường trực Đảng ủy xã")
                .contains("- Lưu: VT.")
                .contains("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
                .contains("Lê Văn Bình");
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(
                periods.document(september.id(), "xlsx").orElseThrow()))) {
            Sheet summary = xlsx.getSheet("Tổng hợp");
            assertThat(cell(summary, 0, 0)).isEqualTo("ỦY BAN NHÂN DÂN XÃ CHỈ TIÊU");
            assertThat(cell(summary, 1, 0)).contains("Kế hoạch số 125/KH-UBND");
            assertThat(cell(summary, 2, 0)).isEqualTo("Kỳ báo cáo: quý III/2026");
            assertThat(cell(summary, 3, 0)).startsWith("Chỉ Tiêu, ngày ").endsWith("năm 2026");
            assertThat(texts(summary)).contains("Chỉ tiêu: đạt 1/3 chỉ tiêu, đạt 33,3%", "Tổng số nhiệm vụ");
            assertThat(xlsx.getSheet("Chỉ tiêu").getLastRowNum()).isEqualTo(3);
        }

        // October: Kinh tế finishes its share, so task 1 is done; Văn hóa - Xã hội reports its yes/no indicator.
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 10, 20, 10, 0));
        finish("1", "kinh-te", "ket-qua-kinh-te.pdf", "%PDF-1.4 kinh tế".getBytes(StandardCharsets.UTF_8));
        ReportPeriods.Period october = open(LocalDateTime.of(2026, 11, 1, 0, 5));
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 5, 9, 0));
        assertThat(app.putJson(
                                "/api/reports/tasks/" + reportTask(october, "vhxh") + "/indicators/"
                                        + indicator.get("3"),
                                P + "truong.vhxh",
                                "{\"actual\": \"Đạt\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(app.putJson(
                                "/api/reports/tasks/" + reportTask(october, "tt-hcc") + "/indicators/"
                                        + indicator.get("1"),
                                P + "truong.tt-hcc",
                                "{\"actual\": \"79,9\"}")
                        .statusCode())
                .isEqualTo(200);
        submitAll(october);
        approve(october, P + "chutich", null);
        october = periods.find(october.id());
        ConsolidatedReport m10 = reports.report(october);
        assertThat(m10.completionSentence()).isEqualTo("hoàn thành 2/2 nhiệm vụ, đạt 100%");
        assertThat(m10.rows().get(0).status()).isEqualTo(TaskStatus.DONE_ON_TIME);
        assertThat(m10.indicatorSentence()).isEqualTo("đạt 1/3 chỉ tiêu, đạt 33,3%");
        assertThat(docx(october))
                .contains("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n")
                .contains("Chủ tịch UBND Xã Chỉ Tiêu")
                .doesNotContain("KT. CHỦ TỊCH");

        // The latest figures: each indicator's latest reported value; Kinh tế gave none in October.
        HttpResponse<String> latest = app.get("/api/plans/" + plan + "/indicators", P + "truong.cong-an");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(json(latest).toString())
                .isEqualTo("[{\"id\":" + indicator.get("1") + ",\"name\":\"Tỷ lệ hồ sơ trực tuyến toàn trình\","
                        + "\"unit\":\"%\",\"office\":\"tind.tt-hcc\",\"target\":\"≥ 80\",\"actual\":\"79,9\","
                        + "\"status\":\"NOT_MET\"},"
                        + "{\"id\":" + indicator.get("2") + ",\"name\":\"Số doanh nghiệp khoa học và công nghệ\","
                        + "\"unit\":\"Doanh nghiệp\",\"office\":\"tind.kinh-te\",\"target\":\"≥ 02\",\"actual\":\"1\","
                        + "\"status\":\"NOT_MET\"},"
                        + "{\"id\":" + indicator.get("3") + ",\"name\":\"Dịch vụ y tế, giáo dục đạt chuẩn\","
                        + "\"unit\":\"Hoàn thành\",\"office\":\"tind.vhxh\",\"target\":\"X\",\"actual\":\"Đạt\","
                        + "\"status\":\"MET\"}]");
        assertThat(app.get("/api/plans/" + plan + "/indicators", OTHER_CHAIRMAN).statusCode())
                .isEqualTo(404);
        JsonNode trend = json(app.get("/api/plans/" + plan + "/indicators/trend", P + "chutich"));
        assertThat(points(trend.get(0))).containsExactly("2026-09 85,5 MET", "2026-10 79,9 NOT_MET");
        assertThat(points(trend.get(1))).containsExactly("2026-09 1 NOT_MET", "2026-10 null NO_DATA");
        assertThat(points(trend.get(2))).containsExactly("2026-09 null NO_DATA", "2026-10 Đạt MET");

        // The leadership corrects a target, with a note of who and when; nobody else may.
        String target = "/api/plans/" + plan + "/indicators/" + indicator.get("2") + "/target";
        String correction = "{\"year\": \"2026\", \"target\": \"≥ 01\", \"note\": \"Theo Nghị quyết HĐND xã\"}";
        assertThat(app.postJson(target, P + "truong.kinh-te", correction).statusCode())
                .isEqualTo(403);
        assertThat(app.postJson(target, OTHER_CHAIRMAN, correction).statusCode())
                .isEqualTo(404);
        assertThat(app.postJson(target, P + "chutich", "{\"year\": \"2026\", \"target\": \"khoảng vài\"}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(app.postJson(target, P + "chutich", correction).statusCode()).isEqualTo(200);
        JsonNode corrected = json(app.get("/api/plans/" + plan + "/indicators/trend", P + "chutich"))
                .get(1);
        assertThat(corrected.get("changes"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("year").asText() + " " + c.get("previous") + " → "
                                + c.get("target").asText() + " " + c.get("by").asText() + " "
                                + c.get("note").asText())
                        .isEqualTo("2026 null → ≥ 01 tind.chutich Theo Nghị quyết HĐND xã"));
        assertThat(json(app.get("/api/plans/" + plan + "/indicators", P + "chutich"))
                        .get(1)
                        .get("status")
                        .asText())
                .isEqualTo("MET");

        // The hand-off pack of the third quarter, for the clerk (Văn phòng), the leadership and the administrator.
        String pack = "/api/reports/periods/" + september.id() + "/pack.zip";
        assertThat(app.get(pack, P + "truong.kinh-te").statusCode())
                .as("an office head takes only their own office's evidence")
                .isEqualTo(403);
        assertThat(app.get(pack, OTHER_CHAIRMAN).statusCode()).isEqualTo(404);
        assertThat(app.getBytes(pack, P + "chutich").statusCode()).isEqualTo(200);
        assertThat(app.getBytes(pack, COMMUNE_ADMIN).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> zip = app.getBytes(pack, P + "truong.vp-ubnd");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
        Map<String, byte[]> files = unzip(zip.body());
        String task1Folder = "minh-chung-nhiem-vu/1. Xây dựng kế hoạch chuyển đổi số năm 2026/";
        String task2Folder = "minh-chung-nhiem-vu/2. Triển khai Kế hoạch 12-KH-UBND về dữ liệu dân cư/";
        String rateFolder = "minh-chung-chi-tieu/1. Tỷ lệ hồ sơ trực tuyến toàn trình/";
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        "bao-cao-2026-09.docx",
                        "bao-cao-2026-09.xlsx",
                        "danh-muc.xlsx",
                        task1Folder + "ket-qua-vhxh.pdf",
                        task2Folder + "bien-ban.pdf",
                        rateFolder + "Số liệu quý III.pdf")
                .as("Kinh tế's evidence of October is not September's")
                .noneMatch(name -> name.contains("kinh-te"))
                .noneMatch(name -> name.startsWith("/") || name.contains(".."));
        assertThat(files.get(task1Folder + "ket-qua-vhxh.pdf")).isEqualTo(VHXH_PROOF);
        assertThat(files.get(rateFolder + "Số liệu quý III.pdf")).isEqualTo(FIGURES_PROOF);
        assertThat(files.get("bao-cao-2026-09.docx"))
                .isEqualTo(periods.document(september.id(), "docx").orElseThrow());
        try (XSSFWorkbook index = new XSSFWorkbook(new ByteArrayInputStream(files.get("danh-muc.xlsx")))) {
            Sheet tasks = index.getSheet("Nhiệm vụ");
            assertThat(rows(tasks))
                    .containsExactly(
                            "1 | Xây dựng kế hoạch chuyển đổi số năm 2026 | Phòng Văn hóa - Xã hội: Hoàn thành đúng hạn\n"
                                    + "Phòng Kinh tế: Chưa đến hạn | 31/12/2026 | Chưa đến hạn | " + task1Folder
                                    + " | ket-qua-vhxh.pdf",
                            "2 | Triển khai Kế hoạch 12/KH-UBND về dữ liệu dân cư | Công an xã: Hoàn thành đúng hạn"
                                    + " | 30/11/2026 | Hoàn thành đúng hạn | " + task2Folder + " | bien-ban.pdf",
                            "3 | Cập nhật cơ sở dữ liệu doanh nghiệp | Phòng Kinh tế: Thường xuyên | Thường xuyên"
                                    + " | Thường xuyên |  | ");
            assertThat(rows(index.getSheet("Chỉ tiêu")))
                    .containsExactly(
                            "1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | Trung tâm Phục vụ hành chính công xã | ≥ 80"
                                    + " | 85,5 | Đạt | https://dichvucong.example/q3 | " + rateFolder
                                    + " | Số liệu quý III.pdf",
                            "2 | Số doanh nghiệp khoa học và công nghệ | Doanh nghiệp | Phòng Kinh tế | ≥ 01 | 1 | Đạt"
                                    + " |  |  | ",
                            "3 | Dịch vụ y tế, giáo dục đạt chuẩn | Hoàn thành | Phòng Văn hóa - Xã hội | X |  | Chưa có"
                                    + " số liệu |  |  | ");
        }

        // A period not yet approved has no pack.
        ReportPeriods.Period november = open(LocalDateTime.of(2026, 12, 1, 0, 5));
        assertThat(app.get("/api/reports/periods/" + november.id() + "/pack.zip", P + "chutich")
                        .statusCode())
                .isEqualTo(409);
    }

    private PlanDraft draft() {
        Map<String, String> rate = new LinkedHashMap<>();
        rate.put("2025", "≥ 70");
        rate.put("2026", "≥ 80");
        rate.put("2030", "100");
        Map<String, String> firms = new LinkedHashMap<>();
        firms.put("2025", "-");
        firms.put("2030", "≥ 02");
        return new PlanDraft(
                "125/KH-UBND",
                LocalDate.of(2026, 9, 15),
                "Kế hoạch chuyển đổi số năm 2026",
                P + "vhxh",
                "test",
                null,
                List.of(
                        new PlanDraft.TaskDraft(
                                "1",
                                null,
                                "Xây dựng kế hoạch chuyển đổi số năm 2026",
                                "Phòng Văn hóa - Xã hội; Phòng Kinh tế",
                                "",
                                "Kế hoạch",
                                "31/12/2026",
                                List.of(P + "vhxh", P + "kinh-te"),
                                List.of()),
                        new PlanDraft.TaskDraft(
                                "2",
                                null,
                                "Triển khai Kế hoạch 12/KH-UBND về dữ liệu dân cư",
                                "Công an xã",
                                "",
                                "Báo cáo",
                                "30/11/2026",
                                List.of(P + "cong-an"),
                                List.of()),
                        new PlanDraft.TaskDraft(
                                "3",
                                null,
                                "Cập nhật cơ sở dữ liệu doanh nghiệp",
                                "Phòng Kinh tế",
                                "",
                                "Dữ liệu",
                                "Thường xuyên",
                                List.of(P + "kinh-te"),
                                List.of())),
                List.of(
                        new PlanDraft.IndicatorDraft(
                                "1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", rate, "Trung tâm PVHCC", P + "tt-hcc"),
                        new PlanDraft.IndicatorDraft(
                                "2",
                                "Số doanh nghiệp khoa học và công nghệ",
                                "Doanh nghiệp",
                                firms,
                                "Phòng Kinh tế",
                                P + "kinh-te"),
                        new PlanDraft.IndicatorDraft(
                                "3",
                                "Dịch vụ y tế, giáo dục đạt chuẩn",
                                "Hoàn thành",
                                Map.of("2030", "X"),
                                "Các phòng, ban ngành liên quan",
                                null)));
    }

    /** The office carries its share out with evidence and the monitoring office accepts it. */
    private void finish(String number, String office, String fileName, byte[] proof) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, number))
                .taskDefinitionKey("Task_CarryOut")
                .taskCandidateGroup(P + office)
                .singleResult();
        actAs(P + "truong." + office);
        evidence.upload(task.getId(), fileName, proof);
        engine.getTaskService().complete(task.getId(), Map.of("resultNote", "Hoàn thành"));
        Task review = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, number))
                .taskDefinitionKey("Task_ReviewEvidence")
                .singleResult();
        engine.getTaskService().complete(review.getId(), Map.of("accepted", true));
    }

    private ReportPeriods.Period open(LocalDateTime at) {
        EngineClock.setVietnamTime(at);
        scheduler.openDuePeriods(COMMUNE_ID);
        YearMonth month = YearMonth.from(at).minusMonths(1);
        return periods.forPlan(plan).stream()
                .filter(p -> p.month().equals(month))
                .findFirst()
                .orElseThrow();
    }

    private String reportTask(ReportPeriods.Period p, String office) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(p.id()))
                .taskDefinitionKey("Task_SubmitReport")
                .taskCandidateGroup(P + office)
                .singleResult()
                .getId();
    }

    private void submitAll(ReportPeriods.Period p) {
        for (ReportPeriods.OfficeReport report : periods.officeReports(p.id())) {
            periods.items(report.id())
                    .forEach(i -> periods.saveItem(report.id(), i.assignmentId(), "Tiến độ " + p.label(), false, null));
            engine.getTaskService().complete(reportTask(p, report.officeId().substring(P.length())));
        }
        Task consolidate = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(p.id()))
                .taskDefinitionKey("Task_ConsolidateReports")
                .singleResult();
        engine.getTaskService().complete(consolidate.getId(), Map.of("remarks", "Các cơ quan báo cáo đầy đủ."));
    }

    private void approve(ReportPeriods.Period p, String approver, String signAs) {
        Task approve = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(p.id()))
                .taskDefinitionKey("Task_ApproveReport")
                .singleResult();
        engine.getTaskService().claim(approve.getId(), approver);
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("approved", true);
        if (signAs != null) {
            decision.put("signAs", signAs);
        }
        engine.getTaskService().complete(approve.getId(), decision);
        // The documents are produced by a job after the decision is saved.
        var management = engine.getManagementService();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(approve.getProcessInstanceId())
                .activityId("Task_ProduceReport")
                .singleResult()
                .getId());
        assertThat(periods.find(p.id()).status()).isEqualTo("APPROVED");
    }

    private String docx(ReportPeriods.Period p) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                        periods.document(p.id(), "docx").orElseThrow()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText().replace("\t", "\n");
        }
    }

    private static List<String> points(JsonNode indicator) {
        List<String> points = new ArrayList<>();
        indicator
                .get("periods")
                .forEach(p -> points.add(p.get("month").asText() + " "
                        + (p.get("actual").isNull() ? "null" : p.get("actual").asText()) + " "
                        + p.get("status").asText()));
        return points;
    }

    private static String cell(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(c -> texts.add(c.toString()));
        }
        return texts;
    }

    private static List<String> rows(Sheet sheet) {
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.getStringCellValue()));
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                in.transferTo(content);
                files.put(e.getName(), content.toByteArray());
            }
        }
        return files;
    }
}
