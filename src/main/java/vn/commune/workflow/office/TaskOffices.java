package vn.commune.workflow.office;

import java.util.List;

/**
 * The offices a task names, as matched: the names as written (unmatched ones keep their text) and the
 * office ids that lead it and coordinate it.
 */
public record TaskOffices(
        List<OfficeMatch> leadNames,
        List<OfficeMatch> coordinatingNames,
        List<String> leads,
        List<String> coordinating) {
    public TaskOffices {
        leadNames = List.copyOf(leadNames);
        coordinatingNames = List.copyOf(coordinatingNames);
        leads = List.copyOf(leads);
        coordinating = List.copyOf(coordinating);
    }
}
