package vn.commune.workflow.reportdocument;

import java.util.List;

/**
 * One indicator as a consolidated report shows it.
 *
 * @param number   its number in the plan's annex, e.g. "1.2" (nullable)
 * @param unit     e.g. "%", "Doanh nghiệp" (nullable)
 * @param office   the office that reports its value
 * @param target   the target it is judged by this period, as written, e.g. "≥ 25" (nullable: none)
 * @param actual   the value reported for the period (nullable: none)
 * @param status   "Đạt", "Chưa đạt", "Chưa có số liệu"
 * @param counted  whether it counts in "đạt x/y chỉ tiêu" (it has a target that can be judged)
 * @param met      whether it reached its target
 * @param evidence one line per file or link behind the value
 */
public record IndicatorRow(
        String number,
        String name,
        String unit,
        String office,
        String target,
        String actual,
        String status,
        boolean counted,
        boolean met,
        List<String> evidence) {

    public IndicatorRow {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
