package vn.commune.workflow.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A plan as read from a document or a fixture, before it is stored and its processes started. */
public record PlanDraft(
        String number,
        LocalDate issuedOn,
        String title,
        String monitoringOfficeId,
        String sourceName,
        String sourceSha256,
        List<TaskDraft> tasks,
        List<IndicatorDraft> indicators) {

    public PlanDraft {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public record TaskDraft(
            String number,
            String group,
            String title,
            String leadText,
            String coordinatingText,
            String expectedResult,
            String deadlineText,
            List<String> leadOfficeIds,
            List<String> coordinatingOfficeIds) {}

    /** A measured target per year ("2025" → "≥ 70") in its unit ("%"), and the office that tracks it, if known. */
    public record IndicatorDraft(
            String number,
            String name,
            String unit,
            Map<String, String> targetsByYear,
            String trackingOfficeText,
            String trackingOfficeId) {}
}
