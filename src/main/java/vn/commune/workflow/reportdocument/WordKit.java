package vn.commune.workflow.reportdocument;

import java.math.BigInteger;
import java.util.stream.IntStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The few Word building blocks the report needs, on top of POI. Lengths are in twips (1/20 pt). */
final class WordKit {

    static final String FONT = "Times New Roman";

    private WordKit() {}

    /** A4 portrait with the given margins; headers sit 10 mm from the edge. */
    static void a4(XWPFDocument doc, int top, int bottom, int left, int right) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(top));
        margins.setBottom(BigInteger.valueOf(bottom));
        margins.setLeft(BigInteger.valueOf(left));
        margins.setRight(BigInteger.valueOf(right));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    /** ND30: page numbers centred in the top margin, none on the first page. */
    static void pageNumbersFromSecondPage(XWPFDocument doc, int size) {
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        styled(p.createRun(), size, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        styled(p.createRun(), size, false, false).getCTR().addNewInstrText().setStringValue("PAGE");
        styled(p.createRun(), size, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** Appends a run in the report font; a "\n" in the text becomes a line break. */
    static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = styled(p.createRun(), size, bold, italic);
        String[] lines = Wording.nfc(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /** Every run names its font and size, so the document looks the same whatever Word's defaults. */
    static XWPFRun styled(XWPFRun run, int size, boolean bold, boolean italic) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        return run;
    }

    /** A paragraph with its own alignment and spacing, so no style or default leaks in. */
    static XWPFParagraph paragraph(XWPFParagraph p, ParagraphAlignment alignment, int before, int after) {
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    /** The next paragraph of a cell: a new cell already holds an empty one, which is used first. */
    static XWPFParagraph next(XWPFTableCell cell) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        boolean untouched = cell.getParagraphs().size() == 1
                && first.getRuns().isEmpty()
                && !first.getCTP().isSetPPr();
        return untouched ? first : cell.addParagraph();
    }

    /**
     * A short centred horizontal line, drawn as the bottom border of an empty paragraph whose
     * indents leave it {@code length} wide.
     */
    static void rule(XWPFTableCell cell, int cellWidth, int length) {
        XWPFParagraph p = paragraph(next(cell), ParagraphAlignment.CENTER, 0, 0);
        p.setIndentationLeft((cellWidth - length) / 2);
        p.setIndentationRight((cellWidth - length) / 2);
        p.setBorderBottom(Borders.SINGLE);
        // An empty paragraph would otherwise be a full line high and push the line away from its text.
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
    }

    /** A fixed-layout table with one cell per width in its first row; lines drawn or not. */
    static XWPFTable table(XWPFDocument doc, boolean lines, int... widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(IntStream.of(widths).sum()));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFBorderType type = lines ? XWPFBorderType.SINGLE : XWPFBorderType.NONE;
        int size = lines ? 4 : 0;
        table.setTopBorder(type, size, 0, "000000");
        table.setBottomBorder(type, size, 0, "000000");
        table.setLeftBorder(type, size, 0, "000000");
        table.setRightBorder(type, size, 0, "000000");
        table.setInsideHBorder(type, size, 0, "000000");
        table.setInsideVBorder(type, size, 0, "000000");
        if (!lines) {
            // Layout tables line their text up with the page margins, so rule lengths come out exact.
            table.setCellMargins(0, 0, 0, 0);
        }
        setWidths(table.getRow(0), widths);
        return table;
    }

    /** A new last row with one cell per width. */
    static XWPFTableRow row(XWPFTable table, int... widths) {
        XWPFTableRow row = table.createRow();
        setWidths(row, widths);
        return row;
    }

    /** A new last row that is one cell across all {@code columns} columns. */
    static XWPFTableCell spanningRow(XWPFTable table, int columns, int totalWidth) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        cell.setWidth(String.valueOf(totalWidth));
        cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
        return cell;
    }

    private static void setWidths(XWPFTableRow row, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            row.getCell(i).setWidth(String.valueOf(widths[i]));
        }
    }
}
