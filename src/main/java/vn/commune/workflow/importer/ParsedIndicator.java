package vn.commune.workflow.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One indicator (chỉ tiêu): target per year ("2025" → "≥ 70") and the office that tracks it. */
public record ParsedIndicator(
        String number, String name, Map<String, String> targetsByYear, String trackingOfficeText) {
    public ParsedIndicator {
        // Kept in year order, as the plan lists them.
        targetsByYear = Collections.unmodifiableMap(new LinkedHashMap<>(targetsByYear));
    }
}
