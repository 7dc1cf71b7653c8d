package vn.commune.workflow.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.commune.workflow.system.Problem;

/** Spreadsheets and CSV: one row per task, columns found by heading in any order and wording. */
class TableFormatsTest {
    /** Shuffled columns with the less common headings. */
    private static final List<String> XLSX_HEADINGS =
            List.of("Thời hạn", "Nội dung", "Đơn vị chủ trì", "STT", "Sản phẩm", "Đơn vị phối hợp");

    private static final List<String> CSV_HEADINGS =
            List.of("Phối hợp", "TT", "Thời gian thực hiện", "Nhiệm vụ", "Chủ trì", "Kết quả");
    private final PlanReader reader = new PlanReader();

    @Test
    void readsTheEightTasksFromAWorkbook() throws IOException {
        ParsedPlan plan = reader.read("nhiem-vu.xlsx", workbook());
        assertEquals(TruongGiangTasks.EXPECTED, plan.tasks());
        assertEquals("Trường Giang", plan.commune());
        assertEquals("536/QĐ-UBND", plan.number());
        assertEquals(LocalDate.of(2025, 9, 10), plan.issuedOn());
        assertTrue(
                plan.warnings().stream().noneMatch(w -> w.message().contains("Nhiệm vụ")), plan.warnings()::toString);
    }

    @Test
    void aDateCellIsReadAsAVietnameseDate() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Nhiệm vụ");
            write(sheet.createRow(0), List.of("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"));
            Row row = sheet.createRow(1);
            write(row, List.of("1", "Báo cáo kết quả chuyển đổi số", "Phòng Kinh tế"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            row.createCell(3).setCellValue(LocalDate.of(2025, 12, 31));
            row.getCell(3).setCellStyle(date);
            ParsedPlan plan = reader.read("a.xlsx", bytes(workbook));
            assertEquals("31/12/2025", plan.tasks().get(0).deadlineText());
        }
    }

    @Test
    void readsTheEightTasksFromASemicolonCsvWithBom() throws IOException {
        ParsedPlan plan = reader.read("nhiem-vu.csv", csv(';', "\uFEFF"));
        assertEquals(TruongGiangTasks.EXPECTED, plan.tasks());
    }

    @Test
    void readsACommaCsv() throws IOException {
        assertEquals(
                TruongGiangTasks.EXPECTED,
                reader.read("nhiem-vu.CSV", csv(',', "")).tasks());
    }

    @Test
    void aTaskWithoutLeadOrDeadlineIsWarnedAbout() {
        String text =
                "TT,Tên nhiệm vụ,Cơ quan chủ trì,Thời hạn\n1,Rà soát thủ tục,,\n2,Báo cáo,Công an xã,Quý IV/2025\n";
        ParsedPlan plan = reader.read("a.csv", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, plan.tasks().size());
        assertTrue(plan.warnings().contains(new Problem("hàng 2", "Nhiệm vụ 1 chưa có cơ quan chủ trì.")));
        assertTrue(plan.warnings().contains(new Problem("hàng 2", "Nhiệm vụ 1 chưa có thời gian hoàn thành.")));
        assertEquals("Quý IV/2025", plan.tasks().get(1).deadlineText());
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Bảng kèm theo kế hoạch");
            XSSFSheet sheet = workbook.createSheet("Danh mục nhiệm vụ");
            List<String> heading = List.of(
                    "ỦY BAN NHÂN DÂN XÃ TRƯỜNG GIANG",
                    "Số: 536/QĐ-UBND",
                    "Trường Giang, ngày 10 tháng 9 năm 2025",
                    "KẾ HOẠCH HÀNH ĐỘNG");
            for (int r = 0; r < heading.size(); r++) {
                sheet.createRow(r).createCell(0).setCellValue(heading.get(r));
            }
            write(sheet.createRow(5), XLSX_HEADINGS);
            write(sheet.createRow(6), List.of("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"));
            int r = 7;
            String group = null;
            int taskFive = -1;
            for (ParsedTask task : TruongGiangTasks.EXPECTED) {
                if (!task.group().equals(group)) {
                    group = task.group();
                    Row row = sheet.createRow(r);
                    row.createCell(3).setCellValue(group.substring(0, group.indexOf('.')));
                    row.createCell(1).setCellValue(group.substring(group.indexOf(". ") + 2));
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
                    r++;
                }
                taskFive = task.number().equals("5") ? r : taskFive;
                Row row = sheet.createRow(r++);
                write(row, cells(task, XLSX_HEADINGS, TableFormatsTest::xlsxCell));
                row.getCell(3).setCellValue(Double.parseDouble(task.number()));
            }
            // Tasks 5 and 6 share their lead through a merged cell.
            sheet.getRow(taskFive + 1).getCell(2).setBlank();
            sheet.addMergedRegion(new CellRangeAddress(taskFive, taskFive + 1, 2, 2));
            return bytes(workbook);
        }
    }

    private static byte[] csv(char delimiter, String bom) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            printer.printRecord(CSV_HEADINGS);
            String group = null;
            for (ParsedTask task : TruongGiangTasks.EXPECTED) {
                if (!task.group().equals(group)) {
                    group = task.group();
                    String roman = group.substring(0, group.indexOf('.') + 1);
                    printer.printRecord("", roman, "", group.substring(roman.length() + 1), "", "");
                }
                printer.printRecord(cells(task, CSV_HEADINGS, TableFormatsTest::csvCell));
            }
        }
        return (bom + out).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> cells(
            ParsedTask task, List<String> headings, BiFunction<String, ParsedTask, String> cell) {
        List<String> cells = new ArrayList<>();
        for (String heading : headings) {
            cells.add(cell.apply(heading, task));
        }
        return cells;
    }

    private static String xlsxCell(String heading, ParsedTask task) {
        return switch (heading) {
            case "Thời hạn" -> task.deadlineText();
            case "Nội dung" -> task.title();
            case "Đơn vị chủ trì" -> task.leadText();
            case "STT" -> task.number();
            case "Sản phẩm" -> task.expectedResult();
            default -> task.coordinatingText();
        };
    }

    private static String csvCell(String heading, ParsedTask task) {
        return switch (heading) {
            case "Phối hợp" -> task.coordinatingText();
            case "TT" -> task.number() + ".";
            case "Thời gian thực hiện" -> task.deadlineText();
            // A title typed over two lines inside the cell.
            case "Nhiệm vụ" -> task.title().replaceFirst(", ", ",\n");
            case "Chủ trì" -> task.leadText();
            default -> task.expectedResult();
        };
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) != null) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
