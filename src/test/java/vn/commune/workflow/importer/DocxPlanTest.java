package vn.commune.workflow.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.commune.workflow.system.Problem;

class DocxPlanTest {
    private final PlanReader reader = new PlanReader();

    @Test
    void readsTheSameEightTasksFromAWordTable() {
        ParsedPlan plan = reader.read("ke-hoach-truong-giang.docx", DocxFixtures.truongGiangTable());
        assertEquals(TruongGiangTasks.EXPECTED, plan.tasks());
        assertEquals(
                TruongGiangTasks.GROUPS,
                plan.tasks().stream().map(ParsedTask::group).distinct().toList());
    }

    @Test
    void readsTheHeadingFromATableAndParagraphs() {
        ParsedPlan plan = reader.read("ke-hoach.DOCX", DocxFixtures.truongGiangTable());
        assertEquals("536/QĐ-UBND", plan.number());
        assertEquals(LocalDate.of(2025, 9, 10), plan.issuedOn());
        assertEquals("Trường Giang", plan.commune());
        assertEquals("Kế hoạch hành động thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ", plan.title());
        assertEquals("Phòng Văn hoá - Xã hội", plan.monitoringOfficeText());
    }

    @Test
    void readsWordNumberedParagraphs() {
        ParsedPlan plan = reader.read("ke-hoach-ngok-bay.docx", DocxFixtures.numberedParagraphs());
        assertEquals(
                List.of(
                        new ParsedTask(
                                "1",
                                "II. NHIỆM VỤ TRỌNG TÂM",
                                "Rà soát lại quy trình các dịch vụ công trực tuyến",
                                "Trung tâm Phục vụ hành chính công xã",
                                "Các phòng chuyên môn thuộc xã; Công an xã",
                                null,
                                "Thực hiện thường xuyên"),
                        new ParsedTask(
                                "2",
                                "II. NHIỆM VỤ TRỌNG TÂM",
                                "Rà soát, bố trí nhân sự chuyên trách về công nghệ thông tin",
                                "Phòng Văn hoá - Xã hội xã",
                                null,
                                null,
                                "Hoàn thành trước ngày 31/12/2025"),
                        new ParsedTask(
                                "3",
                                "II. NHIỆM VỤ TRỌNG TÂM",
                                "Bảo đảm kinh phí cho chuyển đổi số (nhiệm vụ thường xuyên).",
                                null,
                                "Phòng Kinh tế xã",
                                null,
                                "(nhiệm vụ thường xuyên)")),
                plan.tasks());
        assertEquals("12/KH-UBND", plan.number());
        assertEquals("Ngọk Bay", plan.commune());
        assertEquals("Kế hoạch triển khai chuyển đổi số trên địa bàn xã Ngọk Bay", plan.title());
        assertEquals("Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân xã", plan.monitoringOfficeText());
    }

    @Test
    void aTaskWithoutLeadIsAWarningNotAnError() {
        ParsedPlan plan = reader.read("ke-hoach-ngok-bay.docx", DocxFixtures.numberedParagraphs());
        assertEquals(List.of(new Problem("đoạn 19", "Nhiệm vụ 3 chưa có cơ quan chủ trì.")), plan.warnings());
        assertNull(plan.tasks().get(2).leadText());
        assertTrue(plan.indicators().isEmpty());
    }
}
