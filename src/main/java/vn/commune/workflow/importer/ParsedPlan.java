package vn.commune.workflow.importer;

import java.time.LocalDate;
import java.util.List;
import vn.commune.workflow.system.Problem;

/**
 * What a plan document says; a field the document leaves blank is {@code null} and has a warning.
 * {@code readBy} is {@link #OCR} when the text was recognised from page images, else {@link #TEXT}.
 */
public record ParsedPlan(
        String number,
        LocalDate issuedOn,
        String title,
        String commune,
        String monitoringOfficeText,
        List<ParsedTask> tasks,
        List<ParsedIndicator> indicators,
        List<ProposedIndicator> proposals,
        List<FieldOffices> fieldOffices,
        String readBy,
        List<Problem> warnings) {
    public static final String TEXT = "TEXT";
    public static final String OCR = "OCR";

    public ParsedPlan {
        tasks = List.copyOf(tasks);
        indicators = List.copyOf(indicators);
        proposals = List.copyOf(proposals);
        fieldOffices = List.copyOf(fieldOffices);
        warnings = List.copyOf(warnings);
    }
}
