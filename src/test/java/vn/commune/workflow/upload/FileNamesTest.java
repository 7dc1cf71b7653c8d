package vn.commune.workflow.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Names as people will read them: no folders, nothing invisible, Vietnamese exactly as written. */
class FileNamesTest {

    @Test
    void aRightToLeftOverrideCannotDisguiseAProgramAsADocument() {
        // Shown by a browser as "hoa-donexe.pdf".
        String name = "hoa-don\u202Efdp.exe";
        assertThat(UploadInspector.cleanName(name)).isEqualTo("hoa-donfdp.exe");
        UploadInspector evidence = new UploadInspector("minh chứng", EnumSet.of(FileKind.PDF), 1024);
        assertThat(assertThrows(UploadRefusedException.class, () -> evidence.inspect(name, "%PDF-1.7".getBytes()))
                        .getMessage())
                .startsWith("Không nhận tệp \"hoa-donfdp.exe\"");
    }

    @Test
    void everyBidiControlAndInvisibleCharacterGoes() {
        String hidden = "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\u200B\u200D\uFEFF"
                + "\u0000\u0007\u001B\u007F\u0085\u009B\u2028\u2029\u00AD";
        assertThat(UploadInspector.cleanName("bao" + hidden + "-cao.pdf")).isEqualTo("bao-cao.pdf");
    }

    @Test
    void onlyTheLastPathSegmentIsKept() {
        assertThat(UploadInspector.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadInspector.cleanName("C:\\Users\\Lan\\Desktop\\Báo cáo.docx"))
                .isEqualTo("Báo cáo.docx");
        assertThat(UploadInspector.cleanName("\\\\server\\share\\..\\ke-hoach.xlsx"))
                .isEqualTo("ke-hoach.xlsx");
    }

    @Test
    void vietnameseStaysAsWrittenAndDecomposedLettersAreComposed() {
        String name = "Báo cáo kết quả.pdf";
        assertThat(UploadInspector.cleanName(name)).isEqualTo(name);
        assertThat(UploadInspector.cleanName(Normalizer.normalize(name, Normalizer.Form.NFD)))
                .isEqualTo(name);
        assertThat(UploadInspector.cleanName("Biên bản họp Ủy ban nhân dân xã Trường Giang.docx"))
                .isEqualTo("Biên bản họp Ủy ban nhân dân xã Trường Giang.docx");
    }

    @Test
    void dotsAndSpacesAtTheEndsGo() {
        assertThat(UploadInspector.cleanName("  ..bao-cao.pdf. .\u00A0")).isEqualTo("bao-cao.pdf");
    }

    @Test
    void aLongNameIsShortenedKeepingItsExtensionAndWholeCharacters() {
        String cleaned = UploadInspector.cleanName("Kết quả thực hiện " + "\uD83D\uDCC4".repeat(300) + ".pdf");
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(cleaned).startsWith("Kết quả thực hiện \uD83D\uDCC4").endsWith("\uD83D\uDCC4.pdf");
        assertThat(cleaned.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE))
                .as("no half of a character")
                .isTrue();
    }

    @Test
    void aNameOfNothingVisibleIsRefused() {
        for (String name : new String[] {null, "", "\u202E\u0000\u200B", " . ", "folder/", "C:\\"}) {
            assertThat(assertThrows(UploadRefusedException.class, () -> UploadInspector.cleanName(name))
                            .getMessage())
                    .as(String.valueOf(name))
                    .isEqualTo("Tệp tải lên không có tên.");
        }
    }
}
