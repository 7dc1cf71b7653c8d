package vn.commune.workflow.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Function;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Opens .docx/.xlsx content (already inspected as an upload) defensively: POI's errors become plan errors. */
final class Ooxml {
    static {
        // The upload inspector read the sizes the archive declares; these bound what POI really inflates, for an
        // archive that lies. POI keeps these limits JVM-wide; they are only ever tightened here, never loosened.
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), 100L * 1024 * 1024));
        ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), 10_000_000L));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), 1_000L));
    }

    private Ooxml() {}

    static <T> T readDocx(byte[] content, Function<XWPFDocument, T> reader) {
        OPCPackage pkg = open(content, "docx", "wordprocessingml");
        try {
            return reader.apply(new XWPFDocument(pkg));
        } catch (IOException | RuntimeException e) {
            throw rethrow(e, "docx");
        } finally {
            pkg.revert();
        }
    }

    static <T> T readXlsx(byte[] content, Function<XSSFWorkbook, T> reader) {
        OPCPackage pkg = open(content, "xlsx", "spreadsheetml");
        try {
            return reader.apply(new XSSFWorkbook(pkg));
        } catch (IOException | RuntimeException e) {
            throw rethrow(e, "xlsx");
        } finally {
            pkg.revert();
        }
    }

    private static OPCPackage open(byte[] content, String extension, String expectedMarkup) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw rethrow(e, extension);
        }
        String actual = mainMarkup(pkg);
        if (!actual.contains(expectedMarkup)) {
            pkg.revert();
            throw PlanReadException.of(
                    FileFormat.WHOLE_FILE,
                    "Tệp có đuôi ." + extension + " nhưng nội dung " + describe(actual)
                            + "; hãy lưu lại đúng định dạng.");
        }
        return pkg;
    }

    private static String mainMarkup(OPCPackage pkg) {
        try {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            PackagePart part = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
            return part == null ? "" : part.getContentType();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String describe(String contentType) {
        if (contentType.contains("wordprocessingml")) {
            return "là văn bản Word (.docx)";
        }
        if (contentType.contains("spreadsheetml")) {
            return "là bảng tính Excel (.xlsx)";
        }
        if (contentType.contains("presentationml")) {
            return "là bản trình chiếu PowerPoint";
        }
        return "không phải văn bản Word hay bảng tính Excel";
    }

    private static PlanReadException rethrow(Exception e, String extension) {
        if (e instanceof PlanReadException planError) {
            return planError;
        }
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("Zip bomb") || reason.contains("malicious") || reason.contains("exceed")) {
            return PlanReadException.of(
                    FileFormat.WHOLE_FILE,
                    "Tệp ." + extension + " giải nén ra quá lớn hoặc có tỷ lệ nén"
                            + " bất thường (nghi là «bom nén»), nên không được mở.");
        }
        return PlanReadException.of(
                FileFormat.WHOLE_FILE,
                "Tệp ." + extension + " bị hỏng, không mở được (" + e.getClass().getSimpleName() + ").");
    }
}
