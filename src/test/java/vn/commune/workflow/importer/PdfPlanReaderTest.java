package vn.commune.workflow.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.commune.workflow.system.Problem;

/** PDFs that cannot be read as they are: each refused with what to do, and no OCR file left behind. */
class PdfPlanReaderTest {
    private static final String VIETNAMESE = "echo eng; echo vie";

    @TempDir
    Path bin;

    @Test
    void aScanWithoutTesseractSaysWhatToInstall() {
        Problem problem = refused(new Ocr(bin.resolve("tesseract").toString()), blankScan());
        assertTrue(problem.message().contains("bản quét"), problem.message());
        assertTrue(problem.message().contains("chưa cài Tesseract"), problem.message());
        assertTrue(problem.message().contains("tesseract-ocr và tesseract-ocr-vie"), problem.message());
    }

    @Test
    void aScanWithTesseractButNoVietnameseDataSaysWhichPackageIsMissing() throws IOException {
        Problem problem = refused(new Ocr(fakeTesseract("echo eng; echo osd", "exit 0")), blankScan());
        assertTrue(problem.message().contains("chưa có dữ liệu tiếng Việt"), problem.message());
        assertTrue(problem.message().contains("tesseract-ocr-vie"), problem.message());
    }

    @Test
    void aFailingOrHangingOcrIsRefusedAndItsFilesRemoved() throws IOException {
        long before = ocrDirectories();
        Problem failed = refused(new Ocr(fakeTesseract(VIETNAMESE, "exit 3")), blankScan());
        assertEquals("trang 1", failed.where());
        assertTrue(failed.message().contains("mã lỗi 3"), failed.message());

        Ocr hanging = new Ocr(fakeTesseract(VIETNAMESE, "exec sleep 30"), Duration.ofMillis(500));
        Problem slow = refused(hanging, blankScan());
        assertTrue(slow.message().contains("quá"), slow.message());
        assertEquals(before, ocrDirectories(), "the rendered pages are deleted");
    }

    @Test
    void aDamagedOrLockedPdfIsRefused() throws IOException {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
        assertTrue(refused(new Ocr(Ocr.COMMAND), damaged).message().contains("bị hỏng"));

        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", "mat-khau", new AccessPermission());
            pdf.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            assertTrue(
                    refused(new Ocr(Ocr.COMMAND), out.toByteArray()).message().contains("mật khẩu"));
        }
    }

    @Test
    void aPdfWithATextLayerNeedsNoOcr() {
        // The command cannot run: the text layer alone must be enough.
        ParsedPlan plan = new PlanReader(new Ocr(bin.resolve("tesseract").toString()))
                .read("ke-hoach.pdf", YearlyPlanFixtures.textPdf(YearlyPlanFixtures.YEARLY));
        assertEquals(ParsedPlan.TEXT, plan.readBy());
        assertEquals(7, plan.tasks().size());
    }

    /** A stand-in for the command: it lists {@code languages} and reads a page by running {@code reading}. */
    private String fakeTesseract(String languages, String reading) throws IOException {
        Path script = bin.resolve("tesseract-" + Integer.toHexString((languages + reading).hashCode()));
        Files.writeString(
                script,
                "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo 'List of available languages:'; " + languages
                        + "; exit 0; fi\n" + reading + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    /** A scanned page with nothing on it: no text layer, so OCR is needed. */
    private static byte[] blankScan() {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long ocrDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("ke-hoach-ocr"))
                    .count();
        }
    }

    private static Problem refused(Ocr ocr, byte[] pdf) {
        PlanReadException error =
                assertThrows(PlanReadException.class, () -> new PlanReader(ocr).read("ke-hoach.pdf", pdf));
        return error.errors().get(0);
    }
}
