package vn.commune.workflow.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One indicator (chỉ tiêu): its unit as written ("%", "Doanh nghiệp"; {@code null} if none), target per
 * year ("2025" → "≥ 70") and the office that tracks it.
 */
public record ParsedIndicator(
        String number, String name, String unit, Map<String, String> targetsByYear, String trackingOfficeText) {
    public ParsedIndicator {
        // Kept in year order, as the plan lists them.
        targetsByYear = Collections.unmodifiableMap(new LinkedHashMap<>(targetsByYear));
    }
}
