package vn.commune.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;

/**
 * Issue #10, point 3: no request a person can make gets a 500. Every endpoint the HTTP tests use, the app's and
 * the engine's, is called with unknown and malformed ids, malformed and wrong bodies, and by people it is not
 * for. (Every HTTP test also fails on any 500 it meets: IntegrationTest, ServerErrors.)
 */
class No500Test extends IntegrationTest {

    private final List<String> people = List.of(head("vhxh"), head("kinh-te"), chairman(), "admin");
    private static final String[] NOT_JSON = {"{", "[1,2]", "\"chuỗi\"", "null"};

    @LocalServerPort
    private int port;

    private AppHttp app;
    private String task;
    private final List<String> serverErrors = new ArrayList<>();

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "31/12/2026", "vhxh"));
        task = taskOf(plan, "1");
    }

    @Test
    void theAppsApiAnswersEveryMistakeWithA4xx() throws Exception {
        for (String path : List.of(
                "/api/me",
                "/api/offices",
                "/api/outbox?status=KHONG-CO",
                "/api/plans/abc",
                "/api/plans/999999",
                "/api/plans/abc/reports",
                "/api/plans/999999/reports",
                "/api/tasks/khong-co",
                "/api/tasks/khong-co/evidence",
                "/api/tasks/khong-co/report-period",
                "/api/tasks/khong-co/extension-request",
                "/api/tasks/" + task + "/extension-request",
                "/api/tasks/" + task + "/report-period",
                "/api/evidence/abc",
                "/api/evidence/999999",
                "/api/reports/tasks/khong-co",
                "/api/reports/tasks/" + task,
                "/api/reports/periods/abc",
                "/api/reports/periods/999999",
                "/api/reports/periods/999999/report.docx",
                "/api/reports/periods/999999/report.xlsx",
                "/api/dashboard?plan=abc",
                "/api/dashboard?status=KHONG-CO",
                "/api/dashboard?office=khong-co",
                "/api/dashboard?page=abc",
                "/api/dashboard?size=-5",
                "/api/dashboard/overdue.xlsx?plan=abc",
                "/api/assignments/abc/actions",
                "/api/assignments/999999/actions",
                "/api/assignments/999999/deadline-history",
                "/api/calendar/days-off?year=abc",
                "/api/calendar/days-off?year=-5",
                "/api/calendar/days-off?year=99999",
                "/api/calendar/entries?year=abc",
                "/api/dashboard?commune=khong-co",
                "/api/plans?commune=khong-co",
                "/api/provinces",
                "/api/province/summary",
                "/api/province/summary?province=khong-co",
                "/api/province/summary.xlsx?province=khong-co",
                "/api/province/communes/khong-co")) {
            everyone("GET", path, null);
        }
        String[][] posts = {
            {"POST", "/api/tasks/khong-co/extension", "{\"requestedDate\":\"2027-01-15\",\"reason\":\"x\"}"},
            {"POST", "/api/tasks/" + task + "/extension", "{}"},
            {"POST", "/api/tasks/" + task + "/extension", "{\"requestedDate\":\"2027-02-30\",\"reason\":\"x\"}"},
            {"POST", "/api/tasks/" + task + "/extension", "{\"requestedDate\":\"2020-01-01\",\"reason\":\"x\"}"},
            {"POST", "/api/plan-tasks/abc/deadline", "{}"},
            {"POST", "/api/plan-tasks/999999/deadline", "{\"date\":\"2027-01-15\"}"},
            {"PUT", "/api/reports/tasks/khong-co/items/1", "{}"},
            {"PUT", "/api/reports/tasks/khong-co/items/abc", "{}"},
            {"POST", "/api/assignments/abc/nudge", "{}"},
            {"POST", "/api/assignments/999999/nudge", "{\"note\":\"x\"}"},
            {"POST", "/api/assignments/999999/extend", "{\"date\":\"2027-01-15\"}"},
            {"POST", "/api/assignments/999999/reassign", "{\"office\":\"khong-co\"}"},
            {"POST", "/api/deadlines/parse", "{}"},
            {"POST", "/api/deadlines/parse", "{\"text\":null}"},
            {"POST", "/api/deadlines/parse", "{\"text\":\"Tháng 13/2025\",\"issuedOn\":\"2025-01-01\"}"},
            {"POST", "/api/calendar/entries", "{}"},
            {"POST", "/api/calendar/entries", "{\"date\":\"2026-02-30\",\"kind\":\"KHONG-CO\"}"},
            {"POST", "/api/plans/import", "{}"},
        };
        for (String[] call : posts) {
            everyone(call[0], call[1], call[2]);
            for (String broken : NOT_JSON) {
                everyone(call[0], call[1], broken);
            }
        }
        byte[] junk = "không phải tệp".getBytes(StandardCharsets.UTF_8);
        for (String upload : List.of(
                "/api/tasks/khong-co/evidence",
                "/api/tasks/" + task + "/evidence",
                "/api/reports/tasks/khong-co/items/1/evidence",
                "/api/plans/import",
                "/api/plans/import?dryRun=true&mappings=%7B")) {
            for (String person : people) {
                record(person + " upload " + upload, app.upload(upload, person, "tep.pdf", junk));
                record(person + " empty upload " + upload, app.upload(upload, person, "", new byte[0]));
            }
        }
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void theEnginesApisAnswerEveryMistakeWithA4xx() throws Exception {
        for (String path : List.of(
                "/task/khong-co",
                "/task/khong-co/form",
                "/task/khong-co/variables",
                "/task/khong-co/rendered-form",
                "/task/khong-co/deployed-form",
                "/task/khong-co/form-variables",
                "/task/khong-co/comment",
                "/task/khong-co/identity-links",
                "/task/" + task + "/form",
                "/task/" + task + "/variables",
                "/task?maxResults=abc",
                "/task?sortBy=khong-co&sortOrder=asc",
                "/task?dueAfter=khong-phai-ngay",
                "/process-definition/khong-co/xml",
                "/process-definition/key/khong-co",
                "/process-definition/key/khong-co/xml",
                "/filter/khong-co",
                "/filter/khong-co/list",
                "/history/task?taskId=khong-co&sortBy=khong-co",
                "/user/khong-co/profile",
                "/identity/password-policy")) {
            everyone("GET", "/engine-rest" + path, null);
        }
        String[][] writes = {
            {"POST", "/task", "{\"sorting\":[{\"sortBy\":\"khong-co\",\"sortOrder\":\"asc\"}]}"},
            {"POST", "/task", "{\"dueAfter\":\"khong-phai-ngay\"}"},
            {"POST", "/task/count", "{\"orQueries\":[{\"orQueries\":[{}]}]}"},
            {"POST", "/task/khong-co/claim", "{\"userId\":\"" + head("vhxh") + "\"}"},
            {"POST", "/task/khong-co/unclaim", "{}"},
            {"POST", "/task/khong-co/complete", "{}"},
            {"POST", "/task/khong-co/submit-form", "{}"},
            {"POST", "/task/khong-co/resolve", "{}"},
            {"POST", "/task/khong-co/comment/create", "{\"message\":\"x\"}"},
            {"POST", "/task/khong-co/variables", "{\"modifications\":{}}"},
            {"POST", "/task/" + task + "/complete", "{\"variables\":{\"x\":{\"type\":\"KhongCo\",\"value\":1}}}"},
            {"POST", "/task/" + task + "/complete", "{\"variables\":\"khong-phai\"}"},
            {"POST", "/task/" + task + "/unclaim", "{}"},
            {"POST", "/task/" + task + "/comment/create", "{\"message\":\"Ghi chú\"}"},
            {"PUT", "/task/" + task + "/variables/x", "{\"value\":\"a\",\"type\":\"KhongCo\"}"},
            {"DELETE", "/task/" + task + "/variables/khong-co", null},
            {"DELETE", "/task/khong-co", null},
            {"POST", "/filter/khong-co/list", "{}"},
            {"POST", "/filter/khong-co/count", "{}"},
            {"POST", "/history/task", "{\"sorting\":[{\"sortBy\":\"khong-co\"}]}"},
            {"POST", "/process-instance", "{\"variables\":[{\"name\":\"x\",\"operator\":\"khong-co\",\"value\":1}]}"},
            {
                "PUT",
                "/user/khong-co/credentials",
                "{\"password\":\"Mat-khau-2026!\",\"authenticatedUserPassword\":\"demo\"}"
            },
            {"PUT", "/user/" + head("vhxh") + "/credentials", "{}"},
            {
                "POST",
                "/user/create",
                "{\"profile\":{\"id\":\"" + head("vhxh") + "\"},\"credentials\":{\"password\":\"Mat-khau-2026!\"}}"
            },
            {"POST", "/user/create", "{\"profile\":{\"id\":\"yeu.qua\"},\"credentials\":{\"password\":\"abc\"}}"},
            {
                "POST",
                "/user/create",
                "{\"profile\":{\"id\":\"sai mã!\"},\"credentials\":{\"password\":\"Mat-khau-2026!\"}}"
            },
            {
                "POST",
                "/authorization/create",
                "{\"type\":1,\"permissions\":[\"READ\"],\"groupId\":\"" + office("vhxh")
                        + "\",\"resourceType\":0,\"resourceId\":\"tasklist\"}"
            },
            {"POST", "/deployment/create", "{}"},
        };
        for (String[] call : writes) {
            everyone(call[0], "/engine-rest" + call[1], call[2]);
            if (call[2] != null) {
                for (String broken : NOT_JSON) {
                    everyone(call[0], "/engine-rest" + call[1], broken);
                }
            }
        }
        for (String person : List.of(head("vhxh"), chairman(), "admin")) {
            AppHttp.Webapp webapp = app.webapp(person);
            for (String[] call : writes) {
                record(person + " Tasklist " + call[0] + " " + call[1], webapp.engine(call[0], call[1], call[2]));
            }
            record(person + " Tasklist form", webapp.engine("GET", "/task/khong-co/form", null));
            record(
                    person + " Cockpit query",
                    webapp.send(
                            "POST",
                            "/camunda/api/cockpit/plugin/base/default/process-instance",
                            "{\"sorting\":[{\"sortBy\":\"khong-co\"}]}"));
        }
        assertThat(serverErrors).isEmpty();
    }

    private void everyone(String method, String path, String body) throws Exception {
        for (String person : people) {
            record(person + " " + method + " " + path + " " + body, app.json(method, path, person, body));
        }
        record("nobody " + method + " " + path, app.json(method, path, null, body));
    }

    private void record(String call, HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            serverErrors.add(call + " → " + response.statusCode() + " " + response.body());
        }
    }
}
