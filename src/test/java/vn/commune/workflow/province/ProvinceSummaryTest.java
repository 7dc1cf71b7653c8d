package vn.commune.workflow.province;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.commune.workflow.reportperiod.ReportingScheduler;
import vn.commune.workflow.security.Groups;

/**
 * The province view over HTTP on a province of four communes with known figures on 23/11/2026: who may read it, what
 * it counts (tasks, as the plan page's shares make them), its order, its workbook, and the read-only commune dashboard.
 */
class ProvinceSummaryTest extends IntegrationTest {

    /** Each test builds its own province and communes, so that it sees only its own plans. */
    private static final AtomicInteger PROVINCES = new AtomicInteger();

    @LocalServerPort
    private int port;

    private AppHttp app;

    @Autowired
    private Communes communes;

    @Autowired
    private DemoPeople people;

    @Autowired
    private OfficeDirectory directory;

    @Autowired
    private ReportingScheduler scheduler;

    private String province;
    private String viewer;
    private String otherViewer;
    private Commune a;
    private Commune b;
    private Commune c;
    private Commune d;
    private long planA;

    @BeforeEach
    void province() {
        app = new AppHttp(port);
        int n = PROVINCES.incrementAndGet();
        province = "tinh-thu-" + n;
        communes.createProvince(province, "Tỉnh Thử Nghiệm " + n);
        a = people.create(new Commune("xa-a-" + n, "Xã Hòa An " + n, province, "xaa" + n + "."));
        b = people.create(new Commune("xa-b-" + n, "Xã Bình Minh " + n, province, "xab" + n + "."));
        // C and D have nothing late: D, with a missing report, comes before C whatever their names.
        c = people.create(new Commune("xa-c-" + n, "Xã An Phú " + n, province, "xac" + n + "."));
        d = people.create(new Commune("xa-d-" + n, "Xã Yên Thế " + n, province, "xad" + n + "."));
        viewer = "canbo.tinh" + n;
        directory.createProvinceGroup(Groups.PROVINCE_GROUP_PREFIX + province, "Sở theo dõi " + n);
        directory.createDemoUser(viewer, "Cán bộ", "tỉnh", null, DemoPeople.PASSWORD, "tinh." + province);
        String other = "tinh-khac-" + n;
        communes.createProvince(other, "Tỉnh Khác " + n);
        otherViewer = "canbo.khac" + n;
        directory.createProvinceGroup(Groups.PROVINCE_GROUP_PREFIX + other, "Sở khác " + n);
        directory.createDemoUser(otherViewer, "Cán bộ", "tỉnh khác", null, DemoPeople.PASSWORD, "tinh." + other);

        EngineClock.setVietnamTime(LocalDateTime.of(2026, 10, 1, 9, 0));
        planA = plan(
                a,
                taskLedBy("1", "31/3/2027", List.of(a.qualify("vhxh"))), // chưa đến hạn
                taskLedBy("2", "10/12/2026", List.of(a.qualify("vhxh"))), // trong hạn
                taskLedBy("3", "20/11/2026", List.of(a.qualify("vhxh"))), // quá hạn
                taskLedBy("4", "02/11/2026", List.of(a.qualify("kinh-te"))), // quá hạn
                taskLedBy("5", "31/12/2026", List.of(a.qualify("kinh-te"))), // hoàn thành đúng hạn
                taskLedBy("6", "01/11/2026", List.of(a.qualify("kinh-te"))), // hoàn thành quá hạn
                taskLedBy("7", "Thường xuyên", List.of(a.qualify("vhxh"))),
                taskLedBy("8", "Theo chỉ đạo của UBND tỉnh", List.of(a.qualify("vhxh"))), // cần định hạn, not ongoing
                taskLedBy(
                        "9",
                        "30/11/2026",
                        List.of(a.qualify("vhxh"), a.qualify("cong-an"))), // two shares in time: one task
                taskLedBy(
                        "10",
                        "30/12/2026",
                        List.of(a.qualify("vhxh"), a.qualify("cong-an")))); // one share late: the task is
        plan(
                b,
                taskLedBy("1", "05/11/2026", List.of(b.qualify("kinh-te"))),
                taskLedBy("2", "06/11/2026", List.of(b.qualify("kinh-te"))),
                taskLedBy("3", "10/11/2026", List.of(b.qualify("vhxh"))),
                taskLedBy("4", "Định kỳ hằng quý", List.of(b.qualify("vhxh"))));
        plan(d, taskLedBy("1", "Thường xuyên", List.of(d.qualify("tram-y-te"))));
        // Công an's share of task 10 was given an earlier date (what setting an office's own deadline leaves behind).
        jdbc.sql("update assignment set due_date = ?, effective_due_date = ? where office_id = ? and plan_task_id = ?")
                .params(
                        LocalDate.of(2026, 11, 15),
                        LocalDate.of(2026, 11, 16),
                        a.qualify("cong-an"),
                        Long.parseLong(businessKeyOf(planA, "10")))
                .update();
        // October's reports were due on 10/11; no office sent one.
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 1, 0, 5));
        List.of(a, b, d).forEach(each -> scheduler.openDuePeriods(each.id()));
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 23, 9, 0));
        runDueJobs(engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("ReportPeriod")
                .tenantIdIn(a.id(), b.id(), d.id())
                .list()
                .stream()
                .map(pi -> pi.getId())
                .toList());
        finishAccepted(planA, "5", a.qualify("truong.kinh-te"));
        finishAccepted(planA, "6", a.qualify("truong.kinh-te"));
        // A's October report was approved on 15/11 (what the leadership's approval leaves behind).
        jdbc.sql("update report_period set status = 'APPROVED', approved_by = ?, approved_at = ? where plan_id = ?")
                .params(
                        a.qualify(DemoPeople.CHAIRMAN),
                        java.sql.Timestamp.from(java.time.Instant.parse("2026-11-15T03:00:00Z")),
                        planA)
                .update();
    }

    @Test
    void everyCommuneOfTheProvinceSideBySideMostLateFirst() throws Exception {
        HttpResponse<String> response = app.get("/api/province/summary", viewer);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode s = json(response);
        assertThat(s.at("/province/id").asText()).isEqualTo(province);
        assertThat(s.get("asOf").asText()).isEqualTo("2026-11-23");
        assertThat(ids(s))
                .as("most overdue first, then most reports missing")
                .containsExactly(a.id(), b.id(), d.id(), c.id());

        JsonNode xaA = commune(s, a.id());
        assertThat(figures(xaA))
                .as("doneOnTime, doneLate, overdue, onTrack, notDue, ongoing, needsDeadline")
                .as("a task led by two offices counts once")
                .containsExactly(1L, 1L, 3L, 2L, 1L, 1L, 1L);
        assertThat(xaA.get("name").asText()).isEqualTo(a.name());
        assertThat(xaA.get("reportsMissing").asLong())
                .as("vhxh, kinh-te and cong-an owed October's report")
                .isEqualTo(3);
        JsonNode last = xaA.get("lastApprovedReport");
        assertThat(last.get("period").asText()).isEqualTo("2026-10");
        assertThat(last.get("label").asText()).isEqualTo("tháng 10/2026");
        assertThat(last.get("approvedOn").asText()).isEqualTo("2026-11-15");
        assertThat(last.get("planNumber").asText()).isNotBlank();

        assertThat(jdbc.sql("select number || '=' || coalesce(closed_status, '-') from plan_task where plan_id = ?"
                                + " and number in ('5', '6', '9') order by number")
                        .param(planA)
                        .query(String.class)
                        .list())
                .as("a task whose every share was accepted is closed for good, with its final status")
                .containsExactly("5=DONE_ON_TIME", "6=DONE_LATE", "9=-");

        JsonNode xaB = commune(s, b.id());
        assertThat(figures(xaB)).containsExactly(0L, 0L, 3L, 0L, 0L, 1L, 0L);
        assertThat(xaB.get("reportsMissing").asLong()).isEqualTo(2);
        assertThat(xaB.get("lastApprovedReport").isNull()).isTrue();
        assertThat(commune(s, d.id()).get("reportsMissing").asLong()).isEqualTo(1);
        assertThat(figures(commune(s, c.id()))).containsOnly(0L);

        // The same figures as the plan page's status of each office's share, made a task's by TaskStatus.ofTask.
        for (Commune commune : List.of(a, b)) {
            Map<TaskStatus, Long> counted = new EnumMap<>(TaskStatus.class);
            for (JsonNode plan : json(app.get("/api/plans?commune=" + commune.id(), viewer))) {
                JsonNode detail =
                        json(app.get("/api/plans/" + plan.get("id").asLong() + "?commune=" + commune.id(), viewer));
                for (JsonNode task : detail.get("tasks")) {
                    List<TaskStatus> shares = new ArrayList<>();
                    task.get("offices")
                            .forEach(
                                    o -> shares.add(byLabel(o.get("statusLabel").asText())));
                    counted.merge(TaskStatus.ofTask(shares), 1L, Long::sum);
                }
            }
            JsonNode row = commune(s, commune.id());
            for (int i = 0; i < FIELDS.size(); i++) {
                assertThat(row.get(FIELDS.get(i)).asLong())
                        .as(commune.id() + " " + FIELDS.get(i))
                        .isEqualTo(counted.getOrDefault(STATUSES.get(i), 0L));
            }
        }
    }

    @Test
    void onlyTheProvincesStaffAndTheAdministratorReadIt() throws Exception {
        assertThat(app.get("/api/province/summary?province=" + province, otherViewer)
                        .statusCode())
                .as("another province's viewer")
                .isEqualTo(403);
        assertThat(app.get("/api/province/summary.xlsx?province=" + province, otherViewer)
                        .statusCode())
                .isEqualTo(403);
        JsonNode own = json(app.get("/api/province/summary", otherViewer));
        assertThat(own.at("/province/id").asText()).isEqualTo("tinh-khac-" + PROVINCES.get());
        assertThat(own.get("communes")).isEmpty();
        for (String user : List.of(a.qualify(DemoPeople.CHAIRMAN), a.qualify("truong.vhxh"))) {
            HttpResponse<String> refused = app.get("/api/province/summary?province=" + province, user);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(json(refused).get("message").asText()).contains("tỉnh");
            assertThat(app.get("/api/province/summary", user).statusCode()).isEqualTo(403);
            assertThat(app.get("/api/provinces", user).statusCode()).isEqualTo(403);
        }
        assertThat(app.get("/api/province/summary", null).statusCode()).isEqualTo(401);
        assertThat(app.get("/api/province/summary?province=khong-co", DemoPeople.ADMINISTRATOR)
                        .statusCode())
                .isEqualTo(404);
        JsonNode asAdmin = json(app.get("/api/province/summary?province=" + province, DemoPeople.ADMINISTRATOR));
        assertThat(ids(asAdmin)).containsExactlyInAnyOrder(a.id(), b.id(), c.id(), d.id());
        assertThat(json(app.get("/api/provinces", DemoPeople.ADMINISTRATOR)))
                .extracting(p -> p.get("id").asText())
                .contains(province, "tinh-khac-" + PROVINCES.get());
        assertThat(json(app.get("/api/provinces", viewer)))
                .extracting(p -> p.get("id").asText())
                .containsExactly(province);
    }

    @Test
    void theProvincesStaffLandOnTheirPageAndReadACommunesDashboardWithoutActingOnIt() throws Exception {
        HttpResponse<String> home = app.get("/", viewer);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/tinh.html");

        JsonNode dashboard = json(app.get("/api/dashboard?commune=" + a.id(), viewer));
        assertThat(dashboard.get("overdue")).hasSize(3);
        assertThat(app.get("/api/plans?commune=" + a.id(), viewer).statusCode()).isEqualTo(200);
        assertThat(app.get("/api/plans/" + planA + "?commune=" + a.id(), viewer).statusCode())
                .isEqualTo(200);
        assertThat(json(app.get("/api/offices?commune=" + a.id(), viewer)))
                .extracting(o -> o.get("id").asText())
                .contains(a.qualify("vhxh"));
        assertThat(app.getBytes("/api/dashboard/overdue.xlsx?commune=" + a.id(), viewer)
                        .statusCode())
                .isEqualTo(200);
        assertThat(json(app.get("/api/province/communes/" + a.id(), viewer))
                        .get("name")
                        .asText())
                .isEqualTo(a.name());
        assertThat(app.get("/api/dashboard", viewer).statusCode())
                .as("a province viewer has no commune of their own")
                .isEqualTo(403);

        long late = dashboard.get("overdue").get(0).get("assignmentId").asLong();
        long needsDate = dashboard.get("needsDeadline").get(0).get("planTaskId").asLong();
        Map<String, String> writes = Map.of(
                "/api/assignments/" + late + "/nudge", "{\"note\": \"Khẩn trương\"}",
                "/api/assignments/" + late + "/extend", "{\"date\": \"2026-12-31\", \"note\": \"x\"}",
                "/api/assignments/" + late + "/reassign",
                        "{\"office\": \"" + a.qualify("kinh-te") + "\", \"note\": \"x\"}",
                "/api/plan-tasks/" + needsDate + "/deadline", "{\"date\": \"2026-12-31\", \"note\": \"x\"}");
        for (Map.Entry<String, String> write : writes.entrySet()) {
            assertThat(app.postJson(write.getKey(), viewer, write.getValue()).statusCode())
                    .as(write.getKey())
                    .isEqualTo(403);
        }
        assertThat(app.get("/api/assignments/" + late + "/actions", viewer).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from assignment_action where assignment_id = ?")
                        .param(late)
                        .query(Long.class)
                        .single())
                .isZero();

        // Not another province's commune, nor another commune's for a commune's people: as if it did not exist.
        assertThat(app.get("/api/dashboard?commune=" + a.id(), otherViewer).statusCode())
                .isEqualTo(404);
        assertThat(app.get("/api/plans?commune=" + a.id(), otherViewer).statusCode())
                .isEqualTo(404);
        assertThat(app.get("/api/province/communes/" + a.id(), otherViewer).statusCode())
                .isEqualTo(404);
        assertThat(app.get("/api/dashboard?commune=" + a.id(), b.qualify(DemoPeople.CHAIRMAN))
                        .statusCode())
                .isEqualTo(404);
        assertThat(app.get("/api/offices?commune=" + a.id(), b.qualify("truong.vhxh"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theWorkbookHasTheProvinceTheDateAndARowPerCommune() throws Exception {
        HttpResponse<byte[]> xlsx = app.getBytes("/api/province/summary.xlsx", viewer);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("tinh-hinh-cac-xa-" + province + "-2026-11-23.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Các xã");
            DataFormatter cells = new DataFormatter();
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0)))
                    .isEqualTo("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC XÃ");
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(0)))
                    .isEqualTo("Tỉnh Thử Nghiệm " + PROVINCES.get());
            assertThat(cells.formatCellValue(sheet.getRow(2).getCell(0))).isEqualTo("Số liệu đến ngày 23/11/2026");
            List<String> headings = new ArrayList<>();
            sheet.getRow(4).forEach(cell -> headings.add(cells.formatCellValue(cell)));
            assertThat(headings)
                    .containsExactly(
                            "Xã",
                            "Đang thực hiện quá hạn",
                            "Thiếu báo cáo",
                            "Hoàn thành đúng hạn",
                            "Hoàn thành quá hạn",
                            "Đang thực hiện trong hạn",
                            "Chưa đến hạn",
                            "Thường xuyên",
                            "Cần định hạn",
                            "Báo cáo gần nhất được duyệt",
                            "Kế hoạch",
                            "Ngày duyệt");
            assertThat(sheet.getLastRowNum()).isEqualTo(4 + 4);
            assertThat(row(sheet.getRow(5), cells))
                    .startsWith(a.name(), "3", "3", "1", "1", "2", "1", "1", "1", "tháng 10/2026");
            assertThat(cells.formatCellValue(sheet.getRow(5).getCell(11))).isEqualTo("15/11/2026");
            assertThat(row(sheet.getRow(6), cells))
                    .startsWith(b.name(), "3", "2", "0", "0", "0", "0", "1", "0", "Chưa có");
            assertThat(cells.formatCellValue(sheet.getRow(7).getCell(0))).isEqualTo(d.name());
            assertThat(cells.formatCellValue(sheet.getRow(8).getCell(0))).isEqualTo(c.name());
        }
    }

    private static final List<String> FIELDS =
            List.of("doneOnTime", "doneLate", "overdue", "onTrack", "notDue", "ongoing", "needsDeadline");
    private static final List<TaskStatus> STATUSES = List.of(
            TaskStatus.DONE_ON_TIME,
            TaskStatus.DONE_LATE,
            TaskStatus.OVERDUE,
            TaskStatus.ON_TRACK,
            TaskStatus.NOT_DUE,
            TaskStatus.ONGOING,
            TaskStatus.NEEDS_DEADLINE);

    private static TaskStatus byLabel(String label) {
        return Arrays.stream(TaskStatus.values())
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private static List<Long> figures(JsonNode commune) {
        return FIELDS.stream().map(f -> commune.get(f).asLong()).toList();
    }

    private static List<String> ids(JsonNode summary) {
        List<String> ids = new ArrayList<>();
        summary.get("communes").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    private static JsonNode commune(JsonNode summary, String id) {
        for (JsonNode c : summary.get("communes")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no commune " + id);
    }

    private static List<String> row(Row row, DataFormatter cells) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cells.formatCellValue(cell)));
        return values;
    }

    private long plan(Commune commune, PlanDraft.TaskDraft... tasks) {
        return plans.create(
                commune.id(),
                new PlanDraft(
                        "KH-" + commune.id(),
                        LocalDate.of(2026, 10, 1),
                        "Kế hoạch của " + commune.name(),
                        commune.qualify("vp-ubnd"),
                        "test",
                        null,
                        List.of(tasks),
                        List.of()),
                "test");
    }
}
