package vn.commune.workflow.reportdocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.commune.workflow.plan.TaskStatus;

/** The report as a workbook: the figures on one sheet, the tasks on another, ready to filter. */
final class XlsxWriter {

    private static final List<String> TASK_HEADINGS = List.of(
            "TT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Thời hạn",
            "Tình trạng",
            "Kết quả, tiến độ",
            "Minh chứng",
            "Hạn xử lý");
    /** Column widths in characters, in TASK_HEADINGS order. */
    private static final int[] TASK_WIDTHS = {5, 50, 28, 20, 24, 40, 36, 12};

    private static final List<String> INDICATOR_HEADINGS = List.of(
            "TT", "Chỉ tiêu", "Đơn vị", "Cơ quan theo dõi", "Chỉ tiêu trong kỳ", "Kết quả", "Đánh giá", "Minh chứng");
    private static final int[] INDICATOR_WIDTHS = {5, 50, 14, 28, 16, 14, 16, 36};

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title = style(true, false, null);
    private final CellStyle plain = style(false, false, null);
    private final CellStyle heading = style(true, true, null);
    private final CellStyle cell = style(false, true, null);
    private final CellStyle percent = style(false, true, "0.0%");
    private final CellStyle date = style(false, true, "dd/mm/yyyy");

    byte[] write(ConsolidatedReport report) {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            summary(report);
            tasks(report);
            if (!report.indicators().isEmpty()) {
                indicators(report);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report .xlsx", e);
        }
    }

    private void summary(ConsolidatedReport report) {
        Sheet sheet = workbook.createSheet("Tổng hợp");
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        // The heading block a clerk would type: commune, title, period, date (and number once issued).
        text(sheet.createRow(0), 0, Wording.upper(report.issuingBody()).replace('\n', ' '), title);
        text(sheet.createRow(1), 0, report.subtitle(), title);
        text(sheet.createRow(2), 0, "Kỳ báo cáo: " + report.periodLabel(), plain);
        text(
                sheet.createRow(3),
                0,
                Wording.dateLine(report.place(), report.date())
                        + (report.number() == null ? "" : " - " + Wording.numberLine(report.number())),
                plain);
        int r = 5;
        Row headings = sheet.createRow(r++);
        text(headings, 0, "Tình trạng", heading);
        text(headings, 1, "Số nhiệm vụ", heading);
        for (TaskStatus status : TaskStatus.values()) {
            figure(sheet.createRow(r++), status.label(), report.count(status));
        }
        figure(sheet.createRow(r++), "Tổng số nhiệm vụ", report.rows().size());
        figure(sheet.createRow(r++), "Tổng số nhiệm vụ có thời hạn", report.total());
        Row rate = sheet.createRow(r);
        text(rate, 0, "Tỷ lệ hoàn thành", cell);
        if (report.total() == 0) {
            // No 0% here: with no task due, nothing was missed.
            text(rate, 1, "Không có nhiệm vụ có thời hạn", cell);
        } else {
            Cell value = rate.createCell(1);
            value.setCellValue((double) report.done() / report.total());
            value.setCellStyle(percent);
        }
        text(sheet.createRow(r + 1), 0, "Hoàn thành: " + report.completionSentence(), plain);
        if (!report.indicators().isEmpty()) {
            r += 3;
            figure(sheet.createRow(r++), "Số chỉ tiêu đánh giá được", report.indicatorsCounted());
            figure(sheet.createRow(r++), "Số chỉ tiêu đạt", report.indicatorsMet());
            text(sheet.createRow(r), 0, "Chỉ tiêu: " + report.indicatorSentence(), plain);
        }
    }

    private void indicators(ConsolidatedReport report) {
        Sheet sheet = workbook.createSheet("Chỉ tiêu");
        Row headings = sheet.createRow(0);
        for (int i = 0; i < INDICATOR_HEADINGS.size(); i++) {
            text(headings, i, INDICATOR_HEADINGS.get(i), heading);
            sheet.setColumnWidth(i, INDICATOR_WIDTHS[i] * 256);
        }
        int number = 0;
        for (IndicatorRow indicator : report.indicators()) {
            Row row = sheet.createRow(++number);
            Cell tt = row.createCell(0);
            tt.setCellValue(number);
            tt.setCellStyle(cell);
            text(row, 1, Wording.indicatorName(indicator), cell);
            text(row, 2, indicator.unit(), cell);
            text(row, 3, indicator.office(), cell);
            text(row, 4, indicator.target(), cell);
            text(row, 5, indicator.actual(), cell);
            text(row, 6, indicator.status(), cell);
            text(
                    row,
                    7,
                    indicator.evidence().isEmpty() ? Wording.NO_EVIDENCE : String.join("\n", indicator.evidence()),
                    cell);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, number, 0, INDICATOR_HEADINGS.size() - 1));
        sheet.createFreezePane(0, 1);
    }

    private void tasks(ConsolidatedReport report) {
        Sheet sheet = workbook.createSheet("Nhiệm vụ");
        Row headings = sheet.createRow(0);
        for (int i = 0; i < TASK_HEADINGS.size(); i++) {
            text(headings, i, TASK_HEADINGS.get(i), heading);
            sheet.setColumnWidth(i, TASK_WIDTHS[i] * 256);
        }
        int number = 0;
        // Same order and numbers as the .docx table, so both can be read side by side.
        for (List<ReportRow> group : report.rowsByStatus().values()) {
            for (ReportRow task : group) {
                Row row = sheet.createRow(++number);
                Cell tt = row.createCell(0);
                tt.setCellValue(number);
                tt.setCellStyle(cell);
                text(row, 1, Wording.taskTitle(task), cell);
                text(row, 2, String.join("\n", lines(task.office(), Wording.shareLines(task))), cell);
                text(row, 3, task.deadlineText(), cell);
                text(row, 4, task.status().label(), cell);
                text(row, 5, String.join("\n", Wording.progressLines(task)), cell);
                text(
                        row,
                        6,
                        task.evidence().isEmpty() ? Wording.NO_EVIDENCE : String.join("\n", task.evidence()),
                        cell);
                Cell due = row.createCell(7);
                due.setCellStyle(date);
                if (task.effectiveDueDate() != null) {
                    due.setCellValue(task.effectiveDueDate());
                }
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, number, 0, TASK_HEADINGS.size() - 1));
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
    }

    private static List<String> lines(String first, List<String> more) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(first);
        lines.addAll(more);
        return lines;
    }

    private void figure(Row row, String label, long count) {
        text(row, 0, label, cell);
        Cell value = row.createCell(1);
        value.setCellValue(count);
        value.setCellStyle(cell);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(Wording.nfc(value));
        c.setCellStyle(style);
    }

    private CellStyle style(boolean bold, boolean boxed, String format) {
        Font font = workbook.createFont();
        font.setFontName(WordKit.FONT);
        font.setFontHeightInPoints((short) 12);
        font.setBold(bold);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (boxed) {
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }
}
