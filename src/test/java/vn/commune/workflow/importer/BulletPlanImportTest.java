package vn.commune.workflow.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;

/**
 * A yearly report-and-plan document whose tasks are bullets without offices, as Word, PDF, scanned PDF and
 * legacy Word; and reports, which are not plans unless they carry a plan section. Over HTTP, as the clerk.
 */
class BulletPlanImportTest extends IntegrationTest {

    private static final String IMPORT = "/api/plans/import";
    private static final String PREVIEW = IMPORT + "?dryRun=true";

    /**
     * Task number → offices the clerk gives it, by short code: every task of the plan, 3 being a proposal turned into
     * a task.
     */
    private static final String OFFICE_CODES = """
            {"1": {"leadOffices": ["tt-hcc"], "coordinatingOffices": ["vp-ubnd"]},
             "2": {"leadOffices": ["tt-hcc"]},
             "3": {"leadOffices": ["tt-hcc", "cong-an"]},
             "5": {"leadOffices": ["vhxh"], "coordinatingOffices": ["thon"]},
             "6": {"leadOffices": ["tt-hcc"]},
             "7": {"leadOffices": ["cong-an"], "coordinatingOffices": ["vhxh", "thon"]},
             "8": {"leadOffices": ["vp-ubnd"]},
             "9": {"leadOffices": ["vp-ubnd"], "coordinatingOffices": ["tt-hcc"]}}""";

    @LocalServerPort
    private int port;

