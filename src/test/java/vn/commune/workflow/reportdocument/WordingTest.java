package vn.commune.workflow.reportdocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.commune.workflow.plan.TaskStatus;

class WordingTest {

    @Test
    void dateLineHasLeadingZerosForDaysUnderTenAndMonthsUnderThree() {
        assertEquals(
                "Trường Giang, ngày 05 tháng 11 năm 2026", Wording.dateLine("Trường Giang", LocalDate.of(2026, 11, 5)));
        assertEquals(
                "Trường Giang, ngày 03 tháng 02 năm 2026", Wording.dateLine("Trường Giang", LocalDate.of(2026, 2, 3)));
        assertEquals(
                "Trường Giang, ngày 15 tháng 3 năm 2026", Wording.dateLine("Trường Giang", LocalDate.of(2026, 3, 15)));
    }

    @Test
    void numberLineLeavesRoomForAnUnissuedNumber() {
        assertEquals("Số: 125/BC-UBND", Wording.numberLine("125/BC-UBND"));
        assertEquals("Số:      /BC-UBND", Wording.numberLine(null));
    }

    @Test
    void dueDateIsSpelledOutUnlessThePlanAlreadyWroteIt() {
        assertEquals("(hạn xử lý 30/09/2026)", Wording.dueDateNote(row("Tháng 9/2026", LocalDate.of(2026, 9, 30))));
        assertEquals(
                "(hạn xử lý 01/06/2026)",
                Wording.dueDateNote(row("Hoàn thành trước ngày 31/5/2026", LocalDate.of(2026, 6, 1))));
        assertNull(Wording.dueDateNote(row("Hoàn thành trước ngày 31/12/2026", LocalDate.of(2026, 12, 31))));
        assertNull(Wording.dueDateNote(row("02/3/2026", LocalDate.of(2026, 3, 2))));
        assertNull(Wording.dueDateNote(row("Thường xuyên", null)));
    }

    @Test
    void recipientsEndWithASemicolonAndTheLastWithAFullStop() {
        assertEquals(
                List.of("- Sở Khoa học và Công nghệ (b/c);", "- Lưu: VT."),
                Wording.recipientLines(List.of("Sở Khoa học và Công nghệ (b/c)", " Lưu: VT; ")));
    }

    private static ReportRow row(String deadline, LocalDate due) {
        return new ReportRow("1", "Nhiệm vụ", "Công an xã", deadline, due, TaskStatus.NOT_DUE, null, null);
    }
}
