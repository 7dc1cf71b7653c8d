package vn.commune.workflow.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.commune.workflow.office.DemoOffices;
import vn.commune.workflow.office.OfficeMatcher;

class TruongGiangPlanTest {
    private final ParsedPlan plan = Seeds.read(Seeds.TRUONG_GIANG);
    private final OfficeMatcher offices = DemoOffices.matcher();

    @Test
    void readsTheEightTasksOfAnnexTwoInFourGroups() {
        assertEquals(TruongGiangTasks.EXPECTED, plan.tasks());
        assertEquals(
                TruongGiangTasks.GROUPS,
                plan.tasks().stream().map(ParsedTask::group).distinct().toList());
    }

    @Test
    void windowsLineEndingsAndDecomposedAccentsReadTheSame() {
        String text = new String(Seeds.bytes(Seeds.TRUONG_GIANG), StandardCharsets.UTF_8);
        String copied = Normalizer.normalize(text, Normalizer.Form.NFD).replace("\n", "\r\n");
        ParsedPlan again = new PlanReader().read("copy.txt", copied.getBytes(StandardCharsets.UTF_8));
        assertEquals(plan.tasks(), again.tasks());
        assertEquals(plan.indicators(), again.indicators());
    }

    @Test
    void theRepeatedHeadingAfterThePageBreakStaysOutOfTaskFive() {
        ParsedTask five = plan.tasks().get(4);
        assertTrue(
                !five.title().contains("Tên nhiệm vụ") && !five.expectedResult().contains("Thời gian"));
    }

    @Test
    void leadsResolveToCollectivesAndSingleOffices() {
        assertEquals(
                DemoOffices.PHONG_AND_DON_VI,
                Seeds.ids(offices, plan.tasks().get(0).leadText()));
        assertTrue(offices.matchAll(plan.tasks().get(0).leadText()).get(0).collective());
        assertEquals(List.of("vhxh"), Seeds.ids(offices, plan.tasks().get(1).leadText()));
        assertEquals(List.of("tt-hcc"), Seeds.ids(offices, plan.tasks().get(4).coordinatingText()));
    }

    @Test
    void readsTheHeading() {
        assertEquals("536/QĐ-UBND", plan.number());
        assertEquals(LocalDate.of(2025, 9, 10), plan.issuedOn());
        assertEquals("Trường Giang", plan.commune());
        assertTrue(plan.title().startsWith("Kế hoạch hành động thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025"));
        assertTrue(plan.title().endsWith("đổi mới sáng tạo và chuyển đổi số quốc gia"));
        assertEquals(List.of("vhxh"), Seeds.ids(offices, plan.monitoringOfficeText()));
    }

    @Test
    void readsTheIndicatorsOfAnnexOne() {
        List<ParsedIndicator> indicators = plan.indicators();
        assertEquals(36, indicators.size());
        assertEquals("1", indicators.get(0).number());
        assertEquals("16", indicators.get(indicators.size() - 1).number());
        ParsedIndicator share = find("1.2");
        assertEquals(
                "Tỷ lệ doanh nghiệp sử dụng kết quả nghiên cứu từ viện, trường trong sản xuất/kinh doanh.",
                share.name());
        assertEquals(
                Map.of("2025", "≥ 10", "2030", "≥ 25", "2035", "≥ 40", "2040", "≥ 60", "2045", "≥ 70"),
                share.targetsByYear());
        assertEquals(
                List.of("2025", "2030", "2035", "2040", "2045"),
                List.copyOf(share.targetsByYear().keySet()));
        assertEquals("Phòng Văn hoá - Xã hội", share.trackingOfficeText());
        assertEquals(
                "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", find("3.4").name());
        assertEquals("≥ 85", find("3.4").targetsByYear().get("2030"));
        assertEquals("Trung tâm Phục vụ hành chính công", find("3.4").trackingOfficeText());
        assertEquals(
                "100 (Các hệ thống đảng số, chính quyền số vận hành hoàn toàn thông minh.)",
                find("3.7").targetsByYear().get("2045"));
        assertEquals("Công an", find("13").trackingOfficeText());
        assertEquals(List.of("vhxh", "kinh-te"), Seeds.ids(offices, find("5").trackingOfficeText()));
        assertEquals("≥ 1,0", find("5").targetsByYear().get("2025"));
    }

    @Test
    void indicatorsKeepTheirUnitsAsWritten() {
        assertEquals("%", find("1.2").unit());
        assertEquals("Doanh nghiệp", find("1.1").unit(), "a unit broken over two lines");
        assertEquals("% tổng chi NSNN", find("5").unit());
        assertEquals("% dân số", find("9.2").unit(), "a unit on the name's line");
        assertEquals("Sản phẩm", find("4.2").unit());
        assertNull(find("1").unit(), "a group row has none");
    }

    @Test
    void indicatorsWithValuesOfUnknownYearAreWarnedNotGuessed() {
        assertTrue(find("1.1").targetsByYear().isEmpty());
        assertTrue(plan.warnings().stream()
                .anyMatch(w -> w.where().equals("dòng 709") && w.message().contains("1.1")));
        assertTrue(find("1").targetsByYear().isEmpty());
        assertNull(find("1").trackingOfficeText());
    }

    private ParsedIndicator find(String number) {
        return plan.indicators().stream()
                .filter(i -> i.number().equals(number))
                .findFirst()
                .orElseThrow();
    }
}
