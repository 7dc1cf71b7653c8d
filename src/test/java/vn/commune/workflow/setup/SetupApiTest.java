package vn.commune.workflow.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.plan.PlanDraft;

/**
 * The administrators' setup API over HTTP: a commune, its offices and people set up by the system administrator and
 * by the commune's own administrator; password links; the staff list all or nothing; moves and leaving. And the
 * attacks: an office head calling the admin API, a commune's administrator reaching another commune, forged and
 * replayed links.
 */
class SetupApiTest extends IntegrationTest {

    private static final AtomicInteger COMMUNES = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile("/password\\.html\\?token=([A-Za-z0-9_-]+)");
    private static final String STRONG = "Mat-Khau-Moi-2026!";

    @LocalServerPort
    private int port;

    @Autowired
    private OfficeDirectory directory;

    private AppHttp app;

    /** A commune made for the test through the API: id, prefix. */
    private record Made(String id, String prefix) {}

    @BeforeEach
    void http() {
        app = new AppHttp(port);
    }

    @Test
    void theSystemAdministratorSetsUpACommuneFromTheStandardOfficesAndItsPeopleGetPasswordLinks() throws Exception {
        Made a = commune();
        JsonNode offices = AppHttp.json(app.get("/api/admin/communes/" + a.id() + "/offices", "admin"));
        assertThat(offices.get("saved").asBoolean()).isTrue();
        assertThat(offices.get("offices")).hasSize(10);
        assertThat(offices.get("offices").get(1).get("code").asText()).isEqualTo("vhxh");
        assertThat(offices.get("offices").get(1).get("name").asText()).isEqualTo("Phòng Văn hóa - Xã hội (sửa)");
        assertThat(offices.get("offices").get(1).get("aliases").toString()).contains("Phòng Văn hóa");
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupId(a.prefix() + "vhxh")
                        .memberOfTenant(a.id())
                        .count())
                .as("each office a group of the commune's tenant")
                .isOne();

