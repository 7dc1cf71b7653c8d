package vn.commune.workflow.indicator;

import java.util.Map;
import java.util.Optional;

/**
 * An indicator of a plan (chỉ tiêu) with its targets by year, as written, and the office that reports its value: the
 * tracking office the plan names, or the monitoring office when the plan names none the commune could match.
 */
public record Indicator(
        long id,
        long planId,
        String communeId,
        String monitoringOfficeId,
        String number,
        String name,
        String unit,
        Map<String, String> targets,
        String officeId) {

    /**
     * The target a year's report is judged by: that year's, or the next milestone's ("đến năm 2030" for 2026), or the
     * last one written; years whose target is "-" are skipped.
     */
    public Optional<String> targetFor(int year) {
        Optional<Map.Entry<String, String>> next = targets.entrySet().stream()
                .filter(e -> IndicatorTarget.parse(e.getValue()).kind() != IndicatorTarget.Kind.NONE)
                .filter(e -> yearOf(e.getKey()) >= year)
                .min(Map.Entry.comparingByKey());
        if (next.isPresent()) {
            return next.map(Map.Entry::getValue);
        }
        return targets.entrySet().stream()
                .filter(e -> IndicatorTarget.parse(e.getValue()).kind() != IndicatorTarget.Kind.NONE)
                .max(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue);
    }

    private static int yearOf(String key) {
        String digits = key.replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
