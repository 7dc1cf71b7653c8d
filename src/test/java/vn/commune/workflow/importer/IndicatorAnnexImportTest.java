package vn.commune.workflow.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;

/**
 * A plan's indicator annex and task annex, both with two-row table headings, from Word, .xlsx, legacy .xls
 * and legacy .doc: indicators with units and yearly targets, tasks with lead and coordinating offices.
 */
class IndicatorAnnexImportTest extends IntegrationTest {

    private static final String IMPORT = "/api/plans/import";

    @LocalServerPort
    private int port;

    private AppHttp app;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
    }

    @Test
    void everyFormatGivesTheSameIndicatorsAndTasks() throws Exception {
        for (Object[] c : new Object[][] {
            {"ke-hoach.docx", IndicatorFixtures.docx()},
            {"ke-hoach.xlsx", IndicatorFixtures.xlsx()},
            {"ke-hoach.xls", IndicatorFixtures.xls()},
            {"ke-hoach.doc", Seeds.plan("ke-hoach-chi-tieu.doc")}
        }) {
            String file = (String) c[0];
            HttpResponse<String> response = app.upload(
                    IMPORT + "?dryRun=true&monitoringOffice=" + office("vhxh"), chairman(), file, (byte[]) c[1]);
            assertThat(response.statusCode()).as(file + response.body()).isEqualTo(200);
            JsonNode plan = json(response);
            assertThat(plan.get("number").asText()).as(file).isEqualTo("12/KH-UBND");
            assertThat(plan.get("issuedOn").asText()).as(file).isEqualTo("2026-01-05");
            assertThat(plan.get("title").asText()).as(file).isEqualTo(IndicatorFixtures.TITLE);

            JsonNode indicators = plan.get("indicators");
            assertThat(indicators).as(file).hasSize(3);
            assertIndicator(
                    indicators.get(0),
                    "1",
                    "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến",
                    "%",
                    "{\"2025\":\"≥ 70\",\"2030\":\"≥ 85\",\"2045\":\"100\"}",
                    "tt-hcc");
            assertIndicator(
                    indicators.get(1),
                    "2",
                    "Số lượng doanh nghiệp khởi nghiệp sáng tạo",
                    "Doanh nghiệp",
                    "{\"2025\":\"≥ 01\",\"2030\":\"≥ 03\",\"2045\":\"≥ 05\"}",
                    "kinh-te");
            assertIndicator(
                    indicators.get(2),
                    "3",
                    "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử mức 2",
                    "% dân số",
                    "{\"2025\":\"85\",\"2030\":\"100\",\"2045\":\"X\"}",
                    "cong-an");

            JsonNode tasks = plan.get("tasks");
            assertThat(tasks).as(file).hasSize(2);
            assertThat(tasks.get(0).get("title").asText()).isEqualTo("Xây dựng kế hoạch chuyển đổi số năm 2026");
            assertThat(ids(tasks.get(0).get("leadOffices"))).as(file).containsExactly("vhxh");
            assertThat(ids(tasks.get(0).get("coordinatingOffices")))
                    .as(file + ": «Phối hợp» under «Cơ quan thực hiện»")
                    .containsExactly("vp-ubnd");
            assertThat(tasks.get(0).get("deadline").get("dueDate").asText()).isEqualTo("2026-03-31");
            assertThat(ids(tasks.get(1).get("leadOffices"))).as(file).containsExactly("tt-hcc");
            assertThat(ids(tasks.get(1).get("coordinatingOffices"))).as(file).containsExactly("cong-an");
            assertThat(tasks.get(1).get("deadline").get("dueDate").asText()).isEqualTo("2026-12-31");
            assertThat(tasks.get(1).get("needsLead").asBoolean()).isFalse();
        }
    }

    @Test
    void confirmedIndicatorsKeepTheirUnits() throws Exception {
        HttpResponse<String> unmonitored = app.upload(IMPORT, chairman(), "ke-hoach.xlsx", IndicatorFixtures.xlsx());
        assertThat(unmonitored.statusCode())
                .as("the workbook names no monitoring office")
                .isEqualTo(422);
        assertThat(unmonitored.body()).contains("cơ quan theo dõi");
        for (Object[] c :
                new Object[][] {{"ke-hoach.docx", IndicatorFixtures.docx()}, {"ke-hoach.xlsx", IndicatorFixtures.xlsx()}
                }) {
            HttpResponse<String> response = app.upload(
                    IMPORT + "?monitoringOffice=" + office("vhxh") + "&allowDuplicate=true",
                    chairman(),
                    (String) c[0],
                    (byte[]) c[1]);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            long id = json(response).get("id").asLong();
            assertThat(jdbc.sql("""
                            select number || ' | ' || unit || ' | ' || targets::text || ' | ' || tracking_office_id
                              from plan_indicator where plan_id = ? order by number""").param(id).query(String.class).list())
                    .as((String) c[0])
                    .containsExactly(
                            "1 | % | {\"2025\": \"≥ 70\", \"2030\": \"≥ 85\", \"2045\": \"100\"} | " + office("tt-hcc"),
                            "2 | Doanh nghiệp | {\"2025\": \"≥ 01\", \"2030\": \"≥ 03\", \"2045\": \"≥ 05\"} | "
                                    + office("kinh-te"),
                            "3 | % dân số | {\"2025\": \"85\", \"2030\": \"100\", \"2045\": \"X\"} | "
                                    + office("cong-an"));
            assertThat(jdbc.sql("select title from plan where id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .as("the title as written, whatever the format")
                    .isEqualTo(IndicatorFixtures.TITLE);
        }
    }

    private void assertIndicator(
            JsonNode indicator, String number, String name, String unit, String targets, String office) {
        assertThat(indicator.get("number").asText()).isEqualTo(number);
        assertThat(indicator.get("name").asText()).isEqualTo(name);
        assertThat(indicator.get("unit").asText()).as(name).isEqualTo(unit);
        assertThat(indicator.get("targetsByYear").toString()).as(name).isEqualTo(targets);
        assertThat(indicator.get("trackingOffice").asText()).as(name).isEqualTo(office(office));
        assertThat(indicator.get("proposed").asBoolean()).isFalse();
    }

    private List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(code(n.asText())));
        return ids;
    }
}