        HttpResponse<String> added =
                app.postJson("/api/admin/communes/" + a.id() + "/people", "admin", """
                [{"fullName":"Trần Thị Bình","position":"Trưởng phòng Văn hóa - Xã hội","office":"VH-XH",
                  "email":"Binh.TT@%s.example","phone":"0905 123 456"}]""".formatted(a.id()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode row = AppHttp.json(added).get("rows").get(0);
        String binh = a.prefix() + "binh.tt";
        assertThat(row.get("userId").asText()).isEqualTo(binh);
        assertThat(row.get("role").asText()).isEqualTo("OFFICE_HEAD");
        assertThat(row.get("officeId").asText()).isEqualTo(a.prefix() + "vhxh");
        assertThat(directory.officesOf(binh)).containsExactly(a.prefix() + "vhxh");

        String mail = mailTo(binh);
        assertThat(mail).contains("Tên đăng nhập: " + binh).contains("giờ Việt Nam");
        String token = token(mail);
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("only the token's hash is stored")
                .isZero();

        JsonNode holder = AppHttp.json(app.fromPage("GET", "/api/account/password?token=" + token, null));
        assertThat(holder.get("userId").asText()).isEqualTo(binh);
        HttpResponse<String> weak = app.fromPage("POST", "/api/account/password", body(token, "ngan"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(AppHttp.json(weak).get("message").asText())
                .contains("ít nhất 10 ký tự")
                .contains("chữ hoa")
                .contains("ký tự đặc biệt");
        HttpResponse<String> set = app.fromPage("POST", "/api/account/password", body(token, STRONG));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(as(binh, STRONG, "/api/me").statusCode()).isEqualTo(200);

        HttpResponse<String> again = app.fromPage("POST", "/api/account/password", body(token, "Khac-Nua-2026!"));
        assertThat(again.statusCode()).as("a link works once").isEqualTo(404);
        assertThat(AppHttp.json(again).get("message").asText()).contains("đã được dùng hoặc đã hết hạn");
        assertThat(as(binh, STRONG, "/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordLinkExpiresAndQuenMatKhauAnswersTheSameForAnyAddress() throws Exception {
        Made a = commune();
        String person =
                addPerson(a, "Lê Văn Cường", "Chuyên viên", a.prefix() + "kinh-te", "cuong@" + a.id() + ".example");
        String first = token(mailTo(person));
        EngineClock.set(java.time.Instant.now().plus(Duration.ofDays(3)).plusSeconds(60));
        assertThat(app.fromPage("POST", "/api/account/password", body(first, STRONG))
                        .statusCode())
                .as("expired after workflow.accounts.password-link-validity")
                .isEqualTo(404);
        EngineClock.reset();

        long mails = mails(person);
        HttpResponse<String> known =
                app.fromPage("POST", "/api/account/forgot", "{\"email\":\"cuong@" + a.id() + ".example\"}");
        HttpResponse<String> unknown =
                app.fromPage("POST", "/api/account/forgot", "{\"email\":\"ai-do@nowhere.example\"}");
        assertThat(known.statusCode()).isEqualTo(202);
        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(unknown.body()).as("nobody learns who has an account").isEqualTo(known.body());
        assertThat(mails(person)).isEqualTo(mails + 1);
        String fresh = token(mailTo(person));
        assertThat(app.fromPage("POST", "/api/account/password", body(fresh, STRONG))
                        .statusCode())
                .isEqualTo(200);
        assertThat(as(person, STRONG, "/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aStaffListWithBadRowsIsPreviewedRowByRowAndSavesNobody() throws Exception {
        Made a = commune();
        addPerson(a, "Người Đã Có", "Chuyên viên", a.prefix() + "kinh-te", "da-co@" + a.id() + ".example");
        String csv = "STT;Họ và tên;Chức vụ;Cơ quan;Địa chỉ email;Số điện thoại\n"
                + "1;Nguyễn Văn An;Chủ tịch UBND xã;UBND xã;an@" + a.id() + ".example;0905000001\n"
                + "2;Phạm Thị Hoa;Văn thư;Văn phòng HĐND và UBND xã;hoa@" + a.id() + ".example;\n"
                + "3;Võ Văn Nam;Chuyên viên;Ngân hàng Chính sách;nam@" + a.id() + ".example;\n"
                + "4;Đỗ Thị Lan;Công chức;Phòng Kinh tế;lan-khong-co-a-cong;\n"
                + "5;Hồ Văn Tư;Chuyên viên;Phòng Kinh tế;an@" + a.id() + ".example;\n"
                + "6;Bùi Văn Sáu;Chuyên viên;Phòng Kinh tế;da-co@" + a.id() + ".example;12\n";
        long people = count("person");
        long users = engine.getIdentityService().createUserQuery().count();

        JsonNode preview = AppHttp.json(app.upload(
                "/api/admin/communes/" + a.id() + "/people/preview",
                "admin",
                "danh-sach.csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        JsonNode rows = preview.get("rows");
        assertThat(preview.get("errorCount").asInt()).isEqualTo(4);
        assertThat(rows.get(0).get("role").asText()).isEqualTo("LEADERSHIP");
        assertThat(rows.get(0).get("errors")).isEmpty();
        assertThat(rows.get(1).get("role").asText()).isEqualTo("CLERK");
        assertThat(rows.get(2).get("errors").toString())
                .contains("Không tìm thấy cơ quan \\\"Ngân hàng Chính sách\\\"");
        assertThat(rows.get(3).get("errors").toString()).contains("Email không hợp lệ");
        assertThat(rows.get(4).get("errors").toString()).contains("Trùng email với dòng 2");
        assertThat(rows.get(5).get("errors").toString())
                .contains("đã có tài khoản")
                .contains("Số điện thoại");

        HttpResponse<String> save = app.postJson("/api/admin/communes/" + a.id() + "/people", "admin", rows.toString());
        assertThat(save.statusCode()).isEqualTo(422);
        assertThat(AppHttp.json(save).get("message").asText()).contains("Dòng 4:");
        assertThat(count("person")).as("nothing saved").isEqualTo(people);
        assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);

        byte[] xlsx = xlsx(
                List.of("Ho ten", "Chuc vu", "Co quan", "Email", "Dien thoai"),
                List.of("Nguyễn Văn An", "Chủ tịch UBND xã", "", "an@" + a.id() + ".example", "0905000001"),
                List.of("Phạm Thị Hoa", "Văn thư", "VP HĐND-UBND", "hoa@" + a.id() + ".example", ""),
                List.of("Trương Văn Bảy", "Phó Trưởng phòng", "KT", "bay@" + a.id() + ".example", ""));
        JsonNode good = AppHttp.json(
                app.upload("/api/admin/communes/" + a.id() + "/people/preview", "admin", "danh-sach.xlsx", xlsx));
        assertThat(good.get("errorCount").asInt()).as(good.toString()).isZero();
        assertThat(good.get("rows").get(2).get("role").asText()).isEqualTo("OFFICE_STAFF");
        HttpResponse<String> saved = app.postJson(
                "/api/admin/communes/" + a.id() + "/people",
                "admin",
                good.get("rows").toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(groupsOf(a.prefix() + "an")).containsExactly(a.prefix() + "lanh-dao");
        assertThat(groupsOf(a.prefix() + "hoa"))
                .containsExactlyInAnyOrder(a.prefix() + "van-thu", a.prefix() + "vp-ubnd");
        assertThat(groupsOf(a.prefix() + "bay")).containsExactly(a.prefix() + "kinh-te");
        assertThat(mails(a.prefix() + "bay")).isOne();
    }

    @Test
    void whoMovesOfficeOrLeavesLeavesTheirClaimedTasksWithTheOffice() throws Exception {
        Made a = commune();
        String person = addPerson(a, "Đinh Văn Tám", "Trưởng phòng", a.prefix() + "vhxh", "tam@" + a.id() + ".example");
        assertThat(app.fromPage("POST", "/api/account/password", body(token(mailTo(person)), STRONG))
                        .statusCode())
                .isEqualTo(200);
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 20, 9, 0));
        long plan = plans.create(
                a.id(),
                new PlanDraft(
                        "KH-" + a.id(),
                        LocalDate.of(2026, 11, 20),
                        "Kế hoạch của " + a.id(),
                        a.prefix() + "vp-ubnd",
                        "test",
                        null,
                        List.of(
                                taskLedBy("1", "31/12/2026", List.of(a.prefix() + "vhxh")),
                                taskLedBy("2", "31/12/2026", List.of(a.prefix() + "kinh-te"))),
                        List.of()),
                "test");
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "1"))
                .singleResult();
        engine.getTaskService().claim(task.getId(), person);
        AppHttp.Webapp before = new AppHttp(port, STRONG).webapp(person);
        assertThat(before.engine("GET", "/task/" + task.getId(), null).statusCode())
                .isEqualTo(200);

        HttpResponse<String> moved = app.postJson(
                "/api/admin/communes/" + a.id() + "/people/" + person + "/move",
                "admin",
                "{\"officeId\":\"" + a.prefix() + "kinh-te\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(groupsOf(person)).containsExactly(a.prefix() + "kinh-te");
        Task after =
                engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after.getAssignee()).as("released").isNull();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .taskCandidateGroup(a.prefix() + "vhxh")
                        .count())
                .as("still the office's")
                .isOne();
        assertThat(engine.getAuthorizationService()
                        .createAuthorizationQuery()
                        .userIdIn(person)
                        .resourceType(Resources.TASK)
                        .resourceId(task.getId())
                        .count())
                .as("no grant of their own on the task they released")
                .isZero();
        assertThat(as(person, STRONG, "/engine-rest/task/" + task.getId()).statusCode())
                .as("the former office's task is out of their reach")
                .isIn(403, 404);
        assertThat(before.engine("GET", "/task/" + task.getId(), null).statusCode())
                .as("the Tasklist session opened before the move ended with it: the next request logs in again")
                .isEqualTo(401);
        AppHttp.Webapp afterMove = new AppHttp(port, STRONG).webapp(person);
        assertThat(afterMove.engine("GET", "/task/" + task.getId(), null).statusCode())
                .as("logged in again, with the new office's rights")
                .isIn(403, 404);

        String economic = taskOf(plan, "2");
        engine.getTaskService().claim(economic, person);
        HttpResponse<String> left =
                app.postJson("/api/admin/communes/" + a.id() + "/people/" + person + "/leave", "admin", "{}");
        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
        assertThat(groupsOf(person)).isEmpty();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(economic)
                        .singleResult()
                        .getAssignee())
                .as("what they held goes back to the office")
                .isNull();
        assertThat(as(person, STRONG, "/api/me").statusCode())
                .as("their account opens nothing")
                .isEqualTo(401);
        assertThat(afterMove.send("GET", "/api/me", null).statusCode())
                .as("nor the session they had open")
                .isEqualTo(401);
        assertThat(app.fromPage("POST", "/api/account/forgot", "{\"email\":\"tam@" + a.id() + ".example\"}")
                        .statusCode())
                .isEqualTo(202);
        assertThat(mails(person)).as("no new link for someone who left").isOne();
    }

    @Test
    void anOfficeHeadAndAnotherCommunesAdministratorAreRefused() throws Exception {
        Made a = commune();
        Made b = commune();
        String adminOfA = a.prefix() + "quantri";
        directory.createDemoUser(
                adminOfA, "Quản trị", "xã A", "qt@" + a.id() + ".example", "demo", a.prefix() + "quan-tri");
        String bPerson = addPerson(b, "Người Xã B", "Chuyên viên", b.prefix() + "vhxh", "nguoi@" + b.id() + ".example");

        for (String path :
                List.of("/api/admin/communes", "/api/admin/provinces", "/api/admin/communes/" + commune + "/people")) {
            HttpResponse<String> refused = app.get(path, head("vhxh"));
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(AppHttp.json(refused).get("message").asText()).as(path).contains("Chỉ quản trị");
        }
        assertThat(app.postJson("/api/admin/communes/" + commune + "/people", head("vhxh"), "[]")
                        .statusCode())
                .isEqualTo(403);

        assertThat(AppHttp.json(app.get("/api/admin/communes", adminOfA)).findValuesAsText("id"))
                .containsExactly(a.id());
        assertThat(app.get("/api/admin/communes/" + a.id() + "/people", adminOfA)
                        .statusCode())
                .isEqualTo(200);
        assertThat(app.postJson("/api/admin/communes", adminOfA, "{\"id\":\"x\",\"name\":\"X\"}")
                        .statusCode())
                .as("communes are the system administrator's")
                .isEqualTo(403);
        for (HttpResponse<String> refused : List.of(
                app.get("/api/admin/communes/" + b.id() + "/people", adminOfA),
                app.get("/api/admin/communes/" + b.id() + "/offices", adminOfA),
                app.putJson(
                        "/api/admin/communes/" + b.id() + "/offices",
                        adminOfA,
                        "[{\"code\":\"x\",\"name\":\"X\",\"kind\":\"PHONG\"}]"),
                app.postJson("/api/admin/communes/" + b.id() + "/people", adminOfA, "[]"),
                app.postJson("/api/admin/communes/" + a.id() + "/people/" + bPerson + "/leave", adminOfA, "{}"),
                app.postJson("/api/admin/communes/" + b.id() + "/people/" + bPerson + "/leave", adminOfA, "{}"))) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(404);
            assertThat(AppHttp.json(refused).get("message").asText()).startsWith("Không tìm thấy");
        }
        HttpResponse<String> otherOffice = app.postJson(
                "/api/admin/communes/" + a.id() + "/people",
                adminOfA,
                "[{\"fullName\":\"Cài Cắm\",\"officeId\":\"" + b.prefix() + "vhxh\",\"email\":\"cai@" + a.id()
                        + ".example\",\"role\":\"OFFICE_STAFF\"}]");
        assertThat(otherOffice.statusCode()).isEqualTo(422);
        assertThat(otherOffice.body()).contains("không thuộc xã");
        assertThat(groupsOf(bPerson)).containsExactly(b.prefix() + "vhxh");

        HttpResponse<String> forged =
                app.send(HttpRequest.newBuilder(app.uri("/api/admin/communes/" + a.id() + "/people"))
                        .header("Cookie", "JSESSIONID=stolen")
                        .header("Origin", "https://evil.example")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[]")));
        assertThat(forged.statusCode()).as("a request from another site").isEqualTo(403);

        HttpResponse<String> setup = app.fromPage(
                "POST",
                "/api/account/setup",
                "{\"token\":\"doan-bua\",\"userId\":\"ke-gian\",\"fullName\":\"Kẻ gian\",\"email\":\"k@x.example\","
                        + "\"password\":\"" + STRONG + "\"}");
        assertThat(setup.statusCode())
                .as("no setup once an administrator exists")
                .isEqualTo(404);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId("ke-gian")
                        .count())
                .isZero();
        assertThat(app.fromPage("GET", "/api/account/password?token=doan-bua", null)
                        .statusCode())
                .isEqualTo(404);
    }

    /** A province and a commune made by the system administrator over HTTP, its standard offices saved, one edited. */
    private Made commune() throws Exception {
        int n = COMMUNES.incrementAndGet();
        String province = "tinh-setup-" + n;
        Made made = new Made("xa-setup-" + n, "st" + n + ".");
        assertThat(app.postJson(
                                "/api/admin/provinces",
                                "admin",
                                "{\"id\":\"" + province + "\",\"name\":\"Tỉnh thử " + n + "\"}")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> commune = app.postJson(
                "/api/admin/communes",
                "admin",
                "{\"id\":\"" + made.id() + "\",\"name\":\"Xã thử " + n + "\",\"provinceId\":\"" + province
                        + "\",\"idPrefix\":\"st" + n + "\"}");
        assertThat(commune.statusCode()).as(commune.body()).isEqualTo(201);
        JsonNode standard = AppHttp.json(app.get("/api/admin/communes/" + made.id() + "/offices", "admin"));
        assertThat(standard.get("saved").asBoolean()).isFalse();
        var offices = (com.fasterxml.jackson.databind.node.ArrayNode) standard.get("offices");
        ((com.fasterxml.jackson.databind.node.ObjectNode) offices.get(1))
                .put("name", "Phòng Văn hóa - Xã hội (sửa)")
                .putArray("aliases")
                .add("Phòng Văn hóa");
        HttpResponse<String> saved =
                app.putJson("/api/admin/communes/" + made.id() + "/offices", "admin", offices.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return made;
    }

    private String addPerson(Made commune, String name, String position, String officeId, String email)
            throws Exception {
        HttpResponse<String> added = app.postJson(
                "/api/admin/communes/" + commune.id() + "/people",
                "admin",
                "[{\"fullName\":\"" + name + "\",\"position\":\"" + position + "\",\"officeId\":\"" + officeId
                        + "\",\"email\":\"" + email + "\",\"role\":\"OFFICE_STAFF\"}]");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return AppHttp.json(added).get("rows").get(0).get("userId").asText();
    }

    @Test
    void theSystemAdministratorAddsTheProvincesStaffWhoThenFollowItsCommunesReadOnly() throws Exception {
        String province = "tinh-theo-doi-" + COMMUNES.incrementAndGet();
        assertThat(app.postJson("/api/admin/provinces", "admin", "{\"id\":\"" + province + "\",\"name\":\"Tỉnh Thử\"}")
                        .statusCode())
                .isEqualTo(201);
        String viewer = "so.khcn" + COMMUNES.get();
        String request = "{\"userId\":\"" + viewer + "\",\"fullName\":\"Phạm Thị Dung\",\"email\":\"" + viewer
                + "@tinh.example\"}";
        String path = "/api/admin/provinces/" + province + "/viewers";

        assertThat(app.postJson(path, head("vhxh"), request).statusCode())
                .as("an office head")
                .isEqualTo(403);
        assertThat(app.postJson("/api/admin/provinces/khong-co/viewers", "admin", request)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> bad =
                app.postJson(path, "admin", request.replace(viewer + "@tinh.example", "khong-phai-email"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Địa chỉ email không hợp lệ");
        assertThat(groupsOf(viewer)).as("nothing made by a refused request").isEmpty();

        HttpResponse<String> added = app.postJson(path, "admin", request);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(groupsOf(viewer)).containsExactly("tinh." + province);
        assertThat(AppHttp.json(app.get(path, "admin")).findValuesAsText("userId"))
                .containsExactly(viewer);
        assertThat(app.postJson(path, "admin", request).statusCode())
                .as("the same login twice")
                .isEqualTo(409);

        assertThat(app.fromPage("POST", "/api/account/password", body(token(mailTo(viewer)), STRONG))
                        .statusCode())
                .isEqualTo(200);
        assertThat(as(viewer, STRONG, "/api/province/summary?province=" + province)
                        .statusCode())
                .as("the province's own summary")
                .isEqualTo(200);
        assertThat(as(viewer, STRONG, "/api/admin/communes").statusCode())
                .as("and nothing of the setup")
                .isEqualTo(403);
    }

    private String mailTo(String userId) {
        return jdbc.sql("select body from outbox_email where recipient_user = ? order by id desc limit 1")
                .param(userId)
                .query(String.class)
                .single();
    }

    private long mails(String userId) {
        return jdbc.sql("select count(*) from outbox_email where recipient_user = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    private static String token(String mail) {
        Matcher m = LINK.matcher(mail);
        assertThat(m.find()).as(mail).isTrue();
        return m.group(1);
    }

    private static String body(String token, String password) {
        return "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}";
    }

    private HttpResponse<String> as(String user, String password, String path) throws Exception {
        return app.send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", AppHttp.basic(user, password)));
    }

    private List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(g -> g.getId())
                .toList();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @SafeVarargs
    private static byte[] xlsx(List<String>... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Cán bộ");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