    private AppHttp app;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
    }

    @Test
    void aWordPlanOfBulletsPreviewsOneTaskPerBulletEachNeedingALead() throws Exception {
        long plansBefore = plans();
        HttpResponse<String> response = app.upload(
                PREVIEW, chairman(), "ke-hoach-2026.docx", YearlyPlanFixtures.docx(YearlyPlanFixtures.YEARLY));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode plan = json(response);

        assertThat(plan.get("number").asText()).isEqualTo("45/KH-UBND");
        assertThat(plan.get("issuedOn").asText()).isEqualTo("2025-12-15");
        assertThat(plan.get("title").asText()).isEqualTo(YearlyPlanFixtures.TITLE);
        assertThat(plan.get("monitoringOffice").asText()).isEqualTo(office("vp-ubnd"));
        assertThat(plan.get("readBy").asText()).isEqualTo("TEXT");
        assertYearlyTasks(plan);

        JsonNode tasks = plan.get("tasks");
        for (JsonNode task : tasks) {
            assertThat(task.get("leadOffices"))
                    .as("task %s", task.get("number"))
                    .isEmpty();
            assertThat(task.get("needsLead").asBoolean()).isTrue();
        }
        assertThat(suggested(tasks, "1")).containsExactly("tt-hcc");
        assertThat(suggested(tasks, "2")).containsExactly("tt-hcc");
        assertThat(suggested(tasks, "5")).as("«kỹ năng số»").containsExactly("vhxh");
        assertThat(suggested(tasks, "6")).containsExactly("tt-hcc");
        assertThat(suggested(tasks, "7"))
                .as("«định danh điện tử», «ứng dụng VNeID» over «tuyên truyền»")
                .containsExactly("cong-an", "vhxh");
        assertThat(suggested(tasks, "8")).isEmpty();
        assertThat(suggested(tasks, "9")).isEmpty();

        JsonNode proposals = plan.get("proposedIndicators");
        assertThat(proposals).hasSize(2);
        assertThat(proposals.get(0).get("number").asText()).isEqualTo("3");
        assertThat(proposals.get(0).get("name").asText()).startsWith("Tối thiểu 60% hồ sơ thủ tục hành chính");
        assertThat(proposals.get(0).get("targetsByYear").get("2026").asText()).isEqualTo("Tối thiểu 60%");
        assertThat(proposals.get(0).get("unit").asText()).isEqualTo("%");
        assertThat(proposals.get(0).get("choice").asText()).isEqualTo("INDICATOR");
        assertThat(proposals.get(1).get("number").asText()).isEqualTo("4");
        assertThat(proposals.get(1).get("targetsByYear").get("2026").asText()).isEqualTo("100%");
        JsonNode indicators = plan.get("indicators");
        assertThat(indicators)
                .as("proposals are kept as indicators until the clerk says otherwise")
                .hasSize(2);
        assertThat(indicators.get(0).get("proposed").asBoolean()).isTrue();
        assertThat(indicators.get(1).get("unit").asText()).isEqualTo("%");

        String warnings = plan.get("warnings").toString();
        assertThat(warnings).contains("Cần giao cơ quan chủ trì", "tạm đặt hạn cuối năm kế hoạch (31/12/2026)");
        assertThat(warnings).contains("gợi ý theo mục Tổ chức thực hiện: Công an xã, Phòng Văn hóa - Xã hội");
        assertThat(plans()).as("a preview stores nothing").isEqualTo(plansBefore);
    }

    @Test
    void confirmingNeedsALeadForEveryTaskThenStoresTheClerksOfficesAndChoices() throws Exception {
        byte[] docx = YearlyPlanFixtures.docx(YearlyPlanFixtures.YEARLY);
        long plansBefore = plans();

        HttpResponse<String> noLeads = app.upload(IMPORT, chairman(), "ke-hoach-2026.docx", docx);
        assertThat(noLeads.statusCode()).isEqualTo(422);
        JsonNode errors = json(noLeads).get("errors");
        assertThat(errors).hasSize(7);
        assertThat(errors.get(0).get("where").asText()).isEqualTo("Nhiệm vụ 1");
        assertThat(errors.get(0).get("message").asText()).contains("Cần giao cơ quan chủ trì");

        // Turning proposal 3 into a task makes it a task that needs a lead too.
        Map<String, String> withoutThree = Map.of(
                "tasks", clerksOffices().replaceFirst("\"3\": \\{[^}]*},", ""), "proposals", "{\"3\": \"TASK\"}");
        HttpResponse<String> threeWithoutLead =
                app.upload(IMPORT, chairman(), "ke-hoach-2026.docx", docx, withoutThree);
        assertThat(threeWithoutLead.statusCode()).as(threeWithoutLead.body()).isEqualTo(422);
        assertThat(json(threeWithoutLead).get("errors")).hasSize(1);
        assertThat(json(threeWithoutLead).get("errors").get(0).get("where").asText())
                .isEqualTo("Nhiệm vụ 3");
        assertThat(plans()).isEqualTo(plansBefore);

        Map<String, String> choices = Map.of("tasks", clerksOffices(), "proposals", "{\"3\": \"task\"}");
        JsonNode preview = json(app.upload(PREVIEW, chairman(), "ke-hoach-2026.docx", docx, choices));
        assertThat(numbers(preview.get("tasks"))).containsExactly("1", "2", "3", "5", "6", "7", "8", "9");
        assertThat(preview.get("proposedIndicators").get(0).get("choice").asText())
                .isEqualTo("TASK");
        assertThat(preview.get("indicators")).hasSize(1);

        HttpResponse<String> created = app.upload(IMPORT, chairman(), "ke-hoach-2026.docx", docx, choices);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long id = json(created).get("id").asLong();
        assertThat(offices(id, "1", "LEAD")).containsExactly("tt-hcc");
        assertThat(offices(id, "1", "COORDINATING")).containsExactly("vp-ubnd");
        assertThat(offices(id, "2", "LEAD")).containsExactly("tt-hcc");
        assertThat(offices(id, "2", "COORDINATING")).isEmpty();
        assertThat(offices(id, "3", "LEAD")).containsExactly("cong-an", "tt-hcc");
        assertThat(offices(id, "5", "LEAD")).containsExactly("vhxh");
        assertThat(offices(id, "5", "COORDINATING")).containsExactly("thon");
        assertThat(offices(id, "6", "LEAD")).containsExactly("tt-hcc");
        assertThat(offices(id, "7", "LEAD")).containsExactly("cong-an");
        assertThat(offices(id, "7", "COORDINATING")).containsExactly("thon", "vhxh");
        assertThat(offices(id, "8", "LEAD")).containsExactly("vp-ubnd");
        assertThat(offices(id, "9", "LEAD")).containsExactly("vp-ubnd");
        assertThat(offices(id, "9", "COORDINATING")).containsExactly("tt-hcc");
        assertThat(due(id, "1")).isEqualTo("2026-06-30 DATE hoàn thành trước ngày 30/6/2026");
        assertThat(due(id, "3")).isEqualTo("2026-12-31 YEAR Năm 2026");
        assertThat(due(id, "5")).isEqualTo("2026-09-30 QUARTER hoàn thành trong quý III/2026");
        assertThat(due(id, "6")).isEqualTo("2026-12-31 YEAR Năm 2026");
        assertThat(due(id, "7")).isEqualTo("null ONGOING thường xuyên");
        assertThat(due(id, "9")).isEqualTo("2026-03-31 QUARTER trong quý I/2026");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(businessKeyOf(id, "3"))
                        .count())
                .as("one task per lead office")
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                "select name || ' | ' || unit || ' | ' || targets::text from plan_indicator where plan_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn"
                        + " trình. | % | {\"2026\": \"100%\"}");
    }

    @Test
    void choicesThatNameNothingRealAreRefusedAndChangeNothing() throws Exception {
        byte[] docx = YearlyPlanFixtures.docx(YearlyPlanFixtures.YEARLY);
        long plansBefore = plans();
        Object[][] cases = {
            {Map.of("tasks", qualified("{\"1\": [\"tt-hcc\"]}")), "tasks", "leadOffices"},
            {
                Map.of("tasks", clerksOffices().replace("\"" + office("vhxh") + "\"]", "\"phong-khong-co\"]")),
                "Nhiệm vụ 5",
                "phong-khong-co"
            },
            {
                Map.of("tasks", qualified("{\"99\": {\"leadOffices\": [\"tt-hcc\"]}}")),
                "Nhiệm vụ 99",
                "không có nhiệm vụ số 99"
            },
            {Map.of("tasks", qualified("{\"4\": {\"leadOffices\": [\"tt-hcc\"]}}")), "Nhiệm vụ 4", "chỉ tiêu đề xuất"},
            {Map.of("tasks", qualified("{\"1\": {\"lead\": [\"tt-hcc\"]}}")), "Nhiệm vụ 1", "leadOffices"},
            {Map.of("proposals", "{\"3\": \"MAYBE\"}"), "proposals", "INDICATOR"},
            {Map.of("proposals", "{\"1\": \"TASK\"}"), "Chỉ tiêu đề xuất 1", "không có chỉ tiêu đề xuất số 1"}
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, String> fields = (Map<String, String>) c[0];
            for (String path : List.of(PREVIEW, IMPORT)) {
                HttpResponse<String> refused = app.upload(path, chairman(), "ke-hoach-2026.docx", docx, fields);
                assertThat(refused.statusCode())
                        .as(fields + " " + refused.body())
                        .isEqualTo(422);
                assertThat(refused.body()).as(fields.toString()).contains((String) c[1], (String) c[2]);
            }
        }
        assertThat(plans()).isEqualTo(plansBefore);
    }

    @Test
    void theSamePlanAsAPdfWithATextLayerAndAsLegacyWordReadsTheSame() throws Exception {
        JsonNode word = json(app.upload(
                PREVIEW, chairman(), "ke-hoach-2026.docx", YearlyPlanFixtures.docx(YearlyPlanFixtures.YEARLY)));
        for (Object[] c : new Object[][] {
            {"ke-hoach-2026.pdf", YearlyPlanFixtures.textPdf(YearlyPlanFixtures.YEARLY)},
            {"ke-hoach-2026.doc", Seeds.plan("ke-hoach-nam-2026.doc")}
        }) {
            HttpResponse<String> response = app.upload(PREVIEW, chairman(), (String) c[0], (byte[]) c[1]);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode plan = json(response);
            assertThat(plan.get("number").asText()).as((String) c[0]).isEqualTo("45/KH-UBND");
            assertThat(plan.get("title").asText()).as((String) c[0]).isEqualTo(YearlyPlanFixtures.TITLE);
            assertThat(plan.get("readBy").asText()).isEqualTo("TEXT");
            assertYearlyTasks(plan);
            assertThat(plan.get("tasks")).as((String) c[0]).isEqualTo(word.get("tasks"));
            assertThat(plan.get("proposedIndicators")).isEqualTo(word.get("proposedIndicators"));
        }
    }

    @Test
    void aScannedPlanIsReadByOcrAndSaysSo() throws Exception {
        assumeTrue(
                TesseractCheck.hasVietnamese(),
                "tesseract with Vietnamese data is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)");
        HttpResponse<String> response = app.upload(
                PREVIEW, chairman(), "ke-hoach-scan.pdf", YearlyPlanFixtures.scannedPdf(YearlyPlanFixtures.YEARLY));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode plan = json(response);
        assertThat(plan.get("readBy").asText()).isEqualTo("OCR");
        assertThat(code(plan.get("monitoringOffice").asText()))
                .as("«theo dõi» read as «theo đõi» still ends the office's name")
                .isEqualTo("vp-ubnd");
        assertThat(plan.get("warnings").toString()).contains("nhận dạng chữ (OCR)", "đối chiếu");
        JsonNode tasks = plan.get("tasks");
        assertThat(numbers(tasks)).containsExactly("1", "2", "5", "6", "7", "8", "9");
        assertThat(plan.get("proposedIndicators")).hasSize(2);
        assertThat(tasks.get(0).get("title").asText()).contains("quy trình nội bộ", "thủ tục hành chính");
        assertThat(tasks.get(2).get("title").asText())
                .as("the bullet split by the page break")
                .contains("kỹ năng số", "mỗi thôn");
        assertThat(tasks.get(5).get("title").asText()).contains("mạng nội bộ");
        assertThat(plan.get("proposedIndicators").get(0).get("name").asText()).contains("60%");
    }

    @Test
    void aReportIsNotAPlanUnlessItCarriesAPlanSection() throws Exception {
        long plansBefore = plans();
        for (String path : List.of(PREVIEW, IMPORT)) {
            HttpResponse<String> refused =
                    app.upload(path, chairman(), "bao-cao.docx", YearlyPlanFixtures.docx(YearlyPlanFixtures.REPORT));
            assertThat(refused.statusCode()).isEqualTo(422);
            JsonNode error = json(refused).get("errors").get(0);
            assertThat(error.get("where").asText()).isEqualTo("Tài liệu");
            assertThat(error.get("message").asText())
                    .contains(
                            "«Báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số năm 2025»",
                            "là báo cáo, không phải kế hoạch");
        }
        assertThat(plans()).isEqualTo(plansBefore);

        HttpResponse<String> response = app.upload(
                PREVIEW, chairman(), "bao-cao.docx", YearlyPlanFixtures.docx(YearlyPlanFixtures.REPORT_WITH_PLAN));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode plan = json(response);
        assertThat(plan.get("title").asText()).isEqualTo("Báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số năm 2025");
        JsonNode tasks = plan.get("tasks");
        assertThat(tasks)
                .as("only the plan section's bullets, not the results or their table")
                .hasSize(2);
        assertThat(tasks.get(0).get("title").asText()).startsWith("Nâng tỷ lệ hồ sơ thủ tục hành chính");
        assertThat(tasks.get(0).get("deadline").get("dueDate").asText()).isEqualTo("2026-06-30");
        assertThat(tasks.get(1).get("title").asText()).startsWith("Tổ chức tuyên truyền");
        assertThat(tasks.get(1).get("deadline").get("dueDate").asText())
                .as("the plan section's year, not the report's")
                .isEqualTo("2026-12-31");
        assertThat(tasks.get(1).get("deadlineAssumed").asBoolean()).isTrue();
        assertThat(plan.get("proposedIndicators")).isEmpty();
    }

    /** The seven tasks of the yearly plan, one by one; the assessment and the budget give none. */
    private static void assertYearlyTasks(JsonNode plan) {
        JsonNode tasks = plan.get("tasks");
        assertThat(numbers(tasks)).containsExactly("1", "2", "5", "6", "7", "8", "9");
        assertTask(tasks.get(0), "Rà soát, chuẩn hóa quy trình nội bộ", "DATE", "2026-06-30", false);
        assertTask(tasks.get(1), "Triển khai dịch vụ công trực tuyến", "YEAR", "2026-12-31", false);
        assertTask(tasks.get(2), "Tổ chức tập huấn kỹ năng số", "QUARTER", "2026-09-30", false);
        assertThat(tasks.get(2).get("title").asText())
                .as("the bullet split by a page break is one task")
                .contains("cộng đồng các thôn, bảo đảm mỗi thôn có ít nhất 02 thành viên");
        assertTask(tasks.get(3), "Số hóa hồ sơ", "YEAR", "2026-12-31", true);
        assertTask(tasks.get(4), "Tuyên truyền, hướng dẫn người dân", "ONGOING", null, false);
        assertTask(tasks.get(5), "Nâng cấp mạng nội bộ", "DATE", "2026-03-31", false);
        assertTask(tasks.get(6), "Trang bị máy quét tài liệu", "QUARTER", "2026-03-31", false);
        assertThat(tasks.get(0).get("group").asText()).isEqualTo("1. Kế hoạch năm 2026");
        assertThat(tasks.get(5).get("group").asText()).isEqualTo("Về hạ tầng số");
        assertThat(tasks.get(6).get("group").asText()).isEqualTo("Về hạ tầng số");
        assertThat(tasks.toString()).doesNotContain("1.245", "12 lớp", "350.000.000", "15/12/2026");
    }

    private static void assertTask(JsonNode task, String start, String kind, String due, boolean assumed) {
        assertThat(task.get("title").asText()).startsWith(start);
        assertThat(task.get("deadline").get("kind").asText()).as(start).isEqualTo(kind);
        assertThat(
                        task.get("deadline").get("dueDate").isNull()
                                ? null
                                : task.get("deadline").get("dueDate").asText())
                .as(start)
                .isEqualTo(due);
        assertThat(task.get("deadlineAssumed").asBoolean()).as(start).isEqualTo(assumed);
    }

    private List<String> suggested(JsonNode tasks, String number) {
        for (JsonNode task : tasks) {
            if (task.get("number").asText().equals(number)) {
                List<String> ids = new ArrayList<>();
                task.get("suggestedLeadOffices").forEach(id -> ids.add(code(id.asText())));
                return ids;
            }
        }
        throw new AssertionError("no task " + number);
    }

    private static List<String> numbers(JsonNode tasks) {
        List<String> numbers = new ArrayList<>();
        tasks.forEach(task -> numbers.add(task.get("number").asText()));
        return numbers;
    }

    private List<String> offices(long planId, String number, String role) {
        return jdbc.sql("""
                        select o.office_id from plan_task_office o join plan_task t on t.id = o.plan_task_id
                         where t.plan_id = ? and t.number = ? and o.role = ? order by o.office_id""").params(planId, number, role).query(String.class).list().stream()
                .map(this::code)
                .toList();
    }

    private String due(long planId, String number) {
        return jdbc.sql("select due_date, deadline_kind, deadline_text from plan_task where plan_id = ? and number = ?")
                .params(planId, number)
                .query((rs, n) -> rs.getString("due_date") + " " + rs.getString("deadline_kind") + " "
                        + rs.getString("deadline_text"))
                .single();
    }

    private long plans() {
        return jdbc.sql("select count(*) from plan where commune_id = ?")
                .param(commune)
                .query(Long.class)
                .single();
    }

    private String clerksOffices() {
        return qualified(OFFICE_CODES);
    }

    /** The JSON with every office code in it ("vhxh") made one of this class's office ids. */
    private String qualified(String json) {
        return json.replaceAll("\"([a-z-]+)\"", Matcher.quoteReplacement("\"" + office("")) + "$1\"");
    }
}
