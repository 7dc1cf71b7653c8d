package vn.commune.workflow.importer;

/**
 * A bullet that states a measurable target ("Tối thiểu 60% hồ sơ …"): proposed as {@code indicator}, the
 * clerk may keep it so, or turn it into {@code task} (same number), or drop it.
 */
public record ProposedIndicator(ParsedIndicator indicator, ParsedTask task) {}
