package vn.commune.workflow.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.commune.workflow.upload.Samples.utf8;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The inspector alone, no Spring: each refusal, and the real files that must still pass. */
class UploadInspectorTest {

    private static final Logger LOG = LoggerFactory.getLogger(UploadInspectorTest.class);
    private static final long MAX = 20L * 1024 * 1024;

    private final UploadInspector evidence =
            new UploadInspector("minh chứng", EnumSet.complementOf(EnumSet.of(FileKind.CSV, FileKind.TXT)), MAX);

    // --- Office archives ---

    @Test
    void theBombOfTheIssueIsRefusedFromItsDirectoryWithoutInflatingIt() {
        byte[] bomb = Samples.bombDocx();
        assertThat(bomb.length).as("the upload itself is small").isLessThan(1024 * 1024);
        long start = System.nanoTime();
        String message = refused("bao-cao.docx", bomb);
        // About a millisecond here: only the directory is read (inflating the entry takes a second or more).
        LOG.info("500 MB bomb refused in {} µs", (System.nanoTime() - start) / 1000);
        assertThat(message)
                .contains("\"bao-cao.docx\"")
                .contains("word/document.xml")
                .contains("500,0 MB")
                .contains("bom nén");
    }

    @Test
    void aRealWordDocumentFullOfPhotosPasses() throws Exception {
        Random random = new Random(10);
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Biên bản kiểm tra, kèm ảnh chụp hiện trường");
            for (int i = 0; i < 4; i++) {
                byte[] photo = new byte[4_700_000];
                random.nextBytes(photo);
                photo[0] = (byte) 0xFF;
                photo[1] = (byte) 0xD8;
                photo[2] = (byte) 0xFF;
                document.addPictureData(photo, Document.PICTURE_TYPE_JPEG);
            }
            byte[] docx = bytes(document::write);
            assertThat(docx.length).isGreaterThan(18_000_000).isLessThan((int) MAX);
            InspectedUpload file = evidence.inspect("Biên bản kiểm tra.docx", docx);
            assertThat(file.kind()).isEqualTo(FileKind.DOCX);
            assertThat(file.contentType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        assertThat(evidence.inspect("ngan.docx", Samples.docx()).fileName()).isEqualTo("ngan.docx");
    }

    @Test
    void realSpreadsheetsPresentationsAndOpenDocumentsPass() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Chỉ tiêu");
            for (int r = 0; r < 500; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Tỷ lệ hồ sơ trực tuyến toàn trình " + r);
            }
            assertThat(evidence.inspect("chi-tieu.xlsx", bytes(workbook::write)).kind())
                    .isEqualTo(FileKind.XLSX);
        }
        try (XMLSlideShow slides = new XMLSlideShow()) {
            slides.createSlide();
            assertThat(evidence.inspect("bao-cao.pptx", bytes(slides::write)).kind())
                    .isEqualTo(FileKind.PPTX);
        }
        assertThat(evidence.inspect("bao-cao.odt", openDocument("application/vnd.oasis.opendocument.text"))
                        .contentType())
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(refused("bao-cao.odt", openDocument("application/vnd.oasis.opendocument.spreadsheet")))
                .contains("không đúng định dạng .odt")
                .contains("bảng tính OpenDocument");
    }

    @Test
    void aWordDocumentNamedXlsxIsRefusedAsWhatItIs() {
        assertThat(refused("bang.xlsx", Samples.docx()))
                .contains("không đúng định dạng .xlsx")
                .contains("văn bản Word");
        assertThat(refused("bang.docx", utf8("%PDF-1.7 not a zip"))).contains("là tệp PDF");
    }

    @Test
    void tooManyPartsAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", utf8(Samples.DOCUMENT));
        for (int i = 0; i < ZipArchive.MAX_ENTRIES; i++) {
            entries.put("word/media/p" + i + ".png", new byte[] {1});
        }
        assertThat(refused("nhieu.docx", Samples.zip(entries)))
                .contains("5001 thành phần")
                .contains("bom nén");
    }

    @Test
    void manySmallPartsThatTogetherInflateFarBeyondTheirSizeAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", utf8(Samples.DOCUMENT));
        byte[] zeros = new byte[(int) ZipArchive.RATIO_GRACE - 1];
        for (int i = 0; i < 60; i++) {
            entries.put("word/media/image" + i + ".png", zeros);
        }
        assertThat(refused("bom-nho.docx", Samples.zip(entries))).contains("giải nén ra 60,0 MB", "bom nén");
    }

    @Test
    void tooMuchInTotalIsRefusedEvenAtAnOrdinaryRatio() {
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(3).nextBytes(noise);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", utf8(Samples.DOCUMENT));
        entries.put("word/media/image1.png", noise);
        byte[] zip = Samples.zip(entries);
        // Deflated entries carry their sizes in a data descriptor; the directory may declare 300 MB (ratio ~100).
        int record = Samples.directoryRecords(zip).get(1);
        Samples.putInt(zip, record + 24, 300L * 1024 * 1024);
        assertThat(refused("lon.docx", zip)).contains("giải nén ra tới 300,0 MB", "bom nén");
    }

    @Test
    void aDirectoryThatLiesAboutSizesIsRefused() {
        byte[] zip = Samples.storedZip(Map.of("word/document.xml", utf8(Samples.DOCUMENT)));
        int record = Samples.directoryRecords(zip).get(0);
        Samples.putInt(zip, record + 20, 10);
        Samples.putInt(zip, record + 24, 10);
        assertThat(refused("sai.docx", zip)).contains("không khớp với mục lục", "hỏng");
    }

    @Test
    void entriesSharingTheirBytesAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8(Samples.CONTENT_TYPES));
        entries.put("word/document.xml", utf8(Samples.DOCUMENT));
        byte[] zip = Samples.storedZip(entries);
        // The first entry's data now runs over the second entry's header, in the local header and the directory.
        int size = Samples.CONTENT_TYPES.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 40;
        Samples.putInt(zip, 18, size);
        Samples.putInt(zip, 22, size);
        int record = Samples.directoryRecords(zip).get(0);
        Samples.putInt(zip, record + 20, size);
        Samples.putInt(zip, record + 24, size);
        assertThat(refused("chong.docx", zip)).contains("dùng chung dữ liệu", "bom nén");
    }

    @Test
    void encryptedEntriesAreRefused() {
        byte[] zip = Samples.storedZip(Map.of("word/document.xml", utf8(Samples.DOCUMENT)));
        zip[6] |= 1;
        zip[Samples.directoryRecords(zip).get(0) + 8] |= 1;
        assertThat(refused("mat-khau.docx", zip)).contains("mã hóa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "C:/Windows/win.ini", "word\\..\\..\\evil.xml"})
    void entriesWithPathsOutOfTheArchiveAreRefused(String entry) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", utf8(Samples.DOCUMENT));
        entries.put(entry, utf8("x"));
        assertThat(refused("duong-dan.docx", Samples.zip(entries))).contains("đường dẫn không hợp lệ");
    }

    @Test
    void aCutOrExtendedArchiveIsRefused() {
        byte[] docx = Samples.docx();
        assertThat(refused("cut.docx", Arrays.copyOf(docx, docx.length / 2))).contains("cắt cụt");
        byte[] appended = Arrays.copyOf(docx, docx.length + 20);
        assertThat(refused("them.docx", appended)).contains("cắt cụt hoặc hỏng");
    }

    @Test
    void aDoctypeInAnyXmlPartIsRefused() {
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE Types [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n";
        assertThat(refused(
                        "xxe.docx",
                        Samples.docx(Map.of(
                                "[Content_Types].xml",
                                doctype + Samples.CONTENT_TYPES.substring(Samples.CONTENT_TYPES.indexOf("<Types"))))))
                .contains("[Content_Types].xml", "DOCTYPE");
        assertThat(refused(
                        "xxe.docx",
                        Samples.docx(Map.of("word/document.xml", "<!DOCTYPE w:document>" + Samples.DOCUMENT))))
                .contains("word/document.xml", "DOCTYPE");
        assertThat(refused(
                        "xxe.docx",
                        Samples.docx(Map.of("word/_rels/document.xml.rels", "<!-- a --><!ENTITY x \"y\"><r/>"))))
                .contains("DOCTYPE");
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x><x/>";
        byte[] zip =
                Samples.zip(Map.of("word/document.xml", utf16.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
        assertThat(refused("xxe16.docx", zip)).contains("DOCTYPE");
    }

    @Test
    void aDoctypePushedBeyondTheInspectedStartIsRefusedToo() {
        String padded = "<?xml version=\"1.0\"?><!--" + " ".repeat(ZipArchive.XML_PROLOG_WINDOW) + "-->"
                + "<!DOCTYPE w:document>" + Samples.DOCUMENT;
        assertThat(refused("xxe.docx", Samples.docx(Map.of("word/document.xml", padded))))
                .contains("phần đầu dài bất thường");
    }

    @Test
    void macroEnabledOfficeFilesAreRefused() {
        assertThat(refused("bao-cao.docx", Samples.docx(Map.of("word/vbaProject.bin", "VBA project, really binary"))))
                .contains("macro", "không có macro", "PDF");
        assertThat(refused("bao-cao.docm", Samples.docx())).contains("macro");
        assertThat(refused("bang.XLSM", Samples.docx())).contains("macro");
        assertThat(refused(
                        "bao-cao.docx",
                        Samples.docx(
                                Map.of("word/embeddings/Microsoft_Excel_Macro-Enabled_Worksheet.xlsm", "PK embedded"))))
                .contains("macro");
    }

    // --- Word, Excel, PowerPoint 97-2003 ---

    @Test
    void legacyOfficeFilesWithMacroStoragesAreRefused() {
        byte[] doc = Samples.ole2(Map.of(
                "WordDocument", new byte[600],
                "1Table", new byte[100],
                "Macros/VBA/dir", new byte[50],
                "Macros/PROJECT", utf8("ID=\"{00000000-0000-0000-0000-000000000000}\"")));
        assertThat(refused("cong-van.doc", doc)).contains("\"cong-van.doc\"", "macro", "PDF");
        byte[] xls = Samples.ole2(Map.of("Workbook", new byte[600], "_VBA_PROJECT_CUR/VBA/dir", new byte[50]));
        assertThat(refused("bang.xls", xls)).contains("macro");
    }

    @Test
    void legacyOfficeFilesWithoutMacrosPassAsTheKindTheyAre() {
        byte[] doc = Samples.ole2(Map.of("WordDocument", new byte[600], "1Table", new byte[100]));
        assertThat(evidence.inspect("cong-van.doc", doc).contentType()).isEqualTo("application/msword");
        byte[] xls = Samples.ole2(Map.of("Workbook", workbookStream(0)));
        assertThat(evidence.inspect("bang.xls", xls).contentType()).isEqualTo("application/vnd.ms-excel");
        assertThat(refused("bang.doc", xls)).contains("không đúng định dạng .doc", "bảng tính Excel đời cũ");
        byte[] ppt = Samples.ole2(Map.of("PowerPoint Document", new byte[600]));
        assertThat(evidence.inspect("trinh-chieu.ppt", ppt).kind()).isEqualTo(FileKind.PPT);
    }

    @Test
    void excel4MacroSheetsAndPowerPointVbaAreRefused() {
        assertThat(refused("bang.xls", Samples.ole2(Map.of("Workbook", workbookStream(1)))))
                .contains("macro");
        byte[] vbaInfo = {
            0x1F,
            0x00,
            (byte) 0xFF,
            0x03,
            0x14,
            0x00,
            0x00,
            0x00,
            0x02,
            0x00,
            0x00,
            0x04,
            0x0C,
            0x00,
            0x00,
            0x00,
            0x05,
            0x00,
            0x00,
            0x00,
            0x01,
            0x00,
            0x00,
            0x00,
            0x02,
            0x00,
            0x00,
            0x00
        };
        byte[] document = new byte[600];
        System.arraycopy(vbaInfo, 0, document, 200, vbaInfo.length);
        assertThat(refused("trinh-chieu.ppt", Samples.ole2(Map.of("PowerPoint Document", document))))
                .contains("macro");
    }

    @Test
    void aBrokenLegacyOfficeFileIsRefused() {
        byte[] broken = Arrays.copyOf(Samples.ole2(Map.of("WordDocument", new byte[600])), 1500);
        Arrays.fill(broken, 512, 1500, (byte) 0xEE);
        assertThat(refused("hong.doc", broken)).contains("hỏng");
    }

    // --- PDF ---

    @Test
    void ordinaryAndSignedPdfsPass() {
        assertThat(evidence.inspect("Quyết định.pdf", Samples.signedPdf()).kind())
                .isEqualTo(FileKind.PDF);
        assertThat(evidence.inspect("ngan.pdf", Samples.pdfWithCatalog("/PageMode /UseOutlines"))
                        .contentType())
                .isEqualTo("application/pdf");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(document.domain)</script>",
                "<HTML><BODY onload=alert(1)>",
                "<svg/onload=alert(1)>",
                "<iframe src=//evil>",
                "<a href=JavaScript:alert(1)>"
            })
    void aPdfCarryingHtmlIsRefused(String html) {
        byte[] pdf = Samples.pdfWithCatalog("");
        byte[] polyglot =
                concat(Arrays.copyOf(pdf, 9), utf8("%" + html + "\n"), Arrays.copyOfRange(pdf, 9, pdf.length));
        assertThat(refused("hoa-don.pdf", polyglot)).contains("HTML/script");
        byte[] inStream = Samples.pdf(Samples.stream("", utf8(html)));
        assertThat(refused("hoa-don.pdf", inStream)).contains("HTML/script");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>",
                "/OpenAction << /S /Java#53cript /J#53 (app.alert\\(1\\)) >>",
                "/OpenAction << /S /Launch /F (cmd.exe) >>",
                "/Names << /EmbeddedFiles 5 0 R >>",
                "/AcroForm << /XFA 6 0 R >>",
                "/OpenAction << /S /URI /URI <6A617661736372697074 3A616C657274283129> >>",
                "/OpenAction << /S /URI /URI (\\152ava\\163cript:alert\\(1\\)) >>"
            })
    void aPdfThatActsRatherThanReadsIsRefused(String catalog) {
        assertThat(refused("to-trinh.pdf", Samples.pdfWithCatalog(catalog))).containsAnyOf("tự chạy", "HTML/script");
    }

    @Test
    void scriptsInsideCompressedObjectStreamsAreFound() {
        byte[] objects = Samples.deflate(utf8("12 0 << /S /JavaScript /JS (app.alert\\(1\\)) >>"));
        byte[] pdf = Samples.pdf(
                utf8("<< /Type /Catalog /Pages 2 0 R /OpenAction 12 0 R >>"),
                utf8("<< /Type /Pages /Kids [] /Count 0 >>"),
                Samples.stream("/Type /ObjStm /N 1 /First 5 /Filter /FlateDecode", objects));
        assertThat(refused("nen.pdf", pdf)).contains("/JavaScript");
    }

    @Test
    void anObjectHiddenInsideAnotherStreamsDataIsFound() {
        byte[] pdf = Samples.pdf(
                utf8("<< /Type /Catalog /Pages 2 0 R /OpenAction 9 0 R >>"),
                utf8("<< /Type /Pages /Kids [] /Count 0 >>"),
                Samples.stream("", utf8("q Q\n9 0 obj << /S /JS (app.alert\\(1\\)) >> endobj\n")));
        assertThat(refused("an.pdf", pdf)).contains("/JS");
    }

    @Test
    void anObjectStreamInflatingBeyondReasonIsRefused() {
        byte[] zeros = Samples.deflate(new byte[9 * 1024 * 1024]);
        byte[] pdf = Samples.pdf(
                utf8("<< /Type /Catalog /Pages 2 0 R >>"),
                utf8("<< /Type /Pages /Kids [] /Count 0 >>"),
                Samples.stream("/Type /ObjStm /N 1 /First 5 /Filter /FlateDecode", zeros));
        assertThat(refused("bom.pdf", pdf)).contains("bom nén");
    }

    @Test
    void aPdfMustStartAsOne() {
        assertThat(refused("scan.pdf", utf8("<html>%PDF-1.7</html>"))).contains("không đúng định dạng .pdf");
    }

    // --- Images ---

    @Test
    void imagesPassUnlessTheyCarryHtml() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        for (String format : List.of("png", "jpg", "tiff")) {
            byte[] bytes = bytes(out -> ImageIO.write(image, format, out));
            assertThat(evidence.inspect("anh." + format, bytes).contentType())
                    .as(format)
                    .startsWith("image/");
            byte[] polyglot = concat(bytes, utf8("<script>fetch('/api/me')</script>"));
            assertThat(refused("anh." + format, polyglot)).as(format).contains("«<script»");
        }
        assertThat(refused("anh.png", utf8("GIF89a"))).contains("không đúng định dạng .png");
    }

    // --- Sizes and kinds ---

    @Test
    void emptyTooLargeAndUnacceptedFilesAreRefused() {
        assertThat(refused("trong.pdf", new byte[0])).isEqualTo("Tệp \"trong.pdf\" rỗng.");
        assertThat(refused("lon.pdf", new byte[(int) MAX + 1])).contains("quá lớn", "giới hạn là 20,0 MB");
        assertThat(refused("chay.exe", utf8("MZ")))
                .isEqualTo("Không nhận tệp \"chay.exe\": chỉ nhận minh chứng dạng"
                        + " PDF, PNG, JPG, TIFF, DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP.");
        assertThat(refused("ghi-chu.txt", utf8("x"))).contains("chỉ nhận minh chứng");
        UploadInspector plans = new UploadInspector("kế hoạch", EnumSet.of(FileKind.CSV, FileKind.TXT), MAX);
        assertThat(plans.inspect("ke-hoach.csv", utf8("TT;Tên")).kind()).isEqualTo(FileKind.CSV);
    }

    private String refused(String name, byte[] content) {
        return assertThrows(UploadRefusedException.class, () -> evidence.inspect(name, content))
                .getMessage();
    }

    /** An OpenDocument file as LibreOffice writes it: "mimetype" first and stored, then the content. */
    private static byte[] openDocument(String mimeType) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", utf8(mimeType));
        entries.put(
                "content.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
        entries.put("META-INF/manifest.xml", utf8("<?xml version=\"1.0\"?><manifest:manifest/>"));
        return Samples.storedZip(entries);
    }

    /** An Excel 97 workbook stream's globals: BOF, one BoundSheet8 of the given sheet type, EOF. */
    private static byte[] workbookStream(int sheetType) {
        byte[] name = utf8("Macro1");
        int boundSheet = 4 + 16;
        int eof = boundSheet + 4 + 8 + name.length;
        byte[] b = new byte[eof + 4];
        Samples.putShort(b, 0, 0x0809);
        Samples.putShort(b, 2, 16);
        Samples.putShort(b, boundSheet, 0x0085);
        Samples.putShort(b, boundSheet + 2, 8 + name.length);
        b[boundSheet + 4 + 5] = (byte) sheetType;
        b[boundSheet + 4 + 6] = (byte) name.length;
        System.arraycopy(name, 0, b, boundSheet + 4 + 8, name.length);
        Samples.putShort(b, eof, 0x000A);
        return b;
    }

    private interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
