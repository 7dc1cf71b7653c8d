package vn.commune.workflow.importer;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A plan as published: a PDF. Its text layer is read like a text copy; a scan (no text layer, or next to
 * none, such as only a signature stamp) is read through OCR and marked so.
 */
final class PdfPlanReader {
    private static final int MAX_PAGES = 200;
    /** A typed page holds thousands of letters; a scanned one at most a signature stamp's few. */
    private static final int MIN_LETTERS_PER_PAGE = 100;

    private PdfPlanReader() {}

    static ParsedPlan read(byte[] content, Ocr ocr) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0 || pages > MAX_PAGES) {
                throw PlanReadException.of(
                        FileFormat.WHOLE_FILE,
                        "Tệp PDF có " + pages + " trang; chỉ nhận kế hoạch từ 1 đến " + MAX_PAGES + " trang.");
            }
            List<List<String>> text = PdfText.pages(pdf);
            if (letters(text) >= (long) MIN_LETTERS_PER_PAGE * pages) {
                return TextPlanReader.read(SourceLine.ofPages(text), ParsedPlan.TEXT);
            }
            if (pages > Ocr.MAX_PAGES) {
                throw PlanReadException.of(
                        FileFormat.WHOLE_FILE,
                        "Tệp PDF là bản quét " + pages + " trang; chỉ nhận dạng chữ (OCR) được bản quét đến "
                                + Ocr.MAX_PAGES + " trang. Hãy tải lên bản PDF có lớp chữ hoặc tệp .docx.");
            }
            return TextPlanReader.read(SourceLine.ofPages(ocr.read(pdf)), ParsedPlan.OCR);
        } catch (InvalidPasswordException e) {
            throw PlanReadException.of(
                    FileFormat.WHOLE_FILE, "Tệp PDF được đặt mật khẩu; hãy tải lên bản không có mật khẩu.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanReadException planError) {
                throw planError;
            }
            throw PlanReadException.of(
                    FileFormat.WHOLE_FILE,
                    "Tệp .pdf bị hỏng, không mở được (" + e.getClass().getSimpleName() + ").");
        }
    }

    private static long letters(List<List<String>> pages) {
        return pages.stream()
                .flatMap(List::stream)
                .mapToLong(line -> line.codePoints().filter(Character::isLetter).count())
                .sum();
    }
}
