package vn.commune.workflow.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.commune.workflow.deadlinetext.DeadlineKind;
import vn.commune.workflow.deadlinetext.DeadlineParser;

/** How a written plan's title, sections, bullets and deadlines are read, on plain text. */
class WrittenPlanTest {
    private final PlanReader reader = new PlanReader();

    @Test
    void aTitleInCapitalsKeepsTheCommuneNameAndAcronyms() {
        ParsedPlan plan = text("""
                ỦY BAN NHÂN DÂN
                XÃ NGỌK BAY
                Số: 07 /KH-UBND
                KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA UBND XÃ NGỌK BAY NĂM 2026
                \s\s
                Ủy ban nhân dân xã Ngọk Bay ban hành kế hoạch như sau:
                I. NHIỆM VỤ
                - Rà soát thủ tục trong năm 2026.
                """);
        assertEquals("Kế hoạch chuyển đổi số của UBND xã Ngọk Bay năm 2026", plan.title());
        assertEquals("07/KH-UBND", plan.number(), "a number typed with a space before the slash");
        assertEquals("Ngọk Bay", plan.commune());
    }

    @Test
    void bulletsOutsideThePlanSectionAreNotTasks() {
        ParsedPlan plan = text("""
                KẾ HOẠCH
                \s\s
                I. MỤC ĐÍCH, YÊU CẦU
                - Các cơ quan phải quán triệt sâu sắc kế hoạch này.
                II. NỘI DUNG THỰC HIỆN
                1. Tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW tới cán bộ, công chức và Nhân dân trên địa bàn xã, hoàn thành trong quý I/2026.
                2. Về hạ tầng
                - Nâng cấp đường truyền tại trụ sở xã, bảo đảm kết nối
                thông suốt với tỉnh trước ngày 30/6/2026.
                - Trang bị máy tính cho Bộ phận một cửa:
                + Máy tính để bàn trong quý II/2026.
                + Máy quét tài liệu trong quý III/2026.
                KINH PHÍ THỰC HIỆN
                - Ngân sách xã: 200.000.000 đồng, giải ngân trước ngày 30/11/2026.
                III. TỔ CHỨC THỰC HIỆN
                - Phòng Kinh tế: chủ trì các nhiệm vụ về hạ tầng số, đường truyền.
                """);
        List<ParsedTask> tasks = plan.tasks();
        assertEquals(4, tasks.size(), tasks::toString);
        assertEquals(
                "Tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW tới cán bộ, công chức và Nhân dân trên địa bàn xã,"
                        + " hoàn thành trong quý I/2026.",
                tasks.get(0).title());
        assertEquals("II. NỘI DUNG THỰC HIỆN", tasks.get(0).group());
        assertEquals(
                "Nâng cấp đường truyền tại trụ sở xã, bảo đảm kết nối thông suốt với tỉnh trước ngày 30/6/2026.",
                tasks.get(1).title(),
                "a bullet broken over two lines is one task");
        assertEquals("2. Về hạ tầng", tasks.get(1).group());
        assertEquals("trước ngày 30/6/2026", tasks.get(1).deadlineText());
        assertEquals("Máy tính để bàn trong quý II/2026.", tasks.get(2).title());
        assertEquals("Trang bị máy tính cho Bộ phận một cửa", tasks.get(2).group());
        assertEquals("trong quý III/2026", tasks.get(3).deadlineText());
        assertEquals(
                List.of("1", "2", "3", "4"),
                tasks.stream().map(ParsedTask::number).toList());
        assertEquals(
                List.of(new FieldOffices("dòng 16", "Phòng Kinh tế", List.of("hạ tầng số", "đường truyền"))),
                plan.fieldOffices());
    }

