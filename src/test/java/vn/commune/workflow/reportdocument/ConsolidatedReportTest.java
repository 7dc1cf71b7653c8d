package vn.commune.workflow.reportdocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.commune.workflow.plan.TaskStatus;

class ConsolidatedReportTest {

    @Test
    void countsLeaveOngoingTasksAndThoseNeedingADeadlineOutOfTheTotal() {
        ConsolidatedReport report = Fixtures.october();
        assertEquals(8, report.total());
        assertEquals(5, report.done());
        assertEquals(4, report.count(TaskStatus.DONE_ON_TIME));
        assertEquals(1, report.count(TaskStatus.DONE_LATE));
        assertEquals(1, report.count(TaskStatus.OVERDUE));
        assertEquals(1, report.count(TaskStatus.ON_TRACK));
        assertEquals(1, report.count(TaskStatus.NOT_DUE));
        assertEquals(2, report.count(TaskStatus.ONGOING));
        assertEquals(1, report.count(TaskStatus.NEEDS_DEADLINE));
        assertEquals(11, report.rows().size());
        assertEquals("hoàn thành 5/8 nhiệm vụ, đạt 62,5%", report.completionSentence());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1|3|hoàn thành 1/3 nhiệm vụ, đạt 33,3%",
                "2|3|hoàn thành 2/3 nhiệm vụ, đạt 66,7%",
                "0|8|hoàn thành 0/8 nhiệm vụ, đạt 0%",
                "8|8|hoàn thành 8/8 nhiệm vụ, đạt 100%",
                "1|2|hoàn thành 1/2 nhiệm vụ, đạt 50%",
                "29|34|hoàn thành 29/34 nhiệm vụ, đạt 85,3%"
            })
    void completionSentenceUsesADecimalCommaAndNoTrailingZero(int done, int total, String expected) {
        assertEquals(expected, Fixtures.withDone(done, total).completionSentence());
    }

    @Test
    void withoutDatedTasksThereIsNoRate() {
        assertEquals(
                "không có nhiệm vụ có thời hạn",
                Fixtures.report(List.of(), null, null, null).completionSentence());
        assertEquals("không có nhiệm vụ có thời hạn", Fixtures.withDone(0, 0).completionSentence());
    }

    @Test
    void rowsGroupByStatusInTheEnumsOrder() {
        assertEquals(
                List.of(TaskStatus.values()),
                List.copyOf(Fixtures.october().rowsByStatus().keySet()));
        // Done tasks come first in the input, yet overdue ones are listed before them.
        assertEquals(
                List.of(TaskStatus.OVERDUE, TaskStatus.DONE_ON_TIME, TaskStatus.ONGOING),
                List.copyOf(Fixtures.withDone(1, 3).rowsByStatus().keySet()));
    }

    @Test
    void missingEvidenceIsAnEmptyList() {
        ReportRow row = new ReportRow(
                null, "Nhiệm vụ", "Công an xã", "Năm 2026", LocalDate.of(2026, 12, 31), TaskStatus.NOT_DUE, null, null);
        assertTrue(row.evidence().isEmpty());
    }

    @Test
    void indicatorsAreCountedApartLikeTheSeedReports() {
        List<IndicatorRow> indicators = new java.util.ArrayList<>();
        for (int i = 1; i <= 34; i++) {
            indicators.add(new IndicatorRow(
                    String.valueOf(i), "Chỉ tiêu " + i, "%", "Phòng Kinh tế", "≥ 70", "80", "", true, i <= 29, null));
        }
        // An indicator with no target this year ("-") is not one of the y.
        indicators.add(new IndicatorRow(
                "35", "Không có chỉ tiêu năm nay", "%", "Phòng Kinh tế", null, null, "", false, false, null));
        ConsolidatedReport report = new ConsolidatedReport(
                "ỦY BAN NHÂN DÂN XÃ TRƯỜNG GIANG",
                null,
                null,
                "Trường Giang",
                LocalDate.of(2026, 11, 5),
                "Kết quả",
                "tháng 10/2026",
                null,
                List.of(),
                indicators,
                List.of(),
                null,
                "CHỦ TỊCH",
                null);
        assertEquals("đạt 29/34 chỉ tiêu, đạt 85,3%", report.indicatorSentence());
        assertEquals(
                "Về chỉ tiêu: đạt 29/34 chỉ tiêu, đạt 85,3% (35 chỉ tiêu của kế hoạch; chưa đạt: 5; chưa có số liệu: 0).",
                Wording.indicatorFigures(report));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "DONE_ON_TIME,DONE_ON_TIME|DONE_ON_TIME",
                "DONE_ON_TIME,DONE_LATE|DONE_LATE",
                "DONE_ON_TIME,NOT_DUE|NOT_DUE",
                "NOT_DUE,ON_TRACK,DONE_LATE|ON_TRACK",
                "ON_TRACK,OVERDUE|OVERDUE",
                "ONGOING,ONGOING|ONGOING",
                "NEEDS_DEADLINE,DONE_ON_TIME|NEEDS_DEADLINE"
            })
    void aTaskSeveralOfficesLeadIsDoneWhenEveryShareIs(String shares, TaskStatus task) {
        assertEquals(
                task,
                TaskStatus.ofTask(java.util.Arrays.stream(shares.split(","))
                        .map(TaskStatus::valueOf)
                        .toList()));
    }
}
