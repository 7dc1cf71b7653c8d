package vn.commune.workflow.office;

import java.util.List;

/**
 * One office name as written in a plan and the offices it stands for.
 * An unmatched name keeps its text and has no ids, so a person can resolve it.
 */
public record OfficeMatch(String text, List<String> officeIds, boolean collective) {
    public OfficeMatch {
        officeIds = List.copyOf(officeIds);
    }

    public boolean matched() {
        return !officeIds.isEmpty();
    }
}
