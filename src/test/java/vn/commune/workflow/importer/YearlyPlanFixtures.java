package vn.commune.workflow.importer;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A commune's yearly plan written the third way: section I assesses 2025 (with figures that are not tasks),
 * section II plans 2026 as bullets with the deadline inside the sentence, two of them measured targets, one
 * split by a page break, then a budget; "Tổ chức thực hiện" gives offices their fields. The same document is
 * built as Word, as a PDF with a text layer, and as a scanned PDF; and two reports, one with a plan section.
 */
public final class YearlyPlanFixtures {

    public enum Kind {
        /** A line of the heading block or title. */
        TOP,
        /** A gap after the title block. */
        GAP,
        /** A paragraph of running text, a typed heading ("II. …") included. */
        TEXT,
        /** A bullet, "- " (Word: an automatic bullet). */
        BULLET,
        /** A sub-bullet typed "+ ". */
        SUB,
        /** The page ends here; the paragraph after it goes on with the sentence before it. */
        PAGE_BREAK
    }

    public record Block(Kind kind, String text) {}

    static final String TITLE =
            "Kế hoạch thực hiện nhiệm vụ chuyển đổi số và dự toán ngân sách năm 2026 của xã Ngọk Bay";

    public static final List<Block> YEARLY = List.of(
            new Block(Kind.TOP, "ỦY BAN NHÂN DÂN"),
            new Block(Kind.TOP, "XÃ NGỌK BAY"),
            new Block(Kind.TOP, "Số: 45/KH-UBND"),
            new Block(Kind.TOP, "Ngọk Bay, ngày 15 tháng 12 năm 2025"),
            new Block(Kind.TOP, "KẾ HOẠCH"),
            new Block(Kind.TOP, "Thực hiện nhiệm vụ chuyển đổi số và dự toán ngân sách"),
            new Block(Kind.TOP, "năm 2026 của xã Ngọk Bay"),
            new Block(Kind.GAP, ""),
            new Block(
                    Kind.TEXT,
                    "Thực hiện Kế hoạch số 01-KH/BCĐ ngày 17/10/2025 của Ban Chỉ đạo tỉnh, Ủy ban nhân dân xã"
                            + " Ngọk Bay đánh giá kết quả năm 2025 và xây dựng kế hoạch năm 2026 như sau:"),
            new Block(Kind.TEXT, "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025"),
            new Block(
                    Kind.BULLET, "Tiếp nhận 1.245 hồ sơ thủ tục hành chính, trong đó 812 hồ sơ trực tuyến, đạt 65,2%."),
            new Block(Kind.BULLET, "100% thủ tục hành chính được công khai trên Cổng dịch vụ công."),
            new Block(Kind.BULLET, "Tổ chức 12 lớp tập huấn kỹ năng số cho 340 lượt người, hoàn thành trong năm 2025."),
            new Block(Kind.TEXT, "II. KẾ HOẠCH VÀ DỰ TOÁN NGÂN SÁCH NĂM 2026"),
            new Block(Kind.TEXT, "1. Kế hoạch năm 2026"),
            new Block(
                    Kind.BULLET,
                    "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính, hoàn thành trước ngày"
                            + " 30/6/2026."),
            new Block(
                    Kind.BULLET,
                    "Triển khai dịch vụ công trực tuyến toàn trình cho các thủ tục đủ điều kiện trong năm 2026."),
            new Block(Kind.BULLET, "Tối thiểu 60% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến."),
            new Block(
                    Kind.BULLET,
                    "100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình."),
            new Block(
                    Kind.BULLET,
                    "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức và thành viên Tổ công nghệ số cộng đồng các"
                            + " thôn,"),
            new Block(Kind.PAGE_BREAK, ""),
            new Block(
                    Kind.TEXT,
                    "bảo đảm mỗi thôn có ít nhất 02 thành viên được tập huấn, hoàn thành trong quý III/2026."),
            new Block(Kind.BULLET, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực."),
            new Block(
                    Kind.BULLET,
                    "Tuyên truyền, hướng dẫn người dân sử dụng ứng dụng VNeID và tài khoản định danh điện tử mức 2;"
                            + " thực hiện thường xuyên."),
            new Block(Kind.BULLET, "Về hạ tầng số:"),
            new Block(Kind.SUB, "Nâng cấp mạng nội bộ và đường truyền Internet tại trụ sở xã trước ngày 31/3/2026."),
            new Block(Kind.SUB, "Trang bị máy quét tài liệu cho Bộ phận một cửa trong quý I/2026."),
            new Block(Kind.TEXT, "2. Dự toán ngân sách"),
            new Block(Kind.BULLET, "Kinh phí thực hiện: 350.000.000 đồng (Ba trăm năm mươi triệu đồng)."),
            new Block(
                    Kind.BULLET, "Nguồn kinh phí: ngân sách xã năm 2026, hoàn thành giải ngân trước ngày 15/12/2026."),
            new Block(Kind.TEXT, "III. TỔ CHỨC THỰC HIỆN"),
            new Block(
                    Kind.TEXT,
                    "1. Trung tâm Phục vụ hành chính công xã: chủ trì các nhiệm vụ về thủ tục hành chính, dịch vụ"
                            + " công trực tuyến, số hóa hồ sơ."),
            new Block(
                    Kind.TEXT,
                    "2. Phòng Văn hóa - Xã hội: chủ trì các nhiệm vụ về chuyển đổi số, kỹ năng số, tuyên truyền."),
            new Block(Kind.TEXT, "3. Công an xã: chủ trì các nhiệm vụ về định danh điện tử, ứng dụng VNeID."),
            new Block(
                    Kind.TEXT,
                    "4. Giao Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch"
                            + " này."));

    /** A report on 2025: results, shortcomings, proposals, and a table of what was done; no plan section. */
    public static final List<Block> REPORT = List.of(
            new Block(Kind.TOP, "ỦY BAN NHÂN DÂN"),
            new Block(Kind.TOP, "XÃ NGỌK BAY"),
            new Block(Kind.TOP, "Số: 50/BC-UBND"),
            new Block(Kind.TOP, "Ngọk Bay, ngày 20 tháng 12 năm 2025"),
            new Block(Kind.TOP, "BÁO CÁO"),
            new Block(Kind.TOP, "Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2025"),
            new Block(Kind.GAP, ""),
            new Block(Kind.TEXT, "I. KẾT QUẢ ĐẠT ĐƯỢC"),
            new Block(Kind.BULLET, "Hoàn thành rà soát quy trình nội bộ giải quyết thủ tục hành chính."),
            new Block(Kind.BULLET, "100% cán bộ, công chức được tập huấn kỹ năng số."),
            new Block(Kind.TEXT, "II. TỒN TẠI, HẠN CHẾ"),
            new Block(Kind.BULLET, "Tỷ lệ hồ sơ trực tuyến còn thấp."),
            new Block(Kind.TEXT, "III. KIẾN NGHỊ, ĐỀ XUẤT"),
            new Block(Kind.BULLET, "Đề nghị UBND tỉnh hỗ trợ kinh phí trang bị máy quét tài liệu."));

    /** The same report with a plan section for 2026 between its results and its proposals. */
    static final List<Block> REPORT_WITH_PLAN;

    static {
        List<Block> blocks = new ArrayList<>(REPORT.subList(0, REPORT.size() - 2));
        blocks.add(new Block(Kind.TEXT, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"));
        blocks.add(new Block(
                Kind.BULLET,
                "Nâng tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến, hoàn thành trong quý II/2026."));
        blocks.add(new Block(Kind.BULLET, "Tổ chức tuyên truyền về chuyển đổi số trên loa truyền thanh các thôn."));
        blocks.add(new Block(Kind.TEXT, "IV. KIẾN NGHỊ, ĐỀ XUẤT"));
        blocks.add(REPORT.get(REPORT.size() - 1));
        REPORT_WITH_PLAN = List.copyOf(blocks);
    }

    private YearlyPlanFixtures() {}

    /**
     * Word, bullets as Word's own bullet list; a report gets a table of last year's results with a lead
     * column, which must not be read as tasks.
     */
    public static byte[] docx(List<Block> blocks) {
        XWPFDocument document = new XWPFDocument();
        BigInteger bullets = DocxFixtures.numbering(document, STNumberFormat.BULLET, "-");
        for (Block block : blocks) {
            switch (block.kind()) {
                case BULLET -> DocxFixtures.numbered(document, bullets, block.text());
                case SUB -> DocxFixtures.paragraph(document, "+ " + block.text());
                case PAGE_BREAK -> document.createParagraph().createRun().addBreak(BreakType.PAGE);
                default -> DocxFixtures.paragraph(document, block.text());
            }
        }
        if (blocks == REPORT || blocks == REPORT_WITH_PLAN) {
            XWPFTable results = document.createTable(2, 4);
            String[][] rows = {
                {"TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"},
                {"1", "Rà soát quy trình nội bộ", "Trung tâm Phục vụ hành chính công xã", "Quý III/2025"}
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    XWPFTableCell cell = results.getRow(r).getCell(c);
                    cell.removeParagraph(0);
                    cell.addParagraph().createRun().setText(rows[r][c]);
                }
            }
        }
        return DocxFixtures.bytes(document);
    }

    /** The lines a PDF shows: each page a list of lines, an empty line for the space after a paragraph. */
    static List<List<String>> pages(List<Block> blocks, java.util.function.Function<String, List<String>> wrap) {
        List<List<String>> pages = new ArrayList<>(List.of(new ArrayList<>()));
        for (Block block : blocks) {
            List<String> page = pages.get(pages.size() - 1);
            switch (block.kind()) {
                case PAGE_BREAK -> pages.add(new ArrayList<>(List.of(String.valueOf(pages.size() + 1))));
                case GAP -> page.add("");
                case TOP -> page.add(block.text());
                default -> {
                    String marked = switch (block.kind()) {
                        case BULLET -> "- " + block.text();
                        case SUB -> "+ " + block.text();
                        default -> block.text();
                    };
                    page.addAll(wrap.apply(marked));
                    page.add("");
                }
            }
        }
        return pages;
    }

    /** A PDF with a text layer, as Word exports it: A4, 13 pt, the page number on top of page 2. */
    static byte[] textPdf(List<Block> blocks) {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = PDType0Font.load(pdf, Fonts.file().toFile());
            float size = 13;
            float leading = 18;
            float margin = 70;
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            for (List<String> lines : pages(blocks, text -> wrap(text, width, s -> textWidth(font, size, s)))) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    float y = PDRectangle.A4.getHeight() - margin;
                    for (String line : lines) {
                        if (line.isEmpty()) {
                            y -= leading * 0.6f;
                            continue;
                        }
                        content.beginText();
                        content.setFont(font, size);
                        content.newLineAtOffset(margin, y);
                        content.showText(line);
                        content.endText();
                        y -= leading;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same pages printed and scanned: each an image at 200 dpi in a PDF with no text layer. */
    public static byte[] scannedPdf(List<Block> blocks) {
        float dpi = 200;
        float scale = dpi / 72;
        int width = Math.round(PDRectangle.A4.getWidth() * scale);
        int height = Math.round(PDRectangle.A4.getHeight() * scale);
        Font font = Fonts.awt().deriveFont(13 * scale);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D measure = probe.createGraphics();
        measure.setFont(font);
        float margin = 70 * scale;
        List<List<String>> pages = pages(
                blocks,
                text -> wrap(
                        text, width - 2 * margin, s -> measure.getFontMetrics().stringWidth(s)));
        measure.dispose();
        try (PDDocument pdf = new PDDocument()) {
            for (List<String> lines : pages) {
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(font);
                float y = margin;
                for (String line : lines) {
                    if (line.isEmpty()) {
                        y += 18 * scale * 0.6f;
                        continue;
                    }
                    g.drawString(line, margin, y);
                    y += 18 * scale;
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(
                            LosslessFactory.createFromImage(pdf, image),
                            0,
                            0,
                            PDRectangle.A4.getWidth(),
                            PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Width {
        float of(String text);
    }

    private static float textWidth(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, float width, Width measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.of(longer) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** A font with Vietnamese letters: DejaVu (fonts-dejavu-core) or Noto (fonts-noto-core). */
    static final class Fonts {
        private static final List<String> CANDIDATES = List.of(
                "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
                "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");

        private Fonts() {}

        static Path file() {
            return CANDIDATES.stream()
                    .map(Path::of)
                    .filter(Files::isReadable)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No Vietnamese font: install fonts-dejavu-core or fonts-noto-core (see .ci/run)"));
        }

        static Font awt() {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, file().toFile());
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
