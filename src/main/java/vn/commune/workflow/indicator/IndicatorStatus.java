package vn.commune.workflow.indicator;

/**
 * How an indicator stands in a period, as {@code GET /api/plans/{id}/indicators} names it: "MET" (đạt), "NOT_MET"
 * (chưa đạt), "NO_DATA" (no value entered for the period, or no target that can be read).
 */
public enum IndicatorStatus {
    MET("Đạt"),
    NOT_MET("Chưa đạt"),
    NO_DATA("Chưa có số liệu");

    private final String label;

    IndicatorStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
