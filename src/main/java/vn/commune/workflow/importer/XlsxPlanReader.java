package vn.commune.workflow.importer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Task and indicator tables in a workbook (.xlsx, or legacy .xls): every sheet is searched for a heading row. */
final class XlsxPlanReader {
    private static final int MAX_SHEETS = 20;
    private static final int MAX_COLUMNS = 50;
    /** Dates are shown the Vietnamese way whatever format the cell was given. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private XlsxPlanReader() {}

    static ParsedPlan read(byte[] content) {
        return Ooxml.readXlsx(content, XlsxPlanReader::read);
    }

    static ParsedPlan readLegacy(byte[] content) {
        return LegacyOffice.readXls(content, XlsxPlanReader::read);
    }

    private static ParsedPlan read(Workbook workbook) {
        return TablePlan.read(grids(workbook));
    }

    /** The worksheets' cells, as text. */
    static List<Grid> grids(Workbook workbook) {
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        List<Grid> grids = new ArrayList<>();
        for (int s = 0; s < Math.min(workbook.getNumberOfSheets(), MAX_SHEETS); s++) {
            grids.add(grid(workbook.getSheetAt(s), formatter));
        }
        return grids;
    }

    private static Grid grid(Sheet sheet, DataFormatter formatter) {
        String label = "trang tính «" + sheet.getSheetName() + "»";
        if (sheet.getLastRowNum() >= CsvPlanReader.MAX_ROWS) {
            throw PlanReadException.of(
                    label,
                    "Trang tính có hơn " + CsvPlanReader.MAX_ROWS
                            + " hàng; một kế hoạch không dài như vậy, hãy kiểm tra lại tệp.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), MAX_COLUMNS); c++) {
                cells.add(text(row.getCell(c), formatter));
            }
            rows.add(cells);
        }
        fillVerticalMerges(sheet, rows);
        return new Grid(label, rows);
    }

    /** A lead merged down over several task rows belongs to each of them. */
    private static void fillVerticalMerges(Sheet sheet, List<List<String>> rows) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int column = region.getFirstColumn();
            if (region.getFirstRow() >= rows.size() || column >= MAX_COLUMNS) {
                continue;
            }
            List<String> top = rows.get(region.getFirstRow());
            String value = column < top.size() ? top.get(column) : null;
            for (int r = region.getFirstRow() + 1; r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
                List<String> cells = rows.get(r);
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, value);
            }
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
        }
        return Texts.cell(formatter.formatCellValue(cell));
    }
}
