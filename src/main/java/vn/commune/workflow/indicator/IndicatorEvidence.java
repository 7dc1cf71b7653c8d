package vn.commune.workflow.indicator;

import java.time.Instant;

/** A file behind an indicator's value for a period. */
public record IndicatorEvidence(
        long id,
        long indicatorId,
        long periodId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
