package vn.commune.workflow.province;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.commune.workflow.calendar.VietnamTime;

/** The province summary as a workbook: a heading block (what, which province, as of when), then a row per commune. */
final class SummaryWorkbook {

    static final String SHEET = "Các xã";
    static final String TITLE = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC XÃ";
    /** The row of the column headings; the communes follow it. */
    static final int HEADING_ROW = 4;

    private record Column(String heading, int width, ToLongFunction<ProvinceSummary.CommuneFigures> value) {}

    private static final List<Column> COUNTS = List.of(
            new Column("Đang thực hiện quá hạn", 14, ProvinceSummary.CommuneFigures::overdue),
            new Column("Thiếu báo cáo", 12, ProvinceSummary.CommuneFigures::reportsMissing),
            new Column("Hoàn thành đúng hạn", 14, ProvinceSummary.CommuneFigures::doneOnTime),
            new Column("Hoàn thành quá hạn", 14, ProvinceSummary.CommuneFigures::doneLate),
            new Column("Đang thực hiện trong hạn", 14, ProvinceSummary.CommuneFigures::onTrack),
            new Column("Chưa đến hạn", 12, ProvinceSummary.CommuneFigures::notDue),
            new Column("Thường xuyên", 12, ProvinceSummary.CommuneFigures::ongoing),
            new Column("Cần định hạn", 12, ProvinceSummary.CommuneFigures::needsDeadline));

    private SummaryWorkbook() {}

    static byte[] write(ProvinceSummary.Summary summary) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrapped = book.createCellStyle();
            wrapped.cloneStyleFrom(bold);
            wrapped.setWrapText(true);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));

            sheet.createRow(0).createCell(0).setCellValue(TITLE);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(summary.province().name());
            sheet.getRow(1).getCell(0).setCellStyle(bold);
            sheet.createRow(2).createCell(0).setCellValue("Số liệu đến ngày " + VietnamTime.format(summary.asOf()));

            Row header = sheet.createRow(HEADING_ROW);
            header.createCell(0).setCellValue("Xã");
            sheet.setColumnWidth(0, 28 * 256);
            for (int i = 0; i < COUNTS.size(); i++) {
                header.createCell(1 + i).setCellValue(COUNTS.get(i).heading());
                sheet.setColumnWidth(1 + i, COUNTS.get(i).width() * 256);
            }
            int report = 1 + COUNTS.size();
            String[] reportHeadings = {"Báo cáo gần nhất được duyệt", "Kế hoạch", "Ngày duyệt"};
            int[] reportWidths = {24, 16, 12};
            for (int i = 0; i < reportHeadings.length; i++) {
                header.createCell(report + i).setCellValue(reportHeadings[i]);
                sheet.setColumnWidth(report + i, reportWidths[i] * 256);
            }
            header.forEach(cell -> cell.setCellStyle(wrapped));

            int r = HEADING_ROW + 1;
            for (ProvinceSummary.CommuneFigures c : summary.communes()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.name());
                for (int i = 0; i < COUNTS.size(); i++) {
                    row.createCell(1 + i).setCellValue(COUNTS.get(i).value().applyAsLong(c));
                }
                ProvinceSummary.ApprovedReport last = c.lastApprovedReport();
                if (last == null) {
                    row.createCell(report).setCellValue("Chưa có");
                } else {
                    row.createCell(report).setCellValue(last.label());
                    row.createCell(report + 1).setCellValue(last.planNumber() == null ? "" : last.planNumber());
                    if (last.approvedOn() != null) {
                        row.createCell(report + 2).setCellValue(last.approvedOn());
                        row.getCell(report + 2).setCellStyle(date);
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(HEADING_ROW, Math.max(HEADING_ROW, r - 1), 0, report + 2));
            sheet.createFreezePane(1, HEADING_ROW + 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the province summary .xlsx", e);
        }
    }
}
