package vn.commune.workflow.reportdocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxReportTest {

    private final ReportDocuments documents = new ReportDocuments();

    @Test
    void pageIsA4PortraitWithTheDecreesMarginsAndFont() throws IOException {
        try (XWPFDocument doc = read(Fixtures.october())) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH());
            assertEquals(BigInteger.valueOf(1134), section.getPgMar().getTop());
            assertEquals(BigInteger.valueOf(1701), section.getPgMar().getLeft());
            assertEquals(BigInteger.valueOf(851), section.getPgMar().getRight());
            assertTrue(allRuns(doc).allMatch(run -> "Times New Roman".equals(run.getFontFamily())));
            assertTrue(
                    allRuns(doc).allMatch(run -> run.getFontSizeAsDouble() >= 11 && run.getFontSizeAsDouble() <= 14));
        }
    }

    @Test
    void nationalHeaderIsABorderlessTwoColumnTable() throws IOException {
        try (XWPFDocument doc = read(Fixtures.october())) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals(XWPFBorderType.NONE, header.getTopBorderType());
            assertEquals(XWPFBorderType.NONE, header.getInsideVBorderType());
            List<String> agency = lines(header.getRow(0).getCell(0));
            assertEquals(List.of("UBND TỈNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN\nXÃ TRƯỜNG GIANG", ""), agency);
            assertTrue(
                    firstRun(header.getRow(0).getCell(0).getParagraphs().get(1)).isBold());
            assertEquals(
                    List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""),
                    lines(header.getRow(0).getCell(1)));
            // The empty paragraphs under the agency and the motto carry the short lines.
            assertFalse(header.getRow(0)
                    .getCell(1)
                    .getParagraphs()
                    .get(2)
                    .getCTP()
                    .getPPr()
                    .getPBdr()
                    .isNil());
            assertEquals("Số: 125/BC-UBND", header.getRow(1).getCell(0).getText());
            XWPFParagraph dateLine = header.getRow(1).getCell(1).getParagraphs().get(0);
            assertEquals("Trường Giang, ngày 05 tháng 11 năm 2026", dateLine.getText());
            assertTrue(firstRun(dateLine).isItalic());
        }
    }

    @Test
    void bodyHasTitleFiguresAndRemarks() throws IOException {
        try (XWPFDocument doc = read(Fixtures.october())) {
            List<String> body =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            XWPFParagraph title = paragraph(doc, "BÁO CÁO");
            assertTrue(firstRun(title).isBold());
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            assertEquals(
                    body.indexOf("BÁO CÁO") + 1,
                    body.indexOf("Kết quả thực hiện Kế hoạch số 536/QĐ-UBND tháng 10/2026"));
            XWPFParagraph figures = paragraph(doc, Fixtures.FIGURES);
            assertEquals(ParagraphAlignment.BOTH, figures.getAlignment());
            assertTrue(figures.getFirstLineIndent() >= 567 && figures.getFirstLineIndent() <= 720);
            int results = body.indexOf("I. KẾT QUẢ THỰC HIỆN");
            int assessment = body.indexOf("II. ĐÁNH GIÁ, KIẾN NGHỊ");
            assertTrue(0 < results
                    && results < body.indexOf(Fixtures.FIGURES)
                    && body.indexOf(Fixtures.FIGURES) < assessment);
            assertEquals("Các phòng, đơn vị đã báo cáo đầy đủ, đúng thời gian quy định.", body.get(assessment + 1));
            assertTrue(body.get(assessment + 2).startsWith("Đề nghị Phòng Kinh tế"));
        }
    }

    @Test
    void taskTableGroupsRowsByStatusAndNumbersThemThroughout() throws IOException {
        try (XWPFDocument doc = read(Fixtures.october())) {
            XWPFTable table = doc.getTables().get(1);
            XWPFTableRow header = table.getRow(0);
            assertEquals(
                    List.of(
                            "TT",
                            "Nhiệm vụ",
                            "Cơ quan chủ trì",
                            "Thời hạn",
                            "Tình trạng",
                            "Kết quả, tiến độ",
                            "Minh chứng"),
                    header.getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertTrue(header.isRepeatHeader());
            assertTrue(firstRun(header.getCell(0).getParagraphs().get(0)).isBold());
            assertEquals(XWPFBorderType.SINGLE, table.getInsideHBorderType());
            assertEquals(XWPFBorderType.SINGLE, table.getInsideVBorderType());
            assertEquals(XWPFBorderType.SINGLE, table.getBottomBorderType());

            List<String> groups = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (XWPFTableRow row : table.getRows().subList(1, table.getNumberOfRows())) {
                if (row.getTableCells().size() == 1) {
                    groups.add(row.getCell(0).getText());
                    assertTrue(firstRun(row.getCell(0).getParagraphs().get(0)).isBold());
                } else {
                    numbers.add(row.getCell(0).getText());
                    titles.add(row.getCell(1).getText());
                }
            }
            assertEquals(1 + 7 + 11, table.getNumberOfRows());
            assertEquals(
                    List.of(
                            "Chưa đến hạn (1)",
                            "Đang thực hiện trong hạn (1)",
                            "Đang thực hiện quá hạn (1)",
                            "Hoàn thành đúng hạn (4)",
                            "Hoàn thành quá hạn (1)",
                            "Thường xuyên (2)",
                            "Cần định hạn (1)"),
                    groups);
            assertEquals(Fixtures.TITLES_IN_REPORT_ORDER, titles);
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), numbers);
        }
    }

    @Test
    void taskCellsShowDueDateStatusAndEvidence() throws IOException {
        try (XWPFDocument doc = read(Fixtures.october())) {
            XWPFTableRow notDue = taskRow(doc, "11. ");
            assertEquals("31/12/2026", notDue.getCell(3).getText().strip());
            assertEquals("Chưa đến hạn", notDue.getCell(4).getText().strip());
            assertEquals("Chưa có", notDue.getCell(6).getText().strip());
            XWPFTableRow moved = taskRow(doc, "6. ");
            assertEquals(List.of("Hoàn thành trước ngày 31/5/2026", "(hạn xử lý 01/06/2026)"), lines(moved.getCell(3)));
            XWPFTableRow training = taskRow(doc, "5. ");
            assertEquals(
                    List.of("Báo cáo số 12/BC-VHXH ngày 28/6/2026", "Danh sách học viên (bảng tính)"),
                    lines(training.getCell(6)));
            assertEquals(
                    "Đã tổ chức 02 lớp, 85 lượt người tham dự",
                    training.getCell(5).getText().strip());
        }
    }

    @Test
    void footerListsRecipientsAndTheSigner() throws IOException {
        try (XWPFDocument doc = read(Fixtures.october())) {
            XWPFTable footer = doc.getTables().get(2);
            assertEquals(XWPFBorderType.NONE, footer.getTopBorderType());
            XWPFTableCell recipients = footer.getRow(0).getCell(0);
            assertEquals(
                    List.of(
                            "Nơi nhận:",
                            "- Sở Khoa học và Công nghệ (b/c);",
                            "- TT Đảng ủy, TT HĐND xã (b/c);",
                            "- CT, các PCT UBND xã;",
                            "- Lưu: VT, VHXH."),
                    lines(recipients));
            XWPFRun label = firstRun(recipients.getParagraphs().get(0));
            assertTrue(label.isBold() && label.isItalic());
            assertEquals(12.0, label.getFontSizeAsDouble());
            assertEquals(
                    List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn A"),
                    lines(footer.getRow(0).getCell(1)));
            assertTrue(footer.getRow(0).getCell(1).getParagraphs().get(2).getSpacingBefore() >= 1200);
        }
    }

    @Test
    void emptyReportStillReadsAsAReport() throws IOException {
        try (XWPFDocument doc = read(Fixtures.report(List.of(), null, null, null))) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals("Số:      /BC-UBND", header.getRow(1).getCell(0).getText());
            List<String> body =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(body.contains(
                    "Trong tháng 10/2026, tổng số nhiệm vụ của kế hoạch: 0, trong đó có thời hạn: 0; không có nhiệm vụ có thời hạn; "
                            + "trong đó hoàn thành đúng hạn: 0, hoàn thành quá hạn: 0; đang thực hiện trong hạn: 0; "
                            + "đang thực hiện quá hạn: 0; chưa đến hạn: 0. Nhiệm vụ thường xuyên: 0. "
                            + "Nhiệm vụ cần định hạn: 0."));
            assertEquals("Không có.", body.get(body.indexOf("II. ĐÁNH GIÁ, KIẾN NGHỊ") + 1));
            XWPFTable tasks = doc.getTables().get(1);
            assertEquals(2, tasks.getNumberOfRows());
            assertEquals("Không có nhiệm vụ.", tasks.getRow(1).getCell(0).getText());
            // No name yet, but the title and the space for the signature remain.
            assertEquals(
                    List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", ""),
                    lines(doc.getTables().get(2).getRow(0).getCell(1)));
        }
    }

    @Test
    void decomposedInputComesOutComposed() throws IOException {
        ConsolidatedReport nfd = new ConsolidatedReport(
                Normalizer.normalize("Ủy ban nhân dân xã Trường Giang", Normalizer.Form.NFD),
                null,
                "125/BC-UBND",
                Normalizer.normalize("Trường Giang", Normalizer.Form.NFD),
                Fixtures.october().date(),
                "Kết quả thực hiện",
                "tháng 10/2026",
                null,
                Fixtures.rows(),
                List.of(),
                List.of(),
                null,
                "CHỦ TỊCH",
                null);
        try (XWPFDocument doc = read(nfd)) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals(
                    List.of("ỦY BAN NHÂN DÂN\nXÃ TRƯỜNG GIANG", ""),
                    lines(header.getRow(0).getCell(0)));
            assertEquals(
                    "Trường Giang, ngày 05 tháng 11 năm 2026",
                    header.getRow(1).getCell(1).getText());
            assertTrue(allRuns(doc).map(XWPFRun::text).allMatch(t -> Normalizer.isNormalized(t, Normalizer.Form.NFC)));
        }
    }

    private XWPFDocument read(ConsolidatedReport report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(documents.docx(report)));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private static XWPFTableRow taskRow(XWPFDocument doc, String titlePrefix) {
        return doc.getTables().get(1).getRows().stream()
                .filter(row -> row.getTableCells().size() > 1
                        && row.getCell(1).getText().startsWith(titlePrefix))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFRun firstRun(XWPFParagraph p) {
        return p.getRuns().get(0);
    }

    private static Stream<XWPFRun> allRuns(XWPFDocument doc) {
        Stream<XWPFParagraph> inTables = doc.getTables().stream()
                .flatMap(t -> t.getRows().stream())
                .flatMap(r -> r.getTableCells().stream())
                .flatMap(c -> c.getParagraphs().stream());
        return Stream.concat(doc.getParagraphs().stream(), inTables).flatMap(p -> p.getRuns().stream());
    }
}
