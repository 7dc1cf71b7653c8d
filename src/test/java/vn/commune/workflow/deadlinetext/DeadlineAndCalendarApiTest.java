package vn.commune.workflow.deadlinetext;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.morninground.MorningRounds;

/** POST /api/deadlines/parse and GET /api/calendar/days-off over HTTP, as integrations use them. */
class DeadlineAndCalendarApiTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private AppHttp app;

    @BeforeEach
    void connect() {
        app = new AppHttp(port);
    }

    @Test
    void readsAPhraseWithItsWrittenAndEffectiveDate() throws Exception {
        HttpResponse<String> response = app.postJson(
                "/api/deadlines/parse",
                head("kinh-te"),
                "{\"text\": \"Hoàn thành trước ngày 15/02/2026\", \"issuedOn\": \"2025-09-10\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("kind").asText()).isEqualTo("DATE");
        assertThat(body.get("dueDate").asText()).isEqualTo("2026-02-15");
        assertThat(body.get("effectiveDueDate").asText())
                .as("Sunday before Tết Bính Ngọ")
                .isEqualTo("2026-02-23");
        assertThat(body.get("text").asText()).isEqualTo("Hoàn thành trước ngày 15/02/2026");
        assertThat(body.get("dayOfMonth").isNull()).isTrue();
        assertThat(body.size())
                .as("the four fields integrations read, and dayOfMonth")
                .isEqualTo(5);
    }

    @Test
    void readsPeriodsAndRecurringDeadlines() throws Exception {
        JsonNode period =
                json(app.postJson("/api/deadlines/parse", chairman(), "{\"text\": \"giai đoạn 2025 - 2030\"}"));
        assertThat(period.get("kind").asText()).isEqualTo("PERIOD");
        assertThat(period.get("dueDate").asText()).isEqualTo("2030-12-31");
        assertThat(period.get("effectiveDueDate").asText()).isEqualTo("2030-12-31");

        JsonNode monthly =
                json(app.postJson("/api/deadlines/parse", chairman(), "{\"text\": \"Trước ngày 10 hàng tháng\"}"));
        assertThat(monthly.get("kind").asText()).isEqualTo("PERIODIC");
        assertThat(monthly.get("dayOfMonth").asInt()).isEqualTo(10);
        assertThat(monthly.get("dueDate").isNull()).isTrue();
        assertThat(monthly.get("text").asText()).isEqualTo("Trước ngày 10 hàng tháng");

        JsonNode sentence = json(app.postJson(
                "/api/deadlines/parse",
                chairman(),
                "{\"text\": \"Xây dựng Kế hoạch năm 2026, hoàn thành trước ngày 31/3/2026\"}"));
        assertThat(sentence.get("kind").asText()).isEqualTo("DATE");
        assertThat(sentence.get("dueDate").asText()).isEqualTo("2026-03-31");
    }

    @Test
    void phrasesWithoutADateAnswerNullDates() throws Exception {
        for (String[] c : new String[][] {
            {"Thường xuyên", "ONGOING"},
            {"Định kỳ hằng quý", "PERIODIC"},
            {"Theo chỉ đạo, hướng dẫn của các sở, ngành", "AS_DIRECTED"},
            {"Sớm nhất có thể", "UNREADABLE"}
        }) {
            JsonNode body = json(app.postJson("/api/deadlines/parse", chairman(), "{\"text\": \"" + c[0] + "\"}"));
            assertThat(body.get("kind").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(body.get("dueDate").isNull()).isTrue();
            assertThat(body.get("effectiveDueDate").isNull()).isTrue();
            assertThat(body.get("text").asText()).isEqualTo(c[0]);
        }
    }

    @Test
    void listsTheDaysOffOfAYearButNotTheWeekends() throws Exception {
        HttpResponse<String> response = app.get("/api/calendar/days-off?year=2026", head("thon"));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> days = new ArrayList<>();
        json(response)
                .forEach(d ->
                        days.add(d.get("date").asText() + " " + d.get("name").asText()));
        assertThat(days)
                .anyMatch(d -> d.startsWith("2026-01-01 "))
                .anyMatch(d -> d.startsWith("2026-02-17 Tết Nguyên đán"))
                .anyMatch(d -> d.startsWith("2026-04-27 "))
                .anyMatch(d -> d.startsWith("2026-09-02 "))
                .noneMatch(d -> d.startsWith("2026-02-14 "))
                .noneMatch(d -> d.startsWith("2026-08-22 "));
    }

    @Test
    void anEnteredDayOffMovesDeadlinesAndOnlyTheAdministratorMayEnterOne() throws Exception {
        String entry = "{\"date\": \"2027-11-24\", \"kind\": \"DAY_OFF\", \"name\": \"Ngày Văn hóa Việt Nam\"}";
        assertThat(app.postJson("/api/calendar/entries", head("vhxh"), entry).statusCode())
                .isEqualTo(403);
        // One calendar serves every commune: a commune's chairman may not move another commune's deadlines.
        assertThat(app.postJson("/api/calendar/entries", chairman(), entry).statusCode())
                .isEqualTo(403);
        assertThat(app.postJson(
                                "/api/calendar/entries",
                                "admin",
                                "{\"date\": \"2027-02-30\", \"kind\": \"DAY_OFF\", \"name\": \"x\"}")
                        .statusCode())
                .isEqualTo(400);
        String before = json(app.postJson("/api/deadlines/parse", chairman(), "{\"text\": \"24/11/2027\"}"))
                .get("effectiveDueDate")
                .asText();
        assertThat(before).isEqualTo("2027-11-24");
        EngineClock.setVietnamTime(LocalDateTime.of(2027, 11, 1, 9, 0));
        long plan =
                createPlan("vp-ubnd", LocalDate.of(2027, 11, 1), task("1", "Hoàn thành trước ngày 24/11/2027", "vhxh"));

        assertThat(app.postJson("/api/calendar/entries", "admin", entry).statusCode())
                .isEqualTo(200);

        assertThat(json(app.postJson("/api/deadlines/parse", chairman(), "{\"text\": \"24/11/2027\"}"))
                        .get("effectiveDueDate")
                        .asText())
                .isEqualTo("2027-11-25");
        assertThat(app.get("/api/calendar/days-off?year=2027", chairman()).body())
                .contains("Ngày Văn hóa Việt Nam");
        // The stored task moves too: its Tasklist due date and its reminder (7 days before the new date).
        var task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "1"))
                .singleResult();
        assertThat(VietnamTime.dateOf(task.getDueDate().toInstant())).isEqualTo(LocalDate.of(2027, 11, 25));
        EngineClock.setVietnamTime(LocalDateTime.of(2027, 11, 17, 8, 0));
        MorningRounds.run(engine);
        assertThat(dueSoonNotices(plan)).isZero();
        EngineClock.setVietnamTime(LocalDateTime.of(2027, 11, 18, 8, 0));
        MorningRounds.run(engine);
        assertThat(dueSoonNotices(plan)).isEqualTo(1);
        assertThat(app.get("/api/calendar/days-off?year=2300", chairman()).statusCode())
                .isEqualTo(422);
    }

    private long dueSoonNotices(long plan) {
        return jdbc.sql("select count(*) from notice where plan_id = ? and kind = 'TASK_DUE_SOON'")
                .param(plan)
                .query(Long.class)
                .single();
    }
}
