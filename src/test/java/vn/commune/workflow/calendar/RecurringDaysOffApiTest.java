package vn.commune.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;

/**
 * A yearly day off entered once by the administrator moves deadlines in every year from its first one on, stored
 * tasks included; the calendar lists worked Saturdays next to days off. Over HTTP.
 */
class RecurringDaysOffApiTest extends IntegrationTest {

    private static final String RECURRING = "/api/calendar/recurring";
    private static final String NEW_DAY =
            "{\"month\": 10, \"day\": 14, \"lunar\": false, \"fromYear\": 2027, \"name\": \"Ngày Thử nghiệm\"}";

    @LocalServerPort
    private int port;

    private AppHttp app;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
    }

    /** The calendar is the deployment's: what a test enters must not move other tests' deadlines. */
    @AfterEach
    void removeEntered() throws Exception {
        for (JsonNode day : json(app.get(RECURRING, "admin"))) {
            if (day.get("name").asText().startsWith("Ngày Thử nghiệm")) {
                assertThat(app.json("DELETE", RECURRING + "/" + day.get("id").asLong(), "admin", null)
                                .statusCode())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void aYearlyDayOffMovesDeadlinesFromItsFirstYearOn() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 10, 1, 9, 0));
        long plan = createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 10, 1),
                task("1", "Hoàn thành trước ngày 14/10/2027", "vhxh"),
                task("2", "Hoàn thành trước ngày 14/10/2026", "kinh-te"));
        assertThat(effective("14/10/2027")).isEqualTo("2027-10-14");

        HttpResponse<String> entered = app.postJson(RECURRING, "admin", NEW_DAY);
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
        assertThat(json(entered).get("id").isNumber()).isTrue();

        assertThat(effective("14/10/2026")).as("not before its first year").isEqualTo("2026-10-14");
        assertThat(effective("14/10/2027")).isEqualTo("2027-10-15");
        assertThat(effective("14/10/2030")).isEqualTo("2030-10-15");
        assertThat(days(2030)).contains("2030-10-14 DAY_OFF Ngày Thử nghiệm");
        assertThat(days(2026)).noneMatch(d -> d.startsWith("2026-10-14"));
        // The stored tasks: the one due in 2027 moves in the office's Tasklist, the one in 2026 does not.
        assertThat(dueInTasklist(plan, "1")).isEqualTo(LocalDate.of(2027, 10, 15));
        assertThat(dueInTasklist(plan, "2")).isEqualTo(LocalDate.of(2026, 10, 14));

        // Entered again from a later year: the years before it are working days again.
        String later = NEW_DAY.replace("2027", "2029");
        assertThat(app.postJson(RECURRING, "admin", later).statusCode()).isEqualTo(200);
        assertThat(json(app.get(RECURRING, chairman())))
                .filteredOn(d -> d.get("name").asText().equals("Ngày Thử nghiệm"))
                .singleElement()
                .satisfies(d -> assertThat(d.get("fromYear").asInt()).isEqualTo(2029));
        assertThat(effective("14/10/2027")).isEqualTo("2027-10-14");
        assertThat(dueInTasklist(plan, "1")).isEqualTo(LocalDate.of(2027, 10, 14));
        assertThat(effective("14/10/2030")).isEqualTo("2030-10-15");
    }

    @Test
    void onlyTheAdministratorEntersYearlyDaysOffAndNonsenseIsRefused() throws Exception {
        for (String user : List.of(head("vhxh"), chairman(), head("vp-ubnd"))) {
            HttpResponse<String> refused = app.postJson(RECURRING, user, NEW_DAY);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(json(refused).get("message").asText()).contains("Chỉ quản trị hệ thống");
            assertThat(app.json("DELETE", RECURRING + "/1", user, null).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        for (String bad : List.of(
                NEW_DAY.replace("\"month\": 10", "\"month\": 13"),
                NEW_DAY.replace("\"day\": 14", "\"day\": 31").replace("\"month\": 10", "\"month\": 11"),
                NEW_DAY.replace("\"month\": 10, \"day\": 14", "\"month\": 2, \"day\": 29"),
                NEW_DAY.replace("\"day\": 14", "\"day\": 30").replace("false", "true"),
                NEW_DAY.replace("2027", "2300"),
                NEW_DAY.replace("Ngày Thử nghiệm", " "),
                "{}")) {
            HttpResponse<String> refused = app.postJson(RECURRING, "admin", bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(422);
            assertThat(json(refused).get("message").asText()).as(bad).isNotBlank();
        }
        assertThat(json(app.get(RECURRING, "admin")))
                .noneMatch(d -> d.get("name").asText().startsWith("Ngày Thử nghiệm"));
        assertThat(app.json("DELETE", RECURRING + "/999999", "admin", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theListingShowsWorkedSaturdaysNextToDaysOff() throws Exception {
        List<String> days = days(2026);
        assertThat(days)
                .containsSubsequence(
                        "2026-08-22 WORKING_DAY Làm bù cho thứ Hai 31/8/2026",
                        "2026-08-31 DAY_OFF Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)",
                        "2026-09-01 DAY_OFF Quốc khánh (ngày liền kề)",
                        "2026-09-02 DAY_OFF Quốc khánh")
                .contains("2026-01-10 WORKING_DAY Làm bù cho thứ Sáu 2/1/2026")
                .noneMatch(d -> d.startsWith("2026-02-14 "));
        assertThat(app.get("/api/calendar/days?year=2300", head("thon")).statusCode())
                .isEqualTo(422);
    }

    private String effective(String date) throws IOException, InterruptedException {
        return json(app.postJson("/api/deadlines/parse", chairman(), "{\"text\": \"" + date + "\"}"))
                .get("effectiveDueDate")
                .asText();
    }

    private List<String> days(int year) throws IOException, InterruptedException {
        HttpResponse<String> response = app.get("/api/calendar/days?year=" + year, head("thon"));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> days = new ArrayList<>();
        json(response)
                .forEach(d -> days.add(d.get("date").asText() + " "
                        + d.get("kind").asText() + " " + d.get("name").asText()));
        return days;
    }

    private LocalDate dueInTasklist(long plan, String number) {
        return VietnamTime.dateOf(engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, number))
                .singleResult()
                .getDueDate()
                .toInstant());
    }
}
