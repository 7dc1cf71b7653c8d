package vn.commune.workflow.reportdocument;

import static vn.commune.workflow.reportdocument.WordKit.next;
import static vn.commune.workflow.reportdocument.WordKit.paragraph;
import static vn.commune.workflow.reportdocument.WordKit.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.commune.workflow.plan.TaskStatus;

/**
 * Lays out a consolidated report as an administrative document (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I): national header, title, body, task table, recipients and signature.
 */
final class DocxWriter {

    /** Body text size; ND30 allows 13–14 pt. */
    private static final int BODY = 14;

    private static final int TABLE = 11;
    /** Each table spans the text width: A4 less 30 mm left and 15 mm right margins, 9354 twips. */
    private static final int[] HEADER_COLUMNS = {3600, 5754};

    private static final int[] FOOTER_COLUMNS = {4300, 5054};
    private static final int[] TASK_COLUMNS = {450, 2100, 1300, 1400, 1150, 1404, 1550};
    private static final List<String> TASK_HEADINGS =
            List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Kết quả, tiến độ", "Minh chứng");
    /**
     * ND30: the motto's line is as long as the motto (13 pt bold, measured on a rendering); the
     * agency's is a third to a half of its name.
     */
    private static final int MOTTO_RULE = 3170;

    private static final int[] INDICATOR_COLUMNS = {450, 2300, 800, 1300, 1000, 1000, 1050, 1454};
    private static final List<String> INDICATOR_HEADINGS = List.of(
            "TT", "Chỉ tiêu", "Đơn vị", "Cơ quan theo dõi", "Chỉ tiêu trong kỳ", "Kết quả", "Đánh giá", "Minh chứng");

    private static final int AGENCY_RULE = 1100;
    private static final int FIRST_LINE_INDENT = 720;
    private static final int SIGNATURE_SPACE = 1600;
    /** The unit word that starts the second line of an agency's name ("ỦY BAN NHÂN DÂN / XÃ …"). */
    private static final Pattern LOCALITY = Pattern.compile("(.*) ((?:XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN|TỈNH|THÀNH PHỐ) .*)");

