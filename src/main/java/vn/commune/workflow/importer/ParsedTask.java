package vn.commune.workflow.importer;

/**
 * One task as the plan writes it; every text is kept in the plan's own words (spaces normalised).
 * A field the plan does not fill is {@code null}; {@code group} is the heading the task sits under.
 */
public record ParsedTask(
        String number,
        String group,
        String title,
        String leadText,
        String coordinatingText,
        String expectedResult,
        String deadlineText) {}
