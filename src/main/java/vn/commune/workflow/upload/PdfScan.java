package vn.commune.workflow.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PDF is a document to read, not a program. Refuses HTML anywhere in its bytes, and the names of what makes a PDF
 * act (scripts, launched programs, attached files, XFA forms) wherever a reader would find them: in the objects, in
 * compressed object streams, in objects hidden inside another stream's data, in comments and in encoded names
 * ({@code /J#53}). Stream data itself (text, fonts, images) is skipped: compressed bytes match short names by chance.
 */
final class PdfScan {

    private static final Set<String> ACTIVE =
            Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "XFA");

    /** Long enough not to occur by chance in compressed data, so looked for in every byte, streams included. */
    private static final List<String> ACTIVE_SPELLED_OUT = List.of("/JavaScript", "/Launch", "/EmbeddedFile");

    private static final Set<String> FILTERS = Set.of(
            "ASCIIHexDecode",
            "AHx",
            "ASCII85Decode",
            "A85",
            "LZWDecode",
            "LZW",
            "FlateDecode",
            "Fl",
            "RunLengthDecode",
            "RL",
            "CCITTFaxDecode",
            "CCF",
            "JBIG2Decode",
            "DCTDecode",
            "DCT",
            "JPXDecode",
            "Crypt");

    /** An object stream of a real document holds a few hundred small objects, far less than this inflated. */
    private static final int MAX_OBJECT_STREAM = 8 * 1024 * 1024;

    /** All object streams of a 20 MB document together; more is a bomb aimed at PDF readers. */
    private static final long MAX_OBJECT_STREAMS = 64L * 1024 * 1024;

    private static final String SCRIPT_URL = "javascript:";

    private final String fileName;
    private long inflated;

    private PdfScan(String fileName) {
        this.fileName = fileName;
    }

    static void check(String fileName, byte[] pdf) {
        String html = Markup.find(pdf);
        if (html != null) {
            throw UploadRefusedException.markup(fileName, html);
        }
        PdfScan scan = new PdfScan(fileName);
        for (String name : ACTIVE_SPELLED_OUT) {
            if (Markup.indexOf(pdf, name, 0, pdf.length) >= 0) {
                throw scan.active(name.substring(1));
            }
        }
        scan.objects(pdf, 0, pdf.length, true);
    }

    /** Reads PDF syntax in {@code b[from, to)}; {@code top}: streams may follow (not inside an object stream). */
    private void objects(byte[] b, int from, int to, boolean top) {
        Set<String> objectNames = new HashSet<>();
        long length = -1;
        // 1: after /Length, 2: after its number, 3: after "n g" (an indirect length once "R" follows).
        int lengthState = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (isWhite(c)) {
                i++;
            } else if (c == '%') {
                int end = lineEnd(b, i, to);
                namesIn(b, i + 1, end);
                i = end;
            } else if (c == '(') {
                i = literalString(b, i + 1, to);
            } else if (c == '<' && i + 1 < to && b[i + 1] == '<') {
                i += 2;
            } else if (c == '<') {
                i = hexString(b, i + 1, to);
            } else if (c == '/') {
                int end = regularEnd(b, i + 1, to);
                String name = name(b, i + 1, end);
                objectNames.add(name);
                lengthState = name.equals("Length") ? 1 : 0;
                i = end;
            } else if (isDelimiter(c)) {
                i++;
            } else {
                int end = regularEnd(b, i, to);
                String token = end - i <= 16 ? new String(b, i, end - i, StandardCharsets.ISO_8859_1) : "";
                boolean integer = !token.isEmpty()
                        && token.length() <= 10
                        && token.chars().allMatch(Character::isDigit);
                if (lengthState == 1 && integer) {
                    length = Long.parseLong(token);
                    lengthState = 2;
                } else if (lengthState == 2 && integer) {
                    lengthState = 3;
                } else {
                    if (lengthState == 3 && token.equals("R")) {
                        length = -1;
                    }
                    lengthState = 0;
                }
                if (token.equals("obj")) {
                    objectNames.clear();
                    length = -1;
                    i = end;
                } else if (token.equals("stream") && top) {
                    i = stream(b, end, to, objectNames, length);
                    objectNames.clear();
                    length = -1;
                } else {
                    i = end;
                }
            }
        }
    }

    /**
     * Skips a stream's data, ending it at its direct /Length or at "endstream", whichever comes first, so that bytes
     * a reader would parse as objects are never skipped. Returns where the data ends.
     */
    private int stream(byte[] b, int afterKeyword, int to, Set<String> dictionaryNames, long length) {
        int start = afterKeyword;
        if (start < to && b[start] == '\r') {
            start++;
        }
        if (start < to && b[start] == '\n') {
            start++;
        }
        int endstream = Markup.indexOf(b, "endstream", start, to);
        int end = endstream < 0 ? to : endstream;
        if (length >= 0 && start + length < end) {
            end = (int) (start + length);
        }
        if (dictionaryNames.contains("ObjStm")) {
            objectStream(b, start, end, dictionaryNames);
        } else {
            hiddenObjects(b, start, end);
        }
        return end;
    }

    /** Since PDF 1.5 most objects are compressed together in object streams: inflate them to look inside. */
    private void objectStream(byte[] b, int start, int end, Set<String> dictionaryNames) {
        Set<String> filters = new HashSet<>(dictionaryNames);
        filters.retainAll(FILTERS);
        byte[] objects;
        if (filters.isEmpty()) {
            objects = Arrays.copyOfRange(b, start, end);
        } else if (filters.equals(Set.of("FlateDecode")) || filters.equals(Set.of("Fl"))) {
            objects = inflate(b, start, end);
        } else {
            throw UploadRefusedException.of(
                    fileName,
                    "là PDF có phần nén theo cách không kiểm tra được (" + String.join(", ", filters)
                            + "); hãy in hoặc xuất lại thành PDF thường rồi tải lên.");
        }
        objects(objects, 0, objects.length, false);
    }

    /** "n g obj" inside a stream's data: a reader sent there by the cross-reference table reads it as an object. */
    private void hiddenObjects(byte[] b, int start, int end) {
        int at = start;
        while ((at = Markup.indexOf(b, "obj", at, end)) >= 0) {
            int header = objectHeaderStart(b, start, at);
            if (header >= 0 && (at + 3 == end || !isRegular(b[at + 3] & 0xFF))) {
                objects(b, header, end, false);
                return;
            }
            at += 3;
        }
    }

    /** Where "number whitespace number whitespace" starts, ending right before {@code obj}; -1 if it does not. */
    private static int objectHeaderStart(byte[] b, int from, int obj) {
        int i = obj;
        for (int part = 0; part < 4; part++) {
            boolean digits = part % 2 == 1;
            int j = i;
            while (j > from && j > i - 10 && (digits ? isDigit(b[j - 1]) : isWhite(b[j - 1] & 0xFF))) {
                j--;
            }
            if (j == i) {
                return -1;
            }
            i = j;
        }
        return i == from || !isRegular(b[i - 1] & 0xFF) ? i : -1;
    }

    private byte[] inflate(byte[] b, int start, int end) {
        Inflater inflater = new Inflater();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            inflater.setInput(b, start, end - start);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0) {
                    break;
                }
                out.write(buffer, 0, n);
                inflated += n;
                if (out.size() > MAX_OBJECT_STREAM || inflated > MAX_OBJECT_STREAMS) {
                    throw UploadRefusedException.bomb(fileName, "là PDF có phần nén giải nén ra quá lớn");
                }
            }
        } catch (DataFormatException e) {
            // A damaged stream: readers show what they can of it, so what did inflate is still looked at.
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private int literalString(byte[] b, int from, int to) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int depth = 1;
        int i = from;
        while (i < to) {
            int c = b[i++] & 0xFF;
            if (c == '\\' && i < to) {
                int escaped = b[i++] & 0xFF;
                switch (escaped) {
                    case 'n' -> text.write('\n');
                    case 'r' -> text.write('\r');
                    case 't' -> text.write('\t');
                    case 'b' -> text.write('\b');
                    case 'f' -> text.write('\f');
                    case '\r' -> i += i < to && b[i] == '\n' ? 1 : 0;
                    case '\n' -> {}
                    default -> {
                        if (escaped >= '0' && escaped <= '7') {
                            int value = escaped - '0';
                            for (int k = 0; k < 2 && i < to && b[i] >= '0' && b[i] <= '7'; k++) {
                                value = value * 8 + (b[i++] - '0');
                            }
                            text.write(value);
                        } else {
                            text.write(escaped);
                        }
                    }
                }
            } else if (c == ')' && --depth == 0) {
                break;
            } else {
                depth += c == '(' ? 1 : 0;
                text.write(c);
            }
        }
        checkText(text);
        return i;
    }

    private int hexString(byte[] b, int from, int to) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int high = -1;
        int i = from;
        while (i < to) {
            int c = b[i++] & 0xFF;
            if (c == '>') {
                break;
            }
            int digit = Character.digit(c, 16);
            if (digit >= 0 && high < 0) {
                high = digit;
            } else if (digit >= 0) {
                text.write(high << 4 | digit);
                high = -1;
            }
        }
        if (high >= 0) {
            text.write(high << 4);
        }
        checkText(text);
        return i;
    }

    /** A {@code javascript:} link written as a string, in any of the ways PDF spells strings (octal, hex, UTF-16). */
    private void checkText(ByteArrayOutputStream text) {
        if (text.size() >= SCRIPT_URL.length()
                && Markup.containsIgnoringNul(text.toByteArray(), text.size(), SCRIPT_URL)) {
            throw UploadRefusedException.markup(fileName, SCRIPT_URL);
        }
    }

    /** Names written in a comment: recovering readers may parse what looks like objects anywhere. */
    private void namesIn(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '/') {
                int end = regularEnd(b, i + 1, to);
                name(b, i + 1, end);
                i = end - 1;
            }
        }
    }

    /** The name with its #xx escapes decoded; refuses the names of actions and attachments. */
    private String name(byte[] b, int from, int to) {
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        for (int i = from; i < to; i++) {
            int high = i + 2 < to ? Character.digit(b[i + 1], 16) : -1;
            int low = i + 2 < to ? Character.digit(b[i + 2], 16) : -1;
            if (b[i] == '#' && high >= 0 && low >= 0) {
                name.write(high << 4 | low);
                i += 2;
            } else {
                name.write(b[i]);
            }
        }
        String decoded = name.toString(StandardCharsets.ISO_8859_1);
        if (ACTIVE.contains(decoded)) {
            throw active(decoded);
        }
        return decoded;
    }

    private UploadRefusedException active(String name) {
        return UploadRefusedException.of(
                fileName,
                "là PDF có thành phần tự chạy hoặc tệp đính kèm (/" + name
                        + "); hãy in hoặc xuất lại thành PDF thường rồi tải lên.");
    }

    private static int regularEnd(byte[] b, int from, int to) {
        int i = from;
        while (i < to && isRegular(b[i] & 0xFF)) {
            i++;
        }
        return i;
    }

    private static int lineEnd(byte[] b, int from, int to) {
        int i = from;
        while (i < to && b[i] != '\r' && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private static boolean isWhite(int c) {
        return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    private static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
                || c == '%';
    }

    private static boolean isRegular(int c) {
        return !isWhite(c) && !isDelimiter(c);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
