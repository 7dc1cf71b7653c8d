package vn.commune.workflow.importer;

/**
 * One task as the plan writes it; every text is kept in the plan's own words (spaces normalised).
 * A field the plan does not fill is {@code null}; {@code group} is the heading the task sits under.
 * {@code deadlineAssumed}: the plan gives no deadline for the task, so {@code deadlineText} is the end
 * of the plan's year ("Năm 2026"), put there by the reader for a person to check.
 */
public record ParsedTask(
        String number,
        String group,
        String title,
        String leadText,
        String coordinatingText,
        String expectedResult,
        String deadlineText,
        boolean deadlineAssumed) {

    public ParsedTask(
            String number,
            String group,
            String title,
            String leadText,
            String coordinatingText,
            String expectedResult,
            String deadlineText) {
        this(number, group, title, leadText, coordinatingText, expectedResult, deadlineText, false);
    }
}
