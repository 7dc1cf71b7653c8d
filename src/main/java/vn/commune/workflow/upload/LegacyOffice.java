package vn.commune.workflow.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word, Excel and PowerPoint 97–2003 files (OLE2): the kind the name says, and without macros, which in these
 * formats run on opening in older Office and are the usual way such files carry malware.
 */
final class LegacyOffice {

    /** Where Word (Macros), Excel (_VBA_PROJECT_CUR, Excel 95: _VBA_PROJECT) and any VBA project (VBA) live. */
    private static final Set<String> MACRO_STORAGES = Set.of("macros", "_vba_project_cur", "_vba_project", "vba");

    /** Embedded objects nest storages; real files go a few levels deep. */
    private static final int MAX_DEPTH = 16;

    /** Excel BIFF records: BoundSheet8 (a sheet of the workbook) and EOF (end of the workbook globals). */
    private static final int BOUND_SHEET = 0x0085;

    private static final int END_OF_GLOBALS = 0x000A;
    private static final int EXCEL4_MACRO_SHEET = 0x01;
    private static final int VBA_MODULE_SHEET = 0x06;

    /**
     * PowerPoint keeps its VBA project inside the document stream, announced by a VBAInfoContainer ([MS-PPT] 2.4.10:
     * version 0xF, instance 1, type 0x03FF, length 20) holding a VBAInfoAtom (version 2, type 0x0400, length 12).
     */
    private static final byte[] POWERPOINT_VBA_INFO = {
        0x1F, 0x00, (byte) 0xFF, 0x03, 0x14, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x04, 0x0C, 0x00, 0x00, 0x00
    };

    private LegacyOffice() {}

    static void check(String fileName, String extension, FileKind expected, byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryEntry root = fs.getRoot();
            FileKind actual = recognise(root);
            if (actual != expected) {
                throw UploadRefusedException.mismatch(
                        fileName, extension, actual == null ? null : actual.description());
            }
            if (hasMacroStorage(root, 0)
                    || (actual == FileKind.XLS && hasMacroSheet(stream(root, "workbook", "book")))
                    || (actual == FileKind.PPT && hasVbaInfo(stream(root, "powerpoint document")))) {
                throw UploadRefusedException.macros(fileName);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefusedException refused) {
                throw refused;
            }
            throw UploadRefusedException.broken(fileName, "cấu trúc tệp Office đời cũ không đọc được");
        }
    }

    private static FileKind recognise(DirectoryEntry root) {
        if (find(root, "worddocument") != null) {
            return FileKind.DOC;
        }
        if (find(root, "workbook") != null || find(root, "book") != null) {
            return FileKind.XLS;
        }
        return find(root, "powerpoint document") != null ? FileKind.PPT : null;
    }

    private static boolean hasMacroStorage(DirectoryEntry dir, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("storages nested deeper than any real file");
        }
        for (Entry entry : dir) {
            if (MACRO_STORAGES.contains(entry.getName().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (entry instanceof DirectoryEntry child && hasMacroStorage(child, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Excel 4.0 macro sheets and Excel 5 VBA module sheets are listed among the workbook's sheets. */
    private static boolean hasMacroSheet(byte[] workbook) {
        int p = 0;
        while (p + 4 <= workbook.length) {
            int type = u16(workbook, p);
            int length = u16(workbook, p + 2);
            if (type == END_OF_GLOBALS) {
                return false;
            }
            if (type == BOUND_SHEET && length >= 6 && p + 10 <= workbook.length) {
                int sheetType = workbook[p + 9] & 0xFF;
                if (sheetType == EXCEL4_MACRO_SHEET || sheetType == VBA_MODULE_SHEET) {
                    return true;
                }
            }
            p += 4 + length;
        }
        return false;
    }

    private static boolean hasVbaInfo(byte[] document) {
        int n = POWERPOINT_VBA_INFO.length;
        for (int i = 0; i + n + 8 <= document.length; i++) {
            if (Arrays.equals(document, i, i + n, POWERPOINT_VBA_INFO, 0, n)) {
                // fHasMacros, after the atom's persistIdRef: not 0 when the VBA storage holds a project.
                int at = i + n + 4;
                return (document[at] | document[at + 1] | document[at + 2] | document[at + 3]) != 0;
            }
        }
        return false;
    }

    private static byte[] stream(DirectoryEntry root, String... names) throws IOException {
        for (String name : names) {
            if (find(root, name) instanceof DocumentEntry document) {
                try (InputStream in = new DocumentInputStream(document)) {
                    return in.readAllBytes();
                }
            }
        }
        return new byte[0];
    }

    /** Office writes these names in varying case (Workbook, WORKBOOK). */
    private static Entry find(DirectoryEntry dir, String lowerCaseName) {
        for (Entry entry : dir) {
            if (entry.getName().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                return entry;
            }
        }
        return null;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
