package vn.commune.workflow.upload;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Office (docx, xlsx, pptx) and OpenDocument files: a safe archive ({@link ZipArchive}) of the kind the name says,
 * with no macros and no XML part that declares a DOCTYPE (entities are how XML parsers are attacked).
 */
final class OfficeArchive {

    private static final List<FileKind> KINDS =
            List.of(FileKind.DOCX, FileKind.XLSX, FileKind.PPTX, FileKind.ODT, FileKind.ODS, FileKind.ODP);

    /** Macro-enabled Office formats, as files and as documents embedded in another. */
    private static final Set<String> MACRO_EXTENSIONS =
            Set.of("docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppsm", "ppam", "sldm");

    private OfficeArchive() {}

    static boolean isMacroEnabled(String extension) {
        return MACRO_EXTENSIONS.contains(extension);
    }

    static void check(String fileName, String extension, FileKind expected, byte[] content) {
        ZipArchive zip = ZipArchive.read(fileName, content);
        FileKind actual = recognise(zip);
        if (actual != expected) {
            throw UploadRefusedException.mismatch(fileName, extension, actual == null ? null : actual.description());
        }
        for (ZipArchive.Entry e : zip.entries()) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (name.endsWith("vbaproject.bin") || isMacroEnabled(FileKind.extensionOf(name))) {
                throw UploadRefusedException.macros(fileName);
            }
        }
        for (ZipArchive.Entry e : zip.entries()) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                checkProlog(fileName, zip, e);
            }
        }
    }

    private static FileKind recognise(ZipArchive zip) {
        for (FileKind kind : KINDS) {
            boolean matches = switch (kind) {
                case DOCX -> zip.hasEntryStartingWith("word/");
                case XLSX -> zip.hasEntryStartingWith("xl/");
                case PPTX -> zip.hasEntryStartingWith("ppt/");
                default -> declaredMimeType(zip).equals(kind.contentType());
            };
            if (matches) {
                return kind;
            }
        }
        return null;
    }

    /** OpenDocument files say what they are in a first entry named "mimetype". */
    private static String declaredMimeType(ZipArchive zip) {
        ZipArchive.Entry mimetype = zip.entry("mimetype");
        return mimetype == null ? "" : new String(zip.head(mimetype, 100), StandardCharsets.US_ASCII).strip();
    }

    /**
     * Refuses a DOCTYPE (and so any ENTITY) before the root element. A prolog that does not end within the window
     * is refused too: padding is the way to push a DOCTYPE past a check that looks only so far.
     */
    private static void checkProlog(String fileName, ZipArchive zip, ZipArchive.Entry part) {
        byte[] head = zip.head(part, ZipArchive.XML_PROLOG_WINDOW);
        boolean windowFull = head.length == ZipArchive.XML_PROLOG_WINDOW;
        String text = new String(head, charsetOf(head));
        String shown = FileNames.quote(part.name());
        int i = skipSpace(text, 0);
        while (i < text.length()) {
            if (text.startsWith("<!--", i) || text.startsWith("<?", i)) {
                boolean instruction = text.startsWith("<?", i);
                String close = instruction ? "?>" : "-->";
                int end = text.indexOf(close, i + (instruction ? 2 : 4));
                if (end < 0) {
                    break;
                }
                i = skipSpace(text, end + close.length());
            } else if (text.startsWith("<!", i)) {
                throw UploadRefusedException.of(
                        fileName,
                        "có phần «" + shown + "» khai báo DOCTYPE/ENTITY, điều tệp Office thật không có;"
                                + " tệp bị từ chối vì có thể dùng để tấn công máy chủ.");
            } else {
                // The root element, or text no XML parser accepts: either way no DOCTYPE can follow.
                return;
            }
        }
        if (windowFull) {
            throw UploadRefusedException.broken(fileName, "phần «" + shown + "» có phần đầu dài bất thường");
        }
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    /** XML parts are UTF-8 or UTF-16, told apart by the first bytes. */
    private static Charset charsetOf(byte[] head) {
        if (head.length >= 2) {
            int first = head[0] & 0xFF;
            int second = head[1] & 0xFF;
            if ((first == 0xFE && second == 0xFF) || (first == 0 && second == '<')) {
                return StandardCharsets.UTF_16BE;
            }
            if ((first == 0xFF && second == 0xFE) || (first == '<' && second == 0)) {
                return StandardCharsets.UTF_16LE;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
