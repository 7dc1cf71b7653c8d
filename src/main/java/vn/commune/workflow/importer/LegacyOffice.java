package vn.commune.workflow.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Function;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens legacy Word (.doc) and Excel (.xls) files, both OLE2 containers: a swapped type, a password or a
 * file too old or damaged for POI is refused with how to save it so it can be read.
 */
final class LegacyOffice {
    private static final String WORD = "WordDocument";
    private static final String[] EXCEL = {"Workbook", "Book"};

    private LegacyOffice() {}

    static <T> T readXls(byte[] content, Function<HSSFWorkbook, T> reader) {
        try (POIFSFileSystem fs = open(content)) {
            if (!fs.getRoot().hasEntryCaseInsensitive(EXCEL[0]) && !fs.getRoot().hasEntryCaseInsensitive(EXCEL[1])) {
                throw wrongType(fs, "xls");
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
                return reader.apply(workbook);
            }
        } catch (IOException | RuntimeException e) {
            throw rethrow(e, "xls", ".xlsx");
        }
    }

    static <T> T readDoc(byte[] content, Function<HWPFDocument, T> reader) {
        try (POIFSFileSystem fs = open(content)) {
            if (!fs.getRoot().hasEntryCaseInsensitive(WORD)) {
                throw wrongType(fs, "doc");
            }
            return reader.apply(new HWPFDocument(fs));
        } catch (IOException | RuntimeException e) {
            throw rethrow(e, "doc", ".docx");
        }
    }

    private static POIFSFileSystem open(byte[] content) throws IOException {
        return new POIFSFileSystem(new ByteArrayInputStream(content));
    }

    private static PlanReadException wrongType(POIFSFileSystem fs, String extension) {
        String what;
        if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
            what = "được đặt mật khẩu; hãy mở tệp, bỏ mật khẩu rồi tải lên lại";
        } else if (fs.getRoot().hasEntryCaseInsensitive(WORD)) {
            what = "là văn bản Word (.doc); hãy đặt đúng đuôi tệp";
        } else if (fs.getRoot().hasEntryCaseInsensitive(EXCEL[0])
                || fs.getRoot().hasEntryCaseInsensitive(EXCEL[1])) {
            what = "là bảng tính Excel (.xls); hãy đặt đúng đuôi tệp";
        } else {
            what = "không phải văn bản Word hay bảng tính Excel";
        }
        return PlanReadException.of(FileFormat.WHOLE_FILE, "Tệp có đuôi ." + extension + " nhưng " + what + ".");
    }

    private static PlanReadException rethrow(Exception e, String extension, String modern) {
        if (e instanceof PlanReadException planError) {
            return planError;
        }
        return PlanReadException.of(
                FileFormat.WHOLE_FILE,
                "Không đọc được tệp ." + extension + " (hỏng, được đặt mật khẩu hoặc lưu bằng phiên bản quá cũ: "
                        + e.getClass().getSimpleName() + "); hãy mở tệp bằng Word/Excel và lưu lại thành "
                        + modern + " hoặc PDF rồi tải lên lại.");
    }
}
