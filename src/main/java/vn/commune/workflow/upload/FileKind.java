package vn.commune.workflow.upload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the app takes in, recognised by their content, not only their name: a signed document (PDF),
 * a scan or photo, an Office or OpenDocument file, a plain table or text.
 */
public enum FileKind {
    PDF("application/pdf", "tệp PDF", "pdf"),
    PNG("image/png", "ảnh PNG", "png"),
    JPEG("image/jpeg", "ảnh JPEG", "jpg", "jpeg"),
    TIFF("image/tiff", "ảnh TIFF", "tiff", "tif"),
    DOC("application/msword", "văn bản Word đời cũ (.doc)", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "văn bản Word (.docx)", "docx"),
    XLS("application/vnd.ms-excel", "bảng tính Excel đời cũ (.xls)", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bảng tính Excel (.xlsx)", "xlsx"),
    PPT("application/vnd.ms-powerpoint", "bản trình chiếu PowerPoint đời cũ (.ppt)", "ppt"),
    PPTX(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "bản trình chiếu PowerPoint (.pptx)",
            "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "văn bản OpenDocument (.odt)", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "bảng tính OpenDocument (.ods)", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "bản trình chiếu OpenDocument (.odp)", "odp"),
    CSV("text/csv", "bảng CSV", "csv"),
    TXT("text/plain", "văn bản thuần (.txt)", "txt");

    private final String contentType;
    private final String description;
    private final String[] extensions;

    FileKind(String contentType, String description, String... extensions) {
        this.contentType = contentType;
        this.description = description;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** How a person would name a file of this kind, in Vietnamese. */
    String description() {
        return description;
    }

    /** The name the kind goes by in a list of accepted kinds: PDF, JPG, DOCX… */
    String label() {
        return extensions[0].toUpperCase(Locale.ROOT);
    }

    static Optional<FileKind> byExtension(String extension) {
        return Arrays.stream(values())
                .filter(k -> Arrays.asList(k.extensions).contains(extension))
                .findFirst();
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
