package vn.commune.workflow.office;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a cell of office names into single names. */
final class NameSplitter {
    /** Semicolons and line breaks always separate offices; commas and "và" only maybe. */
    private static final Pattern PIECE_BREAK = Pattern.compile("[;\\n\\r]+");

    private static final Pattern PART_BREAK = Pattern.compile("\\s*,\\s*|\\s+và\\s+", Pattern.UNICODE_CASE);
    /** "Các phòng: Văn hoá - Xã hội, Kinh tế" names several offices after one shared head word. */
    private static final Pattern SHARED_HEAD =
            Pattern.compile("^(?:các\\s+)?phòng\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern EDGE_NOISE = Pattern.compile("^[\\s\\-+•*–]+|[\\s.,;:]+$");

    private NameSplitter() {}

    static List<String> pieces(String cellText) {
        List<String> pieces = new ArrayList<>();
        if (cellText == null) {
            return pieces;
        }
        for (String raw : PIECE_BREAK.split(Normalizer.normalize(cellText, Normalizer.Form.NFC))) {
            String piece = clean(raw);
            Matcher shared = SHARED_HEAD.matcher(piece);
            if (shared.matches()) {
                for (int[] span : partSpans(shared.group(1))) {
                    pieces.add("Phòng " + shared.group(1).substring(span[0], span[1]));
                }
            } else if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /** Trims bullets, spaces and closing punctuation, and collapses inner whitespace. */
    static String clean(String name) {
        String nfc = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        return EDGE_NOISE.matcher(nfc.replaceAll("\\s+", " ")).replaceAll("");
    }

    /** Start and end of each comma- or "và"-separated part of {@code piece}. */
    static List<int[]> partSpans(String piece) {
        List<int[]> spans = new ArrayList<>();
        Matcher breaks = PART_BREAK.matcher(piece);
        int start = 0;
        while (breaks.find()) {
            addSpan(spans, start, breaks.start());
            start = breaks.end();
        }
        addSpan(spans, start, piece.length());
        return spans;
    }

    private static void addSpan(List<int[]> spans, int start, int end) {
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
