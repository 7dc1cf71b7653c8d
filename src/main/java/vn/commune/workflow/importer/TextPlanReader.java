package vn.commune.workflow.importer;

import java.util.List;

/** A plan as text: UTF-8 copied from its signed PDF, or the text of the PDF itself. */
final class TextPlanReader {
    static final String WHOLE_TEXT = "toàn văn bản";

    private TextPlanReader() {}

    static ParsedPlan read(byte[] content) {
        return read(TextCleaner.clean(Utf8Text.decode(content)), ParsedPlan.TEXT);
    }

    static ParsedPlan read(List<SourceLine> lines, String readBy) {
        return WrittenPlan.read(
                lines,
                lines,
                false,
                warnings -> new Tables(
                        TextTaskTable.read(lines, warnings), TextIndicatorTable.read(lines, warnings), null, List.of()),
                WHOLE_TEXT,
                readBy);
    }
}
