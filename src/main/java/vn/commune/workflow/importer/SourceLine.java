package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of the source, trimmed, with where it is ("dòng 12", "đoạn 3") for messages.
 * {@code afterBreak}: page furniture (page number, footnotes) was removed just before it, so a table
 * row may continue here in a new page. {@code afterGap}: an empty paragraph (a line of spaces) precedes it.
 */
record SourceLine(String where, String text, boolean afterBreak, boolean afterGap) {

    /** Splits text into raw lines, keeping blank and whitespace-only lines; the cleaner needs them. */
    static List<String> rawLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(stripEnd(line.replace('\t', ' ').replace('\f', ' ')));
        }
        return lines;
    }

    /** Paragraph texts (Word) as lines: they carry no page furniture, and an empty one is a gap. */
    static List<SourceLine> ofParagraphs(List<String> paragraphs) {
        List<SourceLine> lines = new ArrayList<>();
        boolean gap = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = Texts.oneLine(paragraphs.get(i));
            if (text != null) {
                lines.add(new SourceLine("đoạn " + (i + 1), text, false, gap));
            }
            gap = text == null;
        }
        return lines;
    }

    String key() {
        return Fold.key(text);
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1)) && end > firstText(line)) {
            end--;
        }
        return line.substring(0, end);
    }

    /** Whitespace-only lines keep their spaces: their width tells a footnote rule from an empty line. */
    private static int firstText(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i == line.length() ? line.length() : i;
    }
}
