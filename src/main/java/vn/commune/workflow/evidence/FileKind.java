package vn.commune.workflow.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file accepted as evidence, recognised by their content, not only their name:
 * a signed document (PDF), a scan or photo, an Office or OpenDocument file.
 */
enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    TIFF("image/tiff", "tif", "tiff"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    LEGACY_OFFICE("application/octet-stream", "doc", "xls", "ppt"),
    ODF("application/vnd.oasis.opendocument", "odt", "ods", "odp");

    static final String ACCEPTED = "PDF, PNG, JPG, TIFF, DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP";

    private final String contentType;
    private final String[] extensions;

    FileKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    String contentType(String extension) {
        return switch (this) {
            case LEGACY_OFFICE ->
                switch (extension) {
                    case "doc" -> "application/msword";
                    case "xls" -> "application/vnd.ms-excel";
                    default -> "application/vnd.ms-powerpoint";
                };
            case ODF ->
                contentType
                        + switch (extension) {
                            case "odt" -> ".text";
                            case "ods" -> ".spreadsheet";
                            default -> ".presentation";
                        };
            default -> contentType;
        };
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

    /** Whether the bytes really are a file of this kind. */
    boolean matches(byte[] b) {
        return switch (this) {
            case PDF -> startsWith(b, "%PDF-".getBytes());
            case PNG -> startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case JPEG -> startsWith(b, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case TIFF -> startsWith(b, new byte[] {'I', 'I', 42, 0}) || startsWith(b, new byte[] {'M', 'M', 0, 42});
            case LEGACY_OFFICE ->
                startsWith(b, new byte[] {
                    (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
                });
            case DOCX -> zipHasEntry(b, "word/");
            case XLSX -> zipHasEntry(b, "xl/");
            case PPTX -> zipHasEntry(b, "ppt/");
            case ODF -> zipHasEntry(b, "mimetype");
        };
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean zipHasEntry(byte[] b, String prefix) {
        if (!startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
