package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table as a grid of grid columns: a cell spanning columns fills the first of them, and a
 * cell merged down from the row above repeats that row's text.
 */
final class DocxTables {
    private DocxTables() {}

    static Grid grid(XWPFTable table, int number) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int column = cells.size();
                cells.add(mergedFromAbove(properties) && column < above.size() ? above.get(column) : text(cell));
                for (int extra = 1; extra < span(properties); extra++) {
                    cells.add(null);
                }
            }
            rows.add(cells);
        }
        return new Grid("bảng " + number, rows);
    }

    /** Paragraphs joined by line breaks: POI's own cell text would glue them together. */
    private static String text(XWPFTableCell cell) {
        return Texts.cell(
                cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")));
    }

    private static boolean mergedFromAbove(CTTcPr properties) {
        return properties != null
                && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null
                        || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int span(CTTcPr properties) {
        return properties != null && properties.isSetGridSpan()
                ? properties.getGridSpan().getVal().intValue()
                : 1;
    }
}
