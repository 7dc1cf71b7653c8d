package vn.commune.workflow.importer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.commune.workflow.office.DemoOffices;
import vn.commune.workflow.office.OfficeMatcher;

class NgokBayPlanTest {
    private final ParsedPlan plan = Seeds.read(Seeds.NGOK_BAY);
    private final OfficeMatcher offices = DemoOffices.matcher();

    @Test
    void readsExactlyTheNineTasksOfSectionTwo() {
        assertEquals(
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"),
                plan.tasks().stream().map(ParsedTask::number).toList());
        assertTrue(plan.tasks().stream().allMatch(task -> "II. NHIỆM VỤ TRỌNG TÂM".equals(task.group())));
        assertEquals(
                "Rà soát, bố trí nhân sự chuyên trách về công nghệ thông tin, chuyển đổi số tại các cơ quan,"
                        + " đơn vị đảm bảo theo quy định",
                plan.tasks().get(8).title());
    }

    @Test
    void leadOfficesMatchTheCommuneOffices() {
        List<List<String>> leads = plan.tasks().stream()
                .map(task -> Seeds.ids(offices, task.leadText()))
                .toList();
        assertEquals(
                List.of(
                        List.of(
                                "vp-ubnd",
                                "vhxh",
                                "kinh-te",
                                "tt-hcc",
                                "cong-an",
                                "quan-su",
                                "mttq",
                                "tram-y-te",
                                "truong-hoc"),
                        List.of("vp-ubnd"),
                        List.of("tt-hcc"),
                        List.of("kinh-te"),
                        List.of("tt-hcc"),
                        List.of("vhxh", "kinh-te"),
                        List.of("kinh-te"),
                        List.of("cong-an"),
                        List.of("vhxh")),
                leads);
    }

    @Test
    void taskTwoLeadIsJoinedAcrossThePageBreakWithoutItsFootnote() {
        ParsedTask task = plan.tasks().get(1);
        assertEquals("Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân xã", task.leadText());
        plan.tasks()
                .forEach(each -> assertAll(
                        () -> assertFalse(String.valueOf(each.leadText()).contains("Kế hoạch số 02-KH/BCĐTW")),
                        () -> assertFalse(
                                String.valueOf(each.coordinatingText()).contains("Thông báo số")),
                        () -> assertFalse(each.title().contains("Tờ trình"))));
    }

    @Test
    void footnoteMarksAreRemovedFromTitles() {
        assertEquals(
                "Tập trung chỉ đạo, cụ thể hóa các chỉ đạo của Ban Chỉ đạo Trung ương, Tỉnh uỷ, Uỷ ban nhân dân"
                        + " tỉnh và Đảng uỷ xã",
                plan.tasks().get(0).title());
    }

    @Test
    void coordinatingOfficesMatchAndUnknownOnesAreKept() {
        ParsedTask second = plan.tasks().get(1);
        assertEquals(
                List.of("Các cơ quan tham mưu, giúp việc Đảng ủy xã"),
                Seeds.unmatched(offices, second.coordinatingText()));
        assertEquals(
                List.of(
                        "?",
                        "mttq",
                        "vp-ubnd",
                        "vhxh",
                        "kinh-te",
                        "tt-hcc",
                        "cong-an",
                        "quan-su",
                        "tram-y-te",
                        "truong-hoc"),
                Seeds.ids(offices, second.coordinatingText()));
        List<String> third = Seeds.ids(offices, plan.tasks().get(2).coordinatingText());
        // "Các phòng chuyên môn" are the phòng: the centre is not one of them.
        assertEquals(
                List.of("vp-ubnd", "vhxh", "kinh-te", "cong-an", "quan-su", "mttq", "tram-y-te", "truong-hoc", "thon"),
                third);
        // Task 9 spells "cuyên môn"; the collective is still every PHONG office.
        assertEquals(
                List.of(
                        "vp-ubnd",
                        "vhxh",
                        "kinh-te",
                        "tt-hcc",
                        "quan-su",
                        "cong-an",
                        "mttq",
                        "tram-y-te",
                        "truong-hoc"),
                Seeds.ids(offices, plan.tasks().get(8).coordinatingText()));
        assertNull(plan.tasks().get(0).coordinatingText());
    }

    @Test
    void deadlinesAreTheRawWordsOnOneLine() {
        assertEquals(
                List.of(
                        "Thường xuyên",
                        "Thực hiện thường xuyên",
                        "Thực hiện thường xuyên",
                        "Hoàn thành trước ngày 31/12/2025",
                        "Hoàn thành trong tháng 11/2025",
                        "Theo chỉ đạo, hướng dẫn của các sở, ngành",
                        "Hoàn thành trước ngày 31/12/2025",
                        "Thường xuyên",
                        "Hoàn thành trước ngày 31/12/2025"),
                plan.tasks().stream().map(ParsedTask::deadlineText).toList());
    }

    @Test
    void anExplicitDeadlineLineWinsOverTheOngoingRemarkInTheBody() {
        assertFalse(plan.tasks().get(8).title().contains("thường xuyên"));
        assertEquals("Hoàn thành trước ngày 31/12/2025", plan.tasks().get(8).deadlineText());
        assertEquals("Thường xuyên", plan.tasks().get(7).deadlineText());
    }

    @Test
    void readsTheHeadingAndTheMonitoringOffice() {
        assertEquals("Ngọk Bay", plan.commune());
        assertTrue(plan.title().startsWith("Kế hoạch triển khai thực hiện Kế hoạch số 01-KH/BCĐ, ngày 17/10/2025"));
        assertTrue(plan.title().endsWith("trên địa bàn xã Ngọk Bay"));
        assertEquals(List.of("vp-ubnd"), Seeds.ids(offices, plan.monitoringOfficeText()));
        assertTrue(plan.indicators().isEmpty());
    }

    @Test
    void theUnfilledNumberAndDateAreWarnedAbout() {
        assertNull(plan.number());
        assertNull(plan.issuedOn());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.message().contains("số văn bản")));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.message().contains("ngày ban hành")));
        assertEquals(2, plan.warnings().size(), plan.warnings()::toString);
    }
}
