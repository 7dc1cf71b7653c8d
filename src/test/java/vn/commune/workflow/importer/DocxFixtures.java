package vn.commune.workflow.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word files built the way communes type them. */
final class DocxFixtures {
    private static final int COLUMNS = 6;

    private DocxFixtures() {}

    /** The Trường Giang plan heading and its Phụ lục II as a Word table with merged group rows. */
    static byte[] truongGiangTable() {
        XWPFDocument document = new XWPFDocument();
        XWPFTable heading = document.createTable(1, 2);
        setText(heading.getRow(0).getCell(0), "ỦY BAN NHÂN DÂN", "XÃ TRƯỜNG GIANG", "Số: 536/QĐ-UBND");
        setText(
                heading.getRow(0).getCell(1),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Trường Giang, ngày 10 tháng 9 năm 2025");
        paragraph(document, "KẾ HOẠCH HÀNH ĐỘNG");
        paragraph(document, "Thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ");
        paragraph(document, "");
        paragraph(
                document,
                "4. Giao Phòng Văn hoá - Xã hội chủ trì, phối hợp với các phòng, ban ngành, đơn vị theo dõi,"
                        + " đôn đốc việc triển khai thực hiện Kế hoạch này.");
        paragraph(document, "PHỤ LỤC II");
        XWPFTable table = document.createTable(1, COLUMNS);
        String[][] header = {
            {"TT"},
            {"Tên nhiệm vụ"},
            {"Cơ quan chủ", "trì"},
            {"Cơ quan phối", "hợp"},
            {"Kết quả"},
            {"Thời gian", "hoàn thành"}
        };
        for (int c = 0; c < COLUMNS; c++) {
            setText(table.getRow(0).getCell(c), header[c]);
        }
        String group = null;
        for (ParsedTask task : TruongGiangTasks.EXPECTED) {
            if (!task.group().equals(group)) {
                group = task.group();
                addGroupRow(table, group);
            }
            XWPFTableRow row = table.createRow();
            setText(row.getCell(0), task.number());
            setText(row.getCell(1), task.title());
            // A lead broken over two paragraphs, as people wrap narrow cells by hand.
            setText(
                    row.getCell(2),
                    task.leadText().replace("ban ngành", "ban\nngành").split("\n"));
            setText(
                    row.getCell(3),
                    task.coordinatingText() == null ? new String[0] : new String[] {task.coordinatingText()});
            setText(row.getCell(4), task.expectedResult());
            setText(row.getCell(5), task.deadlineText());
        }
        mergeDown(table, 3, rowOf(table, "5"), rowOf(table, "6"));
        return bytes(document);
    }

    /** Ngọk Bay style: Word-numbered task paragraphs with bulleted duty lines. */
    static byte[] numberedParagraphs() {
        XWPFDocument document = new XWPFDocument();
        BigInteger decimal = numbering(document, STNumberFormat.DECIMAL, "%1.");
        BigInteger bullet = numbering(document, STNumberFormat.BULLET, "-");
        BigInteger roman = numbering(document, STNumberFormat.UPPER_ROMAN, "%1.");
        paragraph(document, "ỦY BAN NHÂN DÂN");
        paragraph(document, "XÃ NGỌK BAY");
        paragraph(document, "Số: 12/KH-UBND");
        paragraph(document, "Ngọk Bay, ngày 7 tháng 11 năm 2025");
        paragraph(document, "KẾ HOẠCH");
        paragraph(document, "Triển khai chuyển đổi số trên địa bàn xã Ngọk Bay");
        paragraph(document, "");
        numbered(document, roman, "MỤC ĐÍCH, YÊU CẦU");
        numbered(document, decimal, "Mục đích: quán triệt và triển khai nghiêm túc.");
        numbered(document, roman, "NHIỆM VỤ TRỌNG TÂM");
        BigInteger tasks = numbering(document, STNumberFormat.DECIMAL, "%1.");
        numbered(document, tasks, "Rà soát lại quy trình các dịch vụ công trực tuyến");
        numbered(document, bullet, "Cơ quan chủ trì tham mưu thực hiện: Trung tâm Phục vụ hành chính công xã.");
        numbered(document, bullet, "Cơ quan phối hợp: Các phòng chuyên môn thuộc xã; Công an xã.");
        numbered(document, bullet, "Thời gian thực hiện: Thực hiện thường xuyên.");
        numbered(document, tasks, "Rà soát, bố trí nhân sự chuyên trách về công nghệ thông tin:");
        paragraph(document, "Chủ động tham mưu bố trí đủ nhân lực (nhiệm vụ thường xuyên).");
        numbered(document, bullet, "Cơ quan chủ trì tham mưu thực hiện: Phòng Văn hoá - Xã hội xã.");
        numbered(document, bullet, "Thời gian thực hiện: Hoàn thành trước ngày 31/12/2025.");
        numbered(document, tasks, "Bảo đảm kinh phí cho chuyển đổi số (nhiệm vụ thường xuyên).");
        numbered(document, bullet, "Cơ quan phối hợp: Phòng Kinh tế xã.");
        numbered(document, roman, "TỔ CHỨC THỰC HIỆN");
        numbered(
                document,
                decimal,
                "Giao Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân xã thường xuyên theo dõi,"
                        + " tổng hợp, đánh giá kết quả việc thực hiện Kế hoạch này.");
        return bytes(document);
    }

    /** A table with headings but no column for the task names. */
    static byte[] tableWithoutTaskColumn() {
        XWPFDocument document = new XWPFDocument();
        paragraph(document, "KẾ HOẠCH");
        XWPFTable table = document.createTable(2, 3);
        List<String> header = List.of("TT", "Cơ quan chủ trì", "Thời hạn");
        List<String> row = List.of("1", "Phòng Kinh tế", "31/12/2025");
        for (int c = 0; c < 3; c++) {
            setText(table.getRow(0).getCell(c), header.get(c));
            setText(table.getRow(1).getCell(c), row.get(c));
        }
        return bytes(document);
    }

    static byte[] bytes(XWPFDocument document) {
        try (document;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addGroupRow(XWPFTable table, String group) {
        XWPFTableRow row = table.createRow();
        int dot = group.indexOf(". ");
        setText(row.getCell(0), group.substring(0, dot + 1));
        for (int c = COLUMNS - 1; c > 1; c--) {
            row.removeCell(c);
        }
        XWPFTableCell text = row.getCell(1);
        text.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS - 1));
        setText(text, group.substring(dot + 2));
    }

    private static void mergeDown(XWPFTable table, int column, int first, int last) {
        table.getRow(first)
                .getCell(column)
                .getCTTc()
                .addNewTcPr()
                .addNewVMerge()
                .setVal(STMerge.RESTART);
        for (int r = first + 1; r <= last; r++) {
            XWPFTableCell cell = table.getRow(r).getCell(column);
            setText(cell);
            cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
        }
    }

    private static int rowOf(XWPFTable table, String number) {
        for (int r = 0; r < table.getRows().size(); r++) {
            if (number.equals(table.getRow(r).getCell(0).getText())) {
                return r;
            }
        }
        throw new IllegalArgumentException(number);
    }

    private static void setText(XWPFTableCell cell, String... paragraphs) {
        while (!cell.getParagraphs().isEmpty()) {
            cell.removeParagraph(0);
        }
        for (String text : paragraphs) {
            cell.addParagraph().createRun().setText(text);
        }
        if (paragraphs.length == 0) {
            cell.addParagraph();
        }
    }

    static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    static void numbered(XWPFDocument document, BigInteger numId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(numId);
        paragraph.createRun().setText(text);
    }

    static BigInteger numbering(XWPFDocument document, STNumberFormat.Enum format, String levelText) {
        XWPFNumbering numbering = document.createNumbering();
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(
                BigInteger.valueOf(numbering.getAbstractNums().size()));
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(levelText);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering)));
    }
}
