package vn.commune.workflow.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF as lines per page, with an empty line where the vertical space between two
 * lines is clearly wider than the page's usual line spacing: that is where a paragraph ends.
 */
final class PdfText extends PDFTextStripper {
    /** Lines of one paragraph are evenly spaced; "spacing before" of 6 pt on 13 pt text already exceeds this. */
    private static final float GAP = 1.25f;

    private final List<List<String>> pages = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<String> texts = new ArrayList<>();
    private final List<Float> tops = new ArrayList<>();
    private float top;

    private PdfText() {
        setSortByPosition(true);
    }

    static List<List<String>> pages(PDDocument pdf) throws IOException {
        PdfText text = new PdfText();
        text.getText(pdf);
        return text.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        texts.clear();
        tops.clear();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (line.isEmpty() && !positions.isEmpty()) {
            top = positions.get(0).getYDirAdj();
        }
        line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        pages.add(withGaps());
        super.endPage(page);
    }

    private void endLine() {
        if (!line.toString().isBlank()) {
            texts.add(line.toString());
            tops.add(top);
        }
        line.setLength(0);
    }

    private List<String> withGaps() {
        List<Float> spacings = new ArrayList<>();
        for (int i = 1; i < tops.size(); i++) {
            float spacing = tops.get(i) - tops.get(i - 1);
            if (spacing > 0) {
                spacings.add(spacing);
            }
        }
        spacings.sort(null);
        float usual = spacings.isEmpty() ? 0 : spacings.get(spacings.size() / 2);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0 && usual > 0 && tops.get(i) - tops.get(i - 1) > GAP * usual) {
                lines.add("");
            }
            lines.add(texts.get(i));
        }
        return lines;
    }
}
