package vn.commune.workflow.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;

/** POST /api/plans/import: preview, confirm, duplicates, unknown offices and unreadable files, over HTTP. */
class PlanImportApiTest extends IntegrationTest {

    private static final String IMPORT = "/api/plans/import";

    @LocalServerPort
    private int port;

    private AppHttp app;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
    }

    @Test
    void ngokBayPreviewShowsNineTasksAndStoresNothingThenConfirmStartsThem() throws Exception {
        byte[] text = seed("ngok-bay-plan-2025.txt");
        long plansBefore = count("plan");

        HttpResponse<String> preview = app.upload(IMPORT + "?dryRun=true", head("vp-ubnd"), "ngok-bay.txt", text);
        assertThat(preview.statusCode()).isEqualTo(200);
        JsonNode plan = json(preview);
        assertThat(plan.get("id").isNull()).isTrue();
        assertThat(plan.get("monitoringOffice").asText()).isEqualTo(office("vp-ubnd"));
        JsonNode tasks = plan.get("tasks");
        assertThat(tasks).hasSize(9);
        assertThat(ids(tasks.get(1).get("leadOffices")))
                .as("task 2, split by a page break and a footnote")
                .containsExactly("vp-ubnd");
        assertThat(ids(tasks.get(5).get("leadOffices")))
                .as("task 6 has two leads")
                .containsExactly("vhxh", "kinh-te");
        assertThat(tasks.get(8).get("deadline").get("kind").asText()).isEqualTo("DATE");
        assertThat(tasks.get(8).get("deadline").get("dueDate").asText()).isEqualTo("2025-12-31");
        assertThat(count("plan")).as("a preview stores nothing").isEqualTo(plansBefore);

        HttpResponse<String> created = app.upload(IMPORT, head("vp-ubnd"), "ngok-bay.txt", text);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long id = json(created).get("id").asLong();
        JsonNode stored = json(app.get("/api/plans/" + id, head("thon")));
        assertThat(stored.get("tasks")).hasSize(9);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey("PlanTask")
                        .processInstanceBusinessKey(
                                stored.get("tasks").get(5).get("id").asText())
                        .count())
                .isEqualTo(1);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(
                                stored.get("tasks").get(5).get("id").asText())
                        .count())
                .as("one task per lead office")
                .isEqualTo(2);

        JsonNode again = json(app.upload(IMPORT + "?dryRun=true", head("vp-ubnd"), "ngok-bay.txt", text));
        assertThat(again.get("warnings").toString()).contains("đã được nhập");
        HttpResponse<String> duplicate = app.upload(IMPORT, head("vp-ubnd"), "ngok-bay.txt", text);
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(count("plan")).isEqualTo(plansBefore + 1);
    }

    @Test
    void anOfficeHeadCannotCreateAPlanByNamingItsOwnOfficeAsMonitoringOffice() throws Exception {
        byte[] text = seed("ngok-bay-plan-2025.txt");
        long plansBefore = count("plan");

        HttpResponse<String> selfAppointed = app.upload(
                IMPORT + "?monitoringOffice=" + office("vhxh") + "&allowDuplicate=true",
                head("vhxh"),
                "ngok-bay.txt",
                text);
        assertThat(selfAppointed.statusCode()).isEqualTo(403);
        assertThat(json(selfAppointed).get("message").asText()).contains("Chỉ lãnh đạo UBND xã");
        HttpResponse<String> preview = app.upload(IMPORT + "?dryRun=true", head("kinh-te"), "ngok-bay.txt", text);
        assertThat(preview.statusCode()).isEqualTo(403);
        HttpResponse<String> mapping = app.upload(
                IMPORT + "?dryRun=true&mappings="
                        + java.net.URLEncoder.encode("{\"Ban X\":\"" + office("cong-an") + "\"}", UTF_8),
                head("cong-an"),
                "ngok-bay.txt",
                text);
        assertThat(mapping.statusCode()).isEqualTo(403);

        assertThat(count("plan")).as("no plan was created").isEqualTo(plansBefore);
        assertThat(jdbc.sql("select count(*) from office_alias where alias = 'Ban X' and commune_id = ?")
                        .param(commune)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void truongGiangGivesEightTasksInFourGroupsAndItsIndicators() throws Exception {
        JsonNode plan = json(app.upload(
                IMPORT + "?dryRun=true", head("vp-ubnd"), "truong-giang.txt", seed("truong-giang-plan-2025.txt")));
        assertThat(plan.get("number").asText()).isEqualTo("536/QĐ-UBND");
        assertThat(plan.get("issuedOn").asText()).isEqualTo("2025-09-10");
        assertThat(plan.get("monitoringOffice").asText()).isEqualTo(office("vhxh"));
        List<String> groups = new ArrayList<>();
        plan.get("tasks").forEach(t -> {
            String group = t.get("group").asText();
            if (!groups.contains(group)) {
                groups.add(group);
            }
        });
        assertThat(plan.get("tasks")).hasSize(8);
        assertThat(groups).hasSize(4);
        assertThat(plan.get("tasks").get(1).get("deadline").get("dueDate").asText())
                .isEqualTo("2025-09-30");
        assertThat(plan.get("tasks").get(7).get("deadline").get("kind").asText())
                .isEqualTo("ONGOING");
        assertThat(ids(plan.get("tasks").get(0).get("leadOffices")))
                .as("\"Phòng, ban ngành\" is every office and unit")
                .containsExactlyInAnyOrder(
                        "vp-ubnd", "vhxh", "kinh-te", "tt-hcc", "cong-an", "quan-su", "tram-y-te", "truong-hoc");
        assertThat(plan.get("indicators").size()).isGreaterThan(10);
        assertThat(plan.get("warnings").toString()).contains("Nhiệm vụ thường xuyên");
    }

    @Test
    void anUnknownOfficeBlocksTheImportUntilTheClerkMapsIt() throws Exception {
        byte[] csv = ("STT;Tên nhiệm vụ;Đơn vị chủ trì;Thời hạn\n"
                        + "1;Rà soát hộ nghèo;Ngân hàng Chính sách xã hội;Quý IV/2026\n"
                        + "2;Báo cáo an ninh trật tự;Công an xã;31/12/2026\n")
                .getBytes(StandardCharsets.UTF_8);
        String query = "?monitoringOffice=" + office("vp-ubnd");

        JsonNode preview = json(app.upload(
                IMPORT + "?dryRun=true&monitoringOffice=" + office("vp-ubnd"), chairman(), "ke-hoach.csv", csv));
        assertThat(preview.get("warnings").toString())
                .contains("Không nhận ra cơ quan chủ trì «Ngân hàng Chính sách xã hội»");
        assertThat(ids(preview.get("tasks").get(1).get("leadOffices"))).containsExactly("cong-an");
        long plansBefore = count("plan");
        HttpResponse<String> refused = app.upload(IMPORT + query, chairman(), "ke-hoach.csv", csv);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("errors").get(0).get("where").asText()).isEqualTo("Nhiệm vụ 1");
        assertThat(count("plan")).isEqualTo(plansBefore);

        String mappings = URLEncoder.encode(
                "{\"Ngân hàng Chính sách xã hội\": \"" + office("kinh-te") + "\"}", StandardCharsets.UTF_8);
        HttpResponse<String> created =
                app.upload(IMPORT + query + "&mappings=" + mappings, chairman(), "ke-hoach.csv", csv);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(ids(json(created).get("tasks").get(0).get("leadOffices"))).containsExactly("kinh-te");
        assertThat(jdbc.sql(
                                "select office_id from office_alias where alias = 'Ngân hàng Chính sách xã hội' and commune_id = ?")
                        .param(commune)
                        .query(String.class)
                        .single())
                .as("the mapping is remembered for the next document")
                .isEqualTo(office("kinh-te"));
    }

    @Test
    void unreadableFilesAreRefusedWithWhereAndWhyAndChangeNothing() throws Exception {
        long plansBefore = count("plan");
        byte[] noise = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        for (Object[] c : new Object[][] {
            {"trong.txt", new byte[0]}, {"anh.docx", png}, {"nhieu.txt", noise}, {"nhieu.docx", noise}
        }) {
            HttpResponse<String> response = app.upload(IMPORT, chairman(), (String) c[0], (byte[]) c[1]);
            assertThat(response.statusCode()).as((String) c[0]).isEqualTo(422);
            JsonNode error = json(response).get("errors").get(0);
            assertThat(error.get("where").asText()).as((String) c[0]).isNotBlank();
            assertThat(error.get("message").asText()).as((String) c[0]).isNotBlank();
        }
        assertThat(count("plan")).isEqualTo(plansBefore);
    }

    /** Rows of this class's commune in a table with a commune_id. */
    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where commune_id = ?")
                .param(commune)
                .query(Long.class)
                .single();
    }

    private List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(code(n.asText())));
        return ids;
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = PlanImportApiTest.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        }
    }
}
