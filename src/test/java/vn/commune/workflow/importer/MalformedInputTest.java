package vn.commune.workflow.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.commune.workflow.system.Problem;
import vn.commune.workflow.upload.FileKind;
import vn.commune.workflow.upload.UploadInspector;

/** Every bad input is refused whole, with a Vietnamese reason and a place. */
class MalformedInputTest {
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    private final PlanReader reader = new PlanReader();

    @Test
    void emptyFile() {
        Problem problem = refused("ke-hoach.docx", new byte[0]);
        assertEquals("toàn tệp", problem.where());
        assertTrue(problem.message().contains("rỗng"));
        refused("ke-hoach.txt", new byte[0]);
    }

    @Test
    void pngNamedDocx() {
        Problem problem = refused("ke-hoach.docx", PNG);
        assertTrue(problem.message().contains("ảnh PNG"), problem.message());
    }

    @Test
    void pngNamedTxt() {
        assertTrue(refused("ke-hoach.txt", PNG).message().contains("ảnh PNG"));
    }

    @Test
    void unsupportedExtension() {
        assertTrue(refused("ke-hoach.odt", "PK".getBytes(StandardCharsets.US_ASCII))
                .message()
                .contains(".odt"));
    }

    @Test
    void legacyOfficeFilesOfTheWrongKind() {
        Problem excelAsWord = refused("ke-hoach.doc", IndicatorFixtures.xls());
        assertTrue(excelAsWord.message().contains("là bảng tính Excel đời cũ (.xls)"), excelAsWord.message());
        Problem wordAsExcel = refused("bang.xls", Seeds.plan("ke-hoach-nam-2026.doc"));
        assertTrue(wordAsExcel.message().contains("là văn bản Word đời cũ (.doc)"), wordAsExcel.message());
        Problem broken = refused("ke-hoach.doc", Arrays.copyOf(IndicatorFixtures.xls(), 600));
        assertTrue(broken.message().contains("bị hỏng"), broken.message());
        assertTrue(refused("ke-hoach.doc", DocxFixtures.truongGiangTable())
                .message()
                .contains("ZIP"));
    }

    @Test
    void truncatedDocx() {
        byte[] whole = DocxFixtures.truongGiangTable();
        Problem problem = refused("ke-hoach.docx", Arrays.copyOf(whole, whole.length / 2));
        assertTrue(problem.message().contains("cắt cụt"), problem.message());
    }

    @Test
    void corruptDocxWithItsDirectoryIntact() {
        byte[] broken = DocxFixtures.truongGiangTable();
        for (int i = 40; i < broken.length / 2; i++) {
            broken[i] = (byte) i;
        }
        assertTrue(refused("ke-hoach.docx", broken).message().contains("hỏng"));
    }

    @Test
    void wordFileNamedXlsx() {
        Problem problem = refused("bang.xlsx", DocxFixtures.truongGiangTable());
        assertTrue(problem.message().contains("văn bản Word"), problem.message());
    }

    @Test
    void docxNamedTxt() {
        assertTrue(refused("ke-hoach.txt", DocxFixtures.truongGiangTable())
                .message()
                .contains("ZIP"));
    }

    @Test
    void tableWithoutTaskColumn() {
        Problem docx = refused("ke-hoach.docx", DocxFixtures.tableWithoutTaskColumn());
        assertEquals("bảng 1, hàng 1", docx.where());
        assertTrue(docx.message().contains("tên nhiệm vụ"));
        Problem csv = refused(
                "a.csv", "TT;Cơ quan chủ trì;Thời hạn\n1;Công an xã;Quý IV/2025\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("hàng 1", csv.where());
    }

    @Test
    void textWithoutTaskList() {
        byte[] text = "ỦY BAN NHÂN DÂN XÃ A\nKẾ HOẠCH\nTuyên truyền chuyển đổi số.\n".getBytes(StandardCharsets.UTF_8);
        Problem problem = refused("a.txt", text);
        assertEquals("toàn văn bản", problem.where());
        assertTrue(problem.message().contains("Không tìm thấy danh sách nhiệm vụ"));
    }

    @Test
    void textInAnotherEncoding() {
        byte[] latin = "Kế hoạch".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[latin.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(latin, 0, withBom, 2, latin.length);
        assertTrue(refused("a.txt", withBom).message().contains("UTF-16"));
        Problem windows1258 = refused("a.csv", "TT;Ten\n1;K\u00ea".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("dòng 2", windows1258.where());
    }

    @Test
    void unclosedQuoteInCsv() {
        Problem problem = refused(
                "a.csv", "TT,Tên nhiệm vụ,Cơ quan chủ trì\n1,\"Rà soát,Công an xã\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(problem.message().contains("ngoặc kép"), problem.message());
    }

    @Test
    void tenMegabytesOfNoiseAsText() {
        Problem problem = refused("ke-hoach.txt", noise(false));
        assertTrue(problem.where().startsWith("dòng "), problem.where());
        assertTrue(problem.message().contains("UTF-8"));
    }

    @Test
    void tenMegabytesOfNoiseAsDocx() {
        assertTrue(refused("ke-hoach.docx", noise(false)).message().contains("không phải tệp Office"));
        assertTrue(refused("ke-hoach.docx", noise(true)).message().contains("cắt cụt"));
    }

    @Test
    void zipBombIsNotInflated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "</Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
        }
        Problem problem = refused("bom.docx", out.toByteArray());
        assertTrue(problem.message().contains("bom nén"), problem.message());
    }

    @Test
    void anArchiveThatLiesAboutItsSizesIsStoppedWhilePoiInflatesIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "</Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
        }
        byte[] lying = out.toByteArray();
        // The directory now declares 50 KB for the 50 MB part; its local header has no sizes (data descriptor).
        int record = lying.length - 22;
        while (!(lying[record] == 'P'
                && lying[record + 1] == 'K'
                && lying[record + 2] == 1
                && lying[record + 3] == 2)) {
            record--;
        }
        for (int k = 0; k < 4; k++) {
            lying[record + 24 + k] = (byte) (50_000 >>> (8 * k));
        }
        assertEquals(
                FileKind.DOCX,
                new UploadInspector("kế hoạch", EnumSet.of(FileKind.DOCX), FileFormat.MAX_BYTES)
                        .inspect("noi-doi.docx", lying)
                        .kind(),
                "what the directory declares looks harmless");
        Problem problem = refused("noi-doi.docx", lying);
        assertTrue(problem.message().contains("giải nén ra quá lớn hoặc có tỷ lệ nén bất thường"), problem.message());
    }

    @Test
    void tooLarge() {
        assertTrue(
                refused("a.txt", new byte[FileFormat.MAX_BYTES + 1]).message().contains("quá lớn"));
    }

    /** Random bytes; with {@code zipHeader} they start like a zip but have no zip structure. */
    private static byte[] noise(boolean zipHeader) {
        byte[] bytes = new byte[10 * 1024 * 1024];
        new Random(57).nextBytes(bytes);
        bytes[0] = zipHeader ? (byte) 'P' : (byte) 0xC3;
        bytes[1] = zipHeader ? (byte) 'K' : (byte) 0x28;
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    private Problem refused(String fileName, byte[] content) {
        PlanReadException error = assertThrows(PlanReadException.class, () -> reader.read(fileName, content));
        assertFalse(error.errors().isEmpty());
        Problem problem = error.errors().get(0);
        assertFalse(problem.where().isBlank());
        // Vietnamese: the message has at least one letter with a diacritic.
        assertTrue(
                problem.message()
                        .matches("(?s).*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ].*"),
                problem.message());
        return problem;
    }
}
