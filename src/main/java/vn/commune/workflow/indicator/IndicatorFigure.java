package vn.commune.workflow.indicator;

import java.time.YearMonth;
import java.util.List;

/**
 * An indicator's figure in one reporting period: the target it was judged by, the value entered (null: none) and
 * the evidence behind it (file names and links).
 */
public record IndicatorFigure(
        Indicator indicator,
        long periodId,
        YearMonth month,
        String target,
        String actual,
        String links,
        List<IndicatorEvidence> evidence,
        IndicatorStatus status) {

    /** Whether it counts in "đạt x/y chỉ tiêu": only an indicator with a target that can be judged does. */
    public boolean counted() {
        return target != null && IndicatorTarget.parse(target).judgeable();
    }
}