    @Test
    void roundBulletsUnderTasksAndSolutionsAreTasksAndTheBudgetIsNot() {
        ParsedPlan plan = text("""
                KẾ HOẠCH
                Thực hiện nhiệm vụ cải cách hành chính năm 2026
                \s\s
                I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025
                • Giải quyết 98% hồ sơ đúng hạn.
                II. NHIỆM VỤ VÀ GIẢI PHÁP
                • Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa
                  và trên Cổng thông tin điện tử xã, hoàn thành trước ngày 30/8/2026.
                • Tổ chức đối thoại với Nhân dân về cải cách hành chính.
                • Kiện toàn đội ngũ công chức làm việc tại Bộ phận một cửa trong năm 2026.
                III. DỰ TOÁN NGÂN SÁCH
                • Kinh phí: 50.000.000 đồng, giải ngân trước ngày 15/12/2026.
                """);
        List<ParsedTask> tasks = plan.tasks();
        assertEquals(3, tasks.size(), tasks::toString);
        assertEquals(
                "Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa và trên Cổng thông tin điện tử xã,"
                        + " hoàn thành trước ngày 30/8/2026.",
                tasks.get(0).title(),
                "a bullet continued on the next line is one task");
        assertEquals("hoàn thành trước ngày 30/8/2026", tasks.get(0).deadlineText());
        assertEquals("II. NHIỆM VỤ VÀ GIẢI PHÁP", tasks.get(0).group());
        assertEquals("Năm 2026", tasks.get(1).deadlineText());
        assertTrue(tasks.get(1).deadlineAssumed(), "no deadline written: the end of the plan's year, flagged");
        assertEquals("trong năm 2026", tasks.get(2).deadlineText());
        assertFalse(tasks.get(2).deadlineAssumed());
        assertTrue(tasks.stream().allMatch(t -> t.leadText() == null), "no office per bullet");
        assertTrue(plan.proposals().isEmpty());
    }

    @Test
    void theMonitoringOfficeIsFoundWhenOcrReadsTheoDoiAsTheoDdoi() {
        ParsedPlan plan = text("""
                KẾ HOẠCH
                Chuyển đổi số năm 2026
                \s\s
                I. NHIỆM VỤ
                - Rà soát thủ tục trong năm 2026.
                II. TỔ CHỨC THỰC HIỆN
                Giao Văn phòng HĐND và UBND xã theo đõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này.
                """);
        assertEquals("Văn phòng HĐND và UBND xã", plan.monitoringOfficeText());
    }

    @Test
    void aReportWithoutAPlanSectionIsRefusedSayingWhy() {
        PlanReadException refused = assertThrows(PlanReadException.class, () -> text("""
                BÁO CÁO
                Tình hình thực hiện nhiệm vụ quý IV năm 2025
                \s\s
                I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
                - Hoàn thành 12/15 nhiệm vụ, đạt 80%.
                """));
        assertEquals("Tài liệu", refused.errors().get(0).where());
        assertTrue(refused.errors().get(0).message().contains("là báo cáo, không phải kế hoạch"));
    }

    @Test
    void aMeasuredTargetIsProposedAsAnIndicatorNotATask() {
        ParsedPlan plan = text("""
                KẾ HOẠCH
                \s\s
                I. NHIỆM VỤ NĂM 2026
                - Phấn đấu tối thiểu 80% hồ sơ được số hóa.
                - Tỷ lệ người dân có tài khoản định danh điện tử đạt trên 90%.
                - Tổ chức 02 lớp tập huấn kỹ năng số, hoàn thành trong tháng 5/2026.
                """);
        assertEquals(1, plan.tasks().size());
        assertEquals("hoàn thành trong tháng 5/2026", plan.tasks().get(0).deadlineText());
        assertEquals(2, plan.proposals().size());
        assertEquals(
                "tối thiểu 80%",
                plan.proposals().get(0).indicator().targetsByYear().get("2026"));
        assertEquals(
                "trên 90%", plan.proposals().get(1).indicator().targetsByYear().get("2026"));
        assertEquals("%", plan.proposals().get(1).indicator().unit());
    }

    @Test
    void theDeadlineInsideASentenceIsFoundOnlyWhenItIsOne() {
        LocalDate issued = LocalDate.of(2026, 1, 5);
        assertNull(SentenceDeadline.find("Tổng kết kết quả năm 2025, triển khai nhiệm vụ năm 2026.", issued));
        assertEquals(
                "hoàn thành trước ngày 30/9/2026",
                SentenceDeadline.find(
                        "Thực hiện Nghị định 09/2019/NĐ-CP ngày 24/01/2019, hoàn thành trước ngày 30/9/2026.", issued));
        assertEquals("trước ngày 30/9", SentenceDeadline.find("Báo cáo Chủ tịch trước ngày 30/9.", issued));
        assertEquals("hằng năm", SentenceDeadline.find("Tổ chức hội thi tin học hằng năm.", issued));
        String twoDates = SentenceDeadline.find(
                "Hoàn thành dự thảo trước ngày 30/6/2026 và trình ban hành trong tháng 8/2026.", issued);
        assertEquals("trước ngày 30/6/2026; trong tháng 8/2026", twoDates);
        assertEquals(
                DeadlineKind.UNREADABLE,
                new DeadlineParser().parse(twoDates, issued).kind(),
                "two deadlines in one sentence: a person decides");
    }

    private ParsedPlan text(String text) {
        return reader.read("ke-hoach.txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
