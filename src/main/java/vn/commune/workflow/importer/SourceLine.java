package vn.commune.workflow.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-blank line of the source, trimmed, with where it is ("dòng 12", "đoạn 3") for messages.
 * {@code afterBreak}: page furniture (page number, footnotes) was removed just before it, so a table
 * row may continue here in a new page. {@code afterGap}: an empty paragraph (a line of spaces) precedes it.
 */
record SourceLine(String where, String text, boolean afterBreak, boolean afterGap) {
    /** "2", "- 2 -", "Trang 2", "2/5": the page's own number. */
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)(?:trang\\s*)?-?\\s*(\\d{1,3})\\s*-?(?:\\s*/\\s*\\d{1,3})?");

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

    /**
     * The lines of a document's pages (a PDF's text layer, or what OCR read), an empty line marking a gap
     * between paragraphs. The page's number standing alone at its top or foot is dropped, and each page but
     * the first starts after a break.
     */
    static List<SourceLine> ofPages(List<List<String>> pages) {
        List<SourceLine> lines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            int first = 0;
            int end = page.size();
            while (first < end && (page.get(first).isBlank() || isPageNumber(page.get(first), p + 1))) {
                first++;
            }
            while (end > first && (page.get(end - 1).isBlank() || isPageNumber(page.get(end - 1), p + 1))) {
                end--;
            }
            boolean gap = false;
            boolean pageBreak = p > 0;
            for (int i = first; i < end; i++) {
                String text =
                        Normalizer.normalize(page.get(i), Normalizer.Form.NFC).strip();
                if (text.isEmpty()) {
                    gap = true;
                    continue;
                }
                lines.add(new SourceLine("trang " + (p + 1) + ", dòng " + (i + 1), text, pageBreak, gap));
                gap = false;
                pageBreak = false;
            }
        }
        return lines;
    }

    private static boolean isPageNumber(String line, int page) {
        Matcher number = PAGE_NUMBER.matcher(line.strip());
        return number.matches() && Integer.parseInt(number.group(1)) == page;
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
