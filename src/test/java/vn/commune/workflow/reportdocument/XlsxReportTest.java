package vn.commune.workflow.reportdocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportTest {

    private final ReportDocuments documents = new ReportDocuments();

    @Test
    void summarySheetHasTitleCountsAndRate() throws IOException {
        try (XSSFWorkbook book = read(Fixtures.october())) {
            assertEquals("Tổng hợp", book.getSheetName(0));
            assertEquals("Nhiệm vụ", book.getSheetName(1));
            XSSFSheet summary = book.getSheet("Tổng hợp");
            assertEquals(
                    "ỦY BAN NHÂN DÂN XÃ TRƯỜNG GIANG",
                    summary.getRow(0).getCell(0).getStringCellValue());
            assertEquals(
                    "Kết quả thực hiện Kế hoạch số 536/QĐ-UBND tháng 10/2026",
                    summary.getRow(1).getCell(0).getStringCellValue());
            assertTrue(summary.getRow(2).getCell(0).getStringCellValue().contains("tháng 10/2026"));
            Map<String, Cell> figures = figures(summary);
            assertEquals(1, figures.get("Chưa đến hạn").getNumericCellValue());
            assertEquals(1, figures.get("Đang thực hiện trong hạn").getNumericCellValue());
            assertEquals(1, figures.get("Đang thực hiện quá hạn").getNumericCellValue());
            assertEquals(4, figures.get("Hoàn thành đúng hạn").getNumericCellValue());
            assertEquals(1, figures.get("Hoàn thành quá hạn").getNumericCellValue());
            assertEquals(2, figures.get("Thường xuyên").getNumericCellValue());
            assertEquals(1, figures.get("Cần định hạn").getNumericCellValue());
            assertEquals(8, figures.get("Tổng số nhiệm vụ có thời hạn").getNumericCellValue());
            Cell rate = figures.get("Tỷ lệ hoàn thành");
            assertEquals(CellType.NUMERIC, rate.getCellType());
            assertEquals(0.625, rate.getNumericCellValue(), 1e-9);
            assertTrue(rate.getCellStyle().getDataFormatString().endsWith("%"));
        }
    }

    @Test
    void taskSheetListsEveryTaskWithARealDueDate() throws IOException {
        try (XSSFWorkbook book = read(Fixtures.october())) {
            XSSFSheet tasks = book.getSheet("Nhiệm vụ");
            assertEquals(
                    List.of(
                            "TT",
                            "Nhiệm vụ",
                            "Cơ quan chủ trì",
                            "Thời hạn",
                            "Tình trạng",
                            "Kết quả, tiến độ",
                            "Minh chứng",
                            "Hạn xử lý"),
                    texts(tasks.getRow(0)));
            assertEquals(11, tasks.getLastRowNum());
            assertEquals(
                    Fixtures.TITLES_IN_REPORT_ORDER,
                    IntStream.rangeClosed(1, 11)
                            .mapToObj(i -> tasks.getRow(i).getCell(1).getStringCellValue())
                            .toList());
            assertEquals(10, tasks.getRow(10).getCell(0).getNumericCellValue());

            Cell due = tasks.getRow(1).getCell(7);
            assertTrue(DateUtil.isCellDateFormatted(due));
            assertEquals("dd/mm/yyyy", due.getCellStyle().getDataFormatString());
            assertEquals(
                    LocalDate.of(2026, 12, 31), due.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.BLANK, tasks.getRow(10).getCell(7).getCellType(), "ongoing tasks have no due date");
            assertEquals("Cần định hạn", tasks.getRow(11).getCell(4).getStringCellValue());
            assertEquals(CellType.BLANK, tasks.getRow(11).getCell(7).getCellType(), "nor do tasks needing one");
            assertEquals(
                    "Báo cáo số 12/BC-VHXH ngày 28/6/2026\nDanh sách học viên (bảng tính)",
                    tasks.getRow(5).getCell(6).getStringCellValue());
            assertTrue(tasks.getRow(1).getCell(1).getCellStyle().getWrapText());

            assertNotNull(tasks.getCTWorksheet().getAutoFilter());
            assertEquals("A1:H12", tasks.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(1, tasks.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(tasks.getColumnWidth(1) > tasks.getColumnWidth(0));
        }
    }

    @Test
    void emptyReportHasNoRateAndNoTaskRows() throws IOException {
        try (XSSFWorkbook book = read(Fixtures.report(List.of(), null, null, null))) {
            Cell rate = figures(book.getSheet("Tổng hợp")).get("Tỷ lệ hoàn thành");
            assertEquals(CellType.STRING, rate.getCellType());
            assertEquals(0, book.getSheet("Nhiệm vụ").getLastRowNum());
        }
    }

    @Test
    void noTaskDoneIsZeroPercent() throws IOException {
        try (XSSFWorkbook book = read(Fixtures.withDone(0, 8))) {
            assertEquals(
                    0.0,
                    figures(book.getSheet("Tổng hợp")).get("Tỷ lệ hoàn thành").getNumericCellValue());
        }
    }

    private XSSFWorkbook read(ConsolidatedReport report) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(report)));
    }

    /** Label in column A to the value beside it, for the rows under the title. */
    private static Map<String, Cell> figures(XSSFSheet summary) {
        Map<String, Cell> figures = new HashMap<>();
        for (int i = 3; i <= summary.getLastRowNum(); i++) {
            Row row = summary.getRow(i);
            if (row != null && row.getCell(1) != null) {
                figures.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
        }
        return figures;
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getLastCellNum())
                .mapToObj(i -> row.getCell(i).getStringCellValue())
                .toList();
    }
}
