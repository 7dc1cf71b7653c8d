package vn.commune.workflow.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan as read from a document or a fixture, before it is stored and its processes started. */
public record PlanDraft(String number, LocalDate issuedOn, String title, String monitoringOfficeId, String sourceName,
                        List<TaskDraft> tasks) {

    public record TaskDraft(String number, String group, String title, String leadText, String coordinatingText,
                            String expectedResult, String deadlineText, List<String> leadOfficeIds,
                            List<String> coordinatingOfficeIds) {
    }
}
