package vn.commune.workflow.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Strict UTF-8: a wrongly encoded file is refused rather than read as mojibake. */
final class Utf8Text {
    private Utf8Text() {}

    static String decode(byte[] content) {
        if (content.length >= 2
                && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                        || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            throw PlanReadException.of(
                    FileFormat.WHOLE_FILE, "Tệp được lưu bằng mã hóa UTF-16; hãy lưu lại với mã hóa UTF-8.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw PlanReadException.of(
                    lineAt(content, in.position()),
                    "Nội dung không phải văn bản UTF-8 (gặp byte không hợp lệ" + " ở vị trí " + in.position()
                            + "); tệp văn bản phải được lưu với mã hóa UTF-8.");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw PlanReadException.of(
                    "dòng "
                            + (1
                                    + text.substring(0, nul)
                                            .chars()
                                            .filter(c -> c == '\n')
                                            .count()),
                    "Tệp chứa dữ liệu nhị phân (ký tự NUL), không phải văn bản.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String lineAt(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return "dòng " + line;
    }
}
