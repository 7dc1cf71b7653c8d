package vn.commune.workflow.upload;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says what an uploaded file is, from its name and bytes, before anything stores or opens it: the name cleaned,
 * the kind taken from the extension and confirmed by the content, and the content checked cheaply for what makes a
 * file dangerous to whoever opens it (zip bombs, XML entities, macros, scripts in PDFs, HTML in images). Nothing is
 * inflated beyond a few kilobytes per part; a bomb is refused in milliseconds.
 */
public final class UploadInspector {

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, 42};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
    };

    private final String purpose;
    private final Set<FileKind> accepted;
    private final long maxBytes;

    /** {@code purpose} names the files in the refusal of another kind: "chỉ nhận minh chứng dạng PDF, …". */
    public UploadInspector(String purpose, Set<FileKind> accepted, long maxBytes) {
        this.purpose = purpose;
        this.accepted = EnumSet.copyOf(accepted);
        this.maxBytes = maxBytes;
    }

    /** What the file is, or an {@link UploadRefusedException} saying in Vietnamese which file and why not. */
    public InspectedUpload inspect(String originalName, byte[] content) {
        String name = cleanName(originalName);
        if (content == null || content.length == 0) {
            throw UploadRefusedException.of(name, "rỗng.");
        }
        if (content.length > maxBytes) {
            throw UploadRefusedException.of(
                    name,
                    "quá lớn (" + ZipArchive.megabytes(content.length) + " MB); giới hạn là "
                            + ZipArchive.megabytes(maxBytes) + " MB.");
        }
        String extension = FileKind.extensionOf(name);
        if (OfficeArchive.isMacroEnabled(extension)) {
            throw UploadRefusedException.macros(name);
        }
        FileKind kind = FileKind.byExtension(extension)
                .filter(accepted::contains)
                .orElseThrow(() -> new UploadRefusedException("Không nhận tệp \"" + name + "\": chỉ nhận " + purpose
                        + " dạng " + accepted.stream().map(FileKind::label).collect(Collectors.joining(", ")) + "."));
        if (!hasMagic(kind, content)) {
            throw UploadRefusedException.mismatch(name, extension, describe(content));
        }
        switch (kind) {
            case PDF -> PdfScan.check(name, content);
            case PNG, JPEG, TIFF -> {
                String html = Markup.find(content);
                if (html != null) {
                    throw UploadRefusedException.markup(name, html);
                }
            }
            case DOC, XLS, PPT -> LegacyOffice.check(name, extension, kind, content);
            case DOCX, XLSX, PPTX, ODT, ODS, ODP -> OfficeArchive.check(name, extension, kind, content);
            case CSV, TXT -> {
                // Read as text by whoever takes them; nothing in a text file runs.
            }
        }
        return new InspectedUpload(name, kind, kind.contentType());
    }

    /** The file name without folders or invisible characters, NFC; refuses a name with nothing left. */
    public static String cleanName(String originalName) {
        String name = FileNames.clean(originalName);
        if (name.isEmpty()) {
            throw new UploadRefusedException("Tệp tải lên không có tên.");
        }
        return name;
    }

    /** Whether the first bytes are those of the kind; a text file has none. */
    private static boolean hasMagic(FileKind kind, byte[] c) {
        return switch (kind) {
            case PDF -> startsWith(c, PDF_MAGIC);
            case PNG -> startsWith(c, PNG_MAGIC);
            case JPEG -> startsWith(c, JPEG_MAGIC);
            case TIFF -> startsWith(c, TIFF_LITTLE_ENDIAN) || startsWith(c, TIFF_BIG_ENDIAN);
            case DOC, XLS, PPT -> startsWith(c, OLE2_MAGIC);
            case DOCX, XLSX, PPTX, ODT, ODS, ODP -> startsWith(c, ZIP_MAGIC);
            case CSV, TXT -> true;
        };
    }

    /** What the content is when its first bytes say so, for the message. */
    private static String describe(byte[] content) {
        for (FileKind kind : EnumSet.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG, FileKind.TIFF)) {
            if (hasMagic(kind, content)) {
                return kind.description();
            }
        }
        if (hasMagic(FileKind.DOCX, content)) {
            return "tệp nén ZIP";
        }
        return hasMagic(FileKind.DOC, content) ? "tệp Office đời cũ (.doc, .xls, .ppt)" : null;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }
}
