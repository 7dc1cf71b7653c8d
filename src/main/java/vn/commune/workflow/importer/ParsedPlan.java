package vn.commune.workflow.importer;

import java.time.LocalDate;
import java.util.List;
import vn.commune.workflow.system.Problem;

/** What a plan document says; a field the document leaves blank is {@code null} and has a warning. */
public record ParsedPlan(
        String number,
        LocalDate issuedOn,
        String title,
        String commune,
        String monitoringOfficeText,
        List<ParsedTask> tasks,
        List<ParsedIndicator> indicators,
        List<Problem> warnings) {
    public ParsedPlan {
        tasks = List.copyOf(tasks);
        indicators = List.copyOf(indicators);
        warnings = List.copyOf(warnings);
    }
}