    byte[] write(ConsolidatedReport report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // Top and bottom 20 mm, left 30 mm, right 15 mm: the lower bounds ND30 allows.
            WordKit.a4(doc, 1134, 1134, 1701, 851);
            WordKit.pageNumbersFromSecondPage(doc, BODY);
            header(doc, report);
            title(doc, report);
            body(doc, Wording.opening(report));
            heading(doc, "I. KẾT QUẢ THỰC HIỆN");
            body(doc, Wording.figures(report));
            if (!report.indicators().isEmpty()) {
                body(doc, Wording.indicatorFigures(report));
            }
            taskTable(doc, report);
            if (!report.indicators().isEmpty()) {
                indicatorTable(doc, report);
            }
            heading(doc, "II. ĐÁNH GIÁ, KIẾN NGHỊ");
            remarks(doc, report.remarks());
            // The signature must not stand on a page without the text it signs.
            body(doc, Wording.closing(report)).setKeepNext(true);
            footer(doc, report);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report .docx", e);
        }
    }

    private void header(XWPFDocument doc, ConsolidatedReport report) {
        XWPFTable table = WordKit.table(doc, false, HEADER_COLUMNS);
        XWPFTableCell agency = table.getRow(0).getCell(0);
        if (report.parentBody() != null) {
            centred(agency, Wording.upper(report.parentBody()), 13, false, false);
        }
        centred(agency, agencyName(report.issuingBody()), 13, true, false);
        WordKit.rule(agency, HEADER_COLUMNS[0], AGENCY_RULE);
        XWPFTableCell nation = table.getRow(0).getCell(1);
        centred(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        centred(nation, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        WordKit.rule(nation, HEADER_COLUMNS[1], MOTTO_RULE);
        // A row of its own keeps the number level with the date line, as ND30 places them.
        XWPFTableRow numbers = WordKit.row(table, HEADER_COLUMNS);
        centred(numbers.getCell(0), Wording.numberLine(report.number()), 13, false, false)
                .setSpacingBefore(120);
        centred(numbers.getCell(1), Wording.dateLine(report.place(), report.date()), 14, false, true)
                .setSpacingBefore(120);
    }

    /** Upper case, broken before the locality unless the caller chose the break with "\n". */
    private static String agencyName(String issuingBody) {
        String name = Wording.upper(issuingBody);
        Matcher parts = LOCALITY.matcher(name);
        return name.contains("\n") || name.length() <= 24 || !parts.matches()
                ? name
                : parts.group(1) + "\n" + parts.group(2);
    }

    private void title(XWPFDocument doc, ConsolidatedReport report) {
        text(paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, 480, 0), "BÁO CÁO", 14, true, false);
        text(paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 360), report.subtitle(), 14, true, false);
    }

    private void remarks(XWPFDocument doc, String remarks) {
        List<String> lines = remarks == null
                ? List.of()
                : remarks.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
        if (lines.isEmpty()) {
            body(doc, "Không có.");
        }
        lines.forEach(line -> body(doc, line));
    }

    private void taskTable(XWPFDocument doc, ConsolidatedReport report) {
        text(
                paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, 120, 120),
                "Danh mục nhiệm vụ theo tình trạng",
                BODY,
                true,
                false);
        XWPFTable table = WordKit.table(doc, true, TASK_COLUMNS);
        table.setCellMargins(30, 70, 30, 70);
        XWPFTableRow headings = table.getRow(0);
        headings.setRepeatHeader(true);
        for (int i = 0; i < TASK_HEADINGS.size(); i++) {
            centred(headings.getCell(i), TASK_HEADINGS.get(i), TABLE, true, false);
        }
        Map<TaskStatus, List<ReportRow>> groups = report.rowsByStatus();
        if (groups.isEmpty()) {
            centred(spanningRow(table), "Không có nhiệm vụ.", TABLE, false, true);
        }
        int number = 0;
        for (Map.Entry<TaskStatus, List<ReportRow>> group : groups.entrySet()) {
            XWPFTableCell groupCell = spanningRow(table);
            text(
                    paragraph(next(groupCell), ParagraphAlignment.LEFT, 0, 0),
                    group.getKey().label() + " (" + group.getValue().size() + ")",
                    TABLE,
                    true,
                    false);
            for (ReportRow row : group.getValue()) {
                taskRow(WordKit.row(table, TASK_COLUMNS), ++number, row);
            }
        }
    }

    private void taskRow(XWPFTableRow tableRow, int number, ReportRow row) {
        tableRow.setCantSplitRow(true);
        centred(tableRow.getCell(0), String.valueOf(number), TABLE, false, false);
        left(tableRow.getCell(1), Wording.taskTitle(row), false);
        left(tableRow.getCell(2), row.office(), false);
        // A task several offices lead is one task; each office's share stands beside it.
        Wording.shareLines(row).forEach(line -> left(tableRow.getCell(2), line, true));
        left(tableRow.getCell(3), row.deadlineText(), false);
        String dueDate = Wording.dueDateNote(row);
        if (dueDate != null) {
            left(tableRow.getCell(3), dueDate, true);
        }
        left(tableRow.getCell(4), row.status().label(), false);
        List<String> progress = Wording.progressLines(row);
        if (progress.isEmpty()) {
            left(tableRow.getCell(5), null, false);
        }
        progress.forEach(line -> left(tableRow.getCell(5), line, false));
        if (row.evidence().isEmpty()) {
            left(tableRow.getCell(6), Wording.NO_EVIDENCE, true);
        }
        row.evidence().forEach(line -> left(tableRow.getCell(6), line, false));
    }

    private void indicatorTable(XWPFDocument doc, ConsolidatedReport report) {
        text(
                paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, 240, 120),
                "Kết quả thực hiện các chỉ tiêu",
                BODY,
                true,
                false);
        XWPFTable table = WordKit.table(doc, true, INDICATOR_COLUMNS);
        table.setCellMargins(30, 70, 30, 70);
        XWPFTableRow headings = table.getRow(0);
        headings.setRepeatHeader(true);
        for (int i = 0; i < INDICATOR_HEADINGS.size(); i++) {
            centred(headings.getCell(i), INDICATOR_HEADINGS.get(i), TABLE, true, false);
        }
        int number = 0;
        for (IndicatorRow indicator : report.indicators()) {
            XWPFTableRow row = WordKit.row(table, INDICATOR_COLUMNS);
            row.setCantSplitRow(true);
            centred(row.getCell(0), String.valueOf(++number), TABLE, false, false);
            left(row.getCell(1), Wording.indicatorName(indicator), false);
            left(row.getCell(2), indicator.unit(), false);
            left(row.getCell(3), indicator.office(), false);
            left(row.getCell(4), indicator.target() == null ? "-" : indicator.target(), false);
            left(row.getCell(5), indicator.actual() == null ? "-" : indicator.actual(), false);
            left(row.getCell(6), indicator.status(), false);
            if (indicator.evidence().isEmpty()) {
                left(row.getCell(7), Wording.NO_EVIDENCE, true);
            }
            indicator.evidence().forEach(line -> left(row.getCell(7), line, false));
        }
    }

    private void footer(XWPFDocument doc, ConsolidatedReport report) {
        paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0).setKeepNext(true);
        XWPFTable table = WordKit.table(doc, false, FOOTER_COLUMNS);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        text(paragraph(next(recipients), ParagraphAlignment.LEFT, 0, 0), "Nơi nhận:", 12, true, true);
        for (String line : Wording.recipientLines(report.recipients())) {
            text(paragraph(next(recipients), ParagraphAlignment.LEFT, 0, 0), line, 11, false, false);
        }
        XWPFTableCell signature = table.getRow(0).getCell(1);
        if (report.signerAuthority() != null) {
            centred(signature, Wording.upper(report.signerAuthority()), BODY, true, false);
        }
        centred(signature, Wording.upper(report.signerTitle()), BODY, true, false);
        // The space for the signature and seal stays even while the name is not known.
        String name = report.signerName() == null ? "" : report.signerName();
        centred(signature, name, BODY, true, false).setSpacingBefore(SIGNATURE_SPACE);
    }

    private static XWPFTableCell spanningRow(XWPFTable table) {
        return WordKit.spanningRow(
                table, TASK_COLUMNS.length, IntStream.of(TASK_COLUMNS).sum());
    }

    private static XWPFParagraph body(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc.createParagraph(), ParagraphAlignment.BOTH, 0, 120);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        text(p, text, BODY, false, false);
        return p;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc.createParagraph(), ParagraphAlignment.BOTH, 240, 120);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        p.setKeepNext(true);
        text(p, text, BODY, true, false);
    }

    private static XWPFParagraph centred(XWPFTableCell cell, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph p = paragraph(next(cell), ParagraphAlignment.CENTER, 0, 0);
        text(p, text, size, bold, italic);
        return p;
    }

    private static void left(XWPFTableCell cell, String text, boolean italic) {
        text(paragraph(next(cell), ParagraphAlignment.LEFT, 0, 0), text, TABLE, false, italic);
    }
}
