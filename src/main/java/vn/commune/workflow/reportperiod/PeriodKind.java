package vn.commune.workflow.reportperiod;

import java.time.LocalDate;
import java.time.YearMonth;

/** What a month's report covers: the month itself, or the quarter, half year or year it ends. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR;

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    static PeriodKind of(YearMonth month) {
        return switch (month.getMonthValue()) {
            case 12 -> YEAR;
            case 6 -> HALF_YEAR;
            case 3, 9 -> QUARTER;
            default -> MONTH;
        };
    }

    /** First day covered. */
    LocalDate start(YearMonth month) {
        return switch (this) {
            case MONTH -> month.atDay(1);
            case QUARTER -> month.minusMonths(2).atDay(1);
            case HALF_YEAR -> month.minusMonths(5).atDay(1);
            case YEAR -> month.minusMonths(11).atDay(1);
        };
    }

    /** "tháng 10/2026", "quý III/2026", "6 tháng đầu năm 2026", "năm 2026". */
    public String label(YearMonth month) {
        return switch (this) {
            case MONTH -> "tháng " + month.getMonthValue() + "/" + month.getYear();
            case QUARTER -> "quý " + ROMAN[(month.getMonthValue() - 1) / 3] + "/" + month.getYear();
            case HALF_YEAR -> "6 tháng đầu năm " + month.getYear();
            case YEAR -> "năm " + month.getYear();
        };
    }
}
