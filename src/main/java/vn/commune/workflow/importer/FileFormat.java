package vn.commune.workflow.importer;

import java.util.Locale;
import java.util.Objects;

/** The accepted formats, chosen by extension and confirmed by the first bytes. */
enum FileFormat {
    DOCX(Magic.ZIP),
    XLSX(Magic.ZIP),
    DOC(Magic.OLE2),
    XLS(Magic.OLE2),
    PDF(Magic.PDF),
    CSV(null),
    TXT(null);

    static final String WHOLE_FILE = "toàn tệp";
    /** Plans are tens of pages; anything larger is not a plan and is refused before parsing. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The signature the content must have; {@code null}: text, so none of the known binary ones. */
    private final String signature;

    FileFormat(String signature) {
        this.signature = signature;
    }

    static FileFormat detect(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw PlanReadException.of(WHOLE_FILE, "Tệp rỗng, không có nội dung để đọc.");
        }
        if (content.length > MAX_BYTES) {
            throw PlanReadException.of(
                    WHOLE_FILE,
                    "Tệp quá lớn (" + content.length / (1024 * 1024) + " MB); chỉ nhận tệp kế hoạch đến 20 MB.");
        }
        String extension = extension(fileName);
        FileFormat format = switch (extension) {
            case "docx" -> DOCX;
            case "xlsx" -> XLSX;
            case "doc" -> DOC;
            case "xls" -> XLS;
            case "pdf" -> PDF;
            case "csv" -> CSV;
            case "txt" -> TXT;
            default ->
                throw PlanReadException.of(
                        WHOLE_FILE,
                        "Không hỗ trợ tệp «" + (extension.isEmpty() ? "không có đuôi" : "." + extension)
                                + "»; chỉ nhận .docx, .doc, .xlsx, .xls, .pdf, .csv hoặc .txt.");
        };
        String actual = Magic.describe(content);
        if (!Objects.equals(format.signature, actual)) {
            String what = actual == null ? "không phải " + Magic.expected(format.signature) : "là " + actual;
            throw PlanReadException.of(
                    WHOLE_FILE,
                    "Tệp có đuôi ." + extension + " nhưng nội dung " + what
                            + "; hãy kiểm tra lại tệp hoặc lưu lại đúng định dạng.");
        }
        return format;
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.trim();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Signatures of files people often upload by mistake. */
    private static final class Magic {
        static final String ZIP = "tệp nén ZIP/Office mới (.docx/.xlsx)";
        static final String OLE2 = "tệp Word/Excel đời cũ (.doc/.xls)";
        static final String PDF = "tệp PDF";

        static String expected(String signature) {
            if (signature == null) {
                return "văn bản";
            }
            return signature.equals(ZIP) ? "tệp Office (.docx/.xlsx)" : signature;
        }

        static String describe(byte[] c) {
            if (starts(c, 0x50, 0x4B, 0x03, 0x04)) {
                return ZIP;
            }
            if (starts(c, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
                return OLE2;
            }
            if (starts(c, 0x25, 0x50, 0x44, 0x46)) {
                return PDF;
            }
            if (starts(c, 0x89, 0x50, 0x4E, 0x47)) {
                return "ảnh PNG";
            }
            if (starts(c, 0xFF, 0xD8, 0xFF)) {
                return "ảnh JPEG";
            }
            if (starts(c, 0x47, 0x49, 0x46, 0x38)) {
                return "ảnh GIF";
            }
            if (starts(c, 0x52, 0x61, 0x72, 0x21) || starts(c, 0x37, 0x7A, 0xBC, 0xAF)) {
                return "tệp nén RAR/7z";
            }
            return null;
        }

        private static boolean starts(byte[] content, int... signature) {
            if (content.length < signature.length) {
                return false;
            }
            for (int i = 0; i < signature.length; i++) {
                if ((content[i] & 0xFF) != signature[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
