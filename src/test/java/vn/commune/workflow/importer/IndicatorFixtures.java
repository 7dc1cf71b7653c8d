package vn.commune.workflow.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A plan with its indicator annex (Phụ lục I) and task annex (Phụ lục II), both tables with two-row
 * headings ("Mục tiêu" over the years, "Cơ quan thực hiện" over "Chủ trì | Phối hợp"), as Word, as an
 * .xlsx workbook and as a legacy .xls workbook.
 */
final class IndicatorFixtures {

    static final String TITLE = "Kế hoạch chuyển đổi số năm 2026 của xã Trường Giang";

    static final List<String> HEADING = List.of(
            "ỦY BAN NHÂN DÂN XÃ TRƯỜNG GIANG",
            "Số: 12/KH-UBND",
            "Trường Giang, ngày 5 tháng 1 năm 2026",
            "KẾ HOẠCH",
            "Chuyển đổi số năm 2026 của xã Trường Giang");

    static final String[][] INDICATORS = {
        {
            "1",
            "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến",
            "%",
            "≥ 70",
            "≥ 85",
            "100",
            "Trung tâm Phục vụ hành chính công xã"
        },
        {"2", "Số lượng doanh nghiệp khởi nghiệp sáng tạo", "Doanh nghiệp", "≥ 01", "≥ 03", "≥ 05", "Phòng Kinh tế"},
        {
            "3",
            "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử mức 2",
            "% dân số",
            "85",
            "100",
            "X",
            "Công an xã"
        }
    };

    static final String[][] TASKS = {
        {
            "1",
            "Xây dựng kế hoạch chuyển đổi số năm 2026",
            "Phòng Văn hóa - Xã hội",
            "Văn phòng HĐND và UBND xã",
            "Quý I/2026"
        },
        {
            "2",
            "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực",
            "Trung tâm Phục vụ hành chính công xã",
            "Công an xã",
            "31/12/2026"
        }
    };

    private IndicatorFixtures() {}

    static byte[] docx() {
        XWPFDocument document = new XWPFDocument();
        HEADING.forEach(line -> DocxFixtures.paragraph(document, line));
        DocxFixtures.paragraph(document, "");
        DocxFixtures.paragraph(
                document, "Giao Phòng Văn hóa - Xã hội chủ trì, theo dõi, tổng hợp việc thực hiện Kế hoạch này.");
        DocxFixtures.paragraph(document, "PHỤ LỤC I");
        XWPFTable indicators = document.createTable(2, 7);
        // Row 1: STT | Tên chỉ tiêu | Đơn vị tính | Mục tiêu (over three years) | Cơ quan theo dõi
        String[] top = {"STT", "Tên chỉ tiêu", "Đơn vị tính", "Mục tiêu", null, null, "Cơ quan theo dõi"};
        String[] years = {null, null, null, "2025", "2030", "2045", null};
        fillHeading(indicators, top, years, 3, 3);
        for (String[] row : INDICATORS) {
            fill(indicators.createRow(), row);
        }
        DocxFixtures.paragraph(document, "PHỤ LỤC II");
        XWPFTable tasks = document.createTable(2, 5);
        String[] taskTop = {"TT", "Tên nhiệm vụ", "Cơ quan thực hiện", null, "Thời gian hoàn thành"};
        String[] roles = {null, null, "Chủ trì", "Phối hợp", null};
        fillHeading(tasks, taskTop, roles, 2, 2);
        for (String[] row : TASKS) {
            fill(tasks.createRow(), row);
        }
        return DocxFixtures.bytes(document);
    }

    static byte[] xlsx() {
        return workbook(XSSFWorkbook::new);
    }

    static byte[] xls() {
        return workbook(HSSFWorkbook::new);
    }

    /**
     * Heading cells of the upper row span down over the lower one, except the group heading, which spans
     * {@code span} columns from {@code from} across.
     */
    private static void fillHeading(XWPFTable table, String[] top, String[] bottom, int from, int span) {
        // Word and LibreOffice lay a spanning cell out on the table's grid, which POI leaves out.
        CTTblGrid grid = table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < top.length; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(1300));
        }
        XWPFTableRow upper = table.getRow(0);
        XWPFTableRow lower = table.getRow(1);
        for (int c = 0; c < top.length; c++) {
            set(lower.getCell(c), bottom[c]);
            if (bottom[c] == null) {
                set(upper.getCell(c), top[c]);
                merge(upper.getCell(c), STMerge.RESTART);
                merge(lower.getCell(c), STMerge.CONTINUE);
            } else {
                set(upper.getCell(c), c == from ? top[c] : null);
            }
        }
        for (int c = from + span - 1; c > from; c--) {
            upper.removeCell(c);
        }
        properties(upper.getCell(from)).addNewGridSpan().setVal(BigInteger.valueOf(span));
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum how) {
        properties(cell).addNewVMerge().setVal(how);
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
    }

    /** New rows copy the first row's cells, fewer where it spans columns. */
    private static void fill(XWPFTableRow row, String[] values) {
        while (row.getTableCells().size() < values.length) {
            row.addNewTableCell();
        }
        for (int c = 0; c < values.length; c++) {
            set(row.getCell(c), values[c]);
        }
    }

    private static void set(XWPFTableCell cell, String text) {
        while (!cell.getParagraphs().isEmpty()) {
            cell.removeParagraph(0);
        }
        if (text == null) {
            cell.addParagraph();
        } else {
            cell.addParagraph().createRun().setText(text);
        }
    }

    private static byte[] workbook(Supplier<Workbook> create) {
        try (Workbook workbook = create.get()) {
            Sheet annex = workbook.createSheet("Phụ lục I - Chỉ tiêu");
            for (int r = 0; r < HEADING.size(); r++) {
                annex.createRow(r).createCell(0).setCellValue(HEADING.get(r));
            }
            int first = HEADING.size() + 1;
            write(
                    annex.createRow(first),
                    "STT",
                    "Tên chỉ tiêu",
                    "Đơn vị tính",
                    "Mục tiêu",
                    null,
                    null,
                    "Cơ quan theo dõi");
            write(annex.createRow(first + 1), null, null, null, "2025", "2030", "2045", null);
            for (int c : new int[] {0, 1, 2, 6}) {
                annex.addMergedRegion(new CellRangeAddress(first, first + 1, c, c));
            }
            annex.addMergedRegion(new CellRangeAddress(first, first, 3, 5));
            for (int i = 0; i < INDICATORS.length; i++) {
                write(annex.createRow(first + 2 + i), INDICATORS[i]);
            }
            Sheet tasks = workbook.createSheet("Phụ lục II - Nhiệm vụ");
            write(tasks.createRow(0), "TT", "Tên nhiệm vụ", "Cơ quan thực hiện", null, "Thời gian hoàn thành");
            write(tasks.createRow(1), null, null, "Chủ trì", "Phối hợp", null);
            for (int c : new int[] {0, 1, 4}) {
                tasks.addMergedRegion(new CellRangeAddress(0, 1, c, c));
            }
            tasks.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            for (int i = 0; i < TASKS.length; i++) {
                write(tasks.createRow(2 + i), TASKS[i]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
