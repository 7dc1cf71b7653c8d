package vn.commune.workflow.reportdocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.commune.workflow.plan.TaskStatus;

/**
 * What a commune's consolidated progress report says, before it is laid out as a document.
 *
 * @param issuingBody     the agency issuing the report, e.g. "ỦY BAN NHÂN DÂN XÃ TRƯỜNG GIANG";
 *                        a "\n" forces where its name breaks in the header
 * @param parentBody      the line above the agency, e.g. "UBND TỈNH QUẢNG NGÃI" (nullable)
 * @param number          the document number, e.g. "125/BC-UBND" (nullable until it is issued)
 * @param place           the place in the date line, e.g. "Trường Giang"
 * @param date            the report's date
 * @param subtitle        the line under "BÁO CÁO"
 * @param periodLabel     the period, e.g. "tháng 10/2026", "quý III/2026"
 * @param remarks         the monitoring office's assessment, one paragraph per line (nullable)
 * @param rows            the tasks reported on, one row per task of the plan however many offices lead it
 * @param indicators      the plan's indicators with their figures for the period
 * @param recipients      the "Nơi nhận" list, e.g. "Lưu: VT"
 * @param signerAuthority e.g. "TM. ỦY BAN NHÂN DÂN" (nullable)
 * @param signerTitle     e.g. "CHỦ TỊCH"
 * @param signerName      the signer's name (nullable: the space for the signature stays)
 */
public record ConsolidatedReport(
        String issuingBody,
        String parentBody,
        String number,
        String place,
        LocalDate date,
        String subtitle,
        String periodLabel,
        String remarks,
        List<ReportRow> rows,
        List<IndicatorRow> indicators,
        List<String> recipients,
        String signerAuthority,
        String signerTitle,
        String signerName) {

    public ConsolidatedReport {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(signerTitle, "signerTitle");
        rows = rows == null ? List.of() : List.copyOf(rows);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public long count(TaskStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    /** Tasks with a deadline; ongoing tasks and those still needing one never count towards the rate. */
    public int total() {
        return rows.size() - (int) count(TaskStatus.ONGOING) - (int) count(TaskStatus.NEEDS_DEADLINE);
    }

    public int done() {
        return (int) (count(TaskStatus.DONE_ON_TIME) + count(TaskStatus.DONE_LATE));
    }

    /** The figure reports quote, e.g. "hoàn thành 5/8 nhiệm vụ, đạt 62,5%". */
    public String completionSentence() {
        if (total() == 0) {
            return "không có nhiệm vụ có thời hạn";
        }
        return "hoàn thành " + done() + "/" + total() + " nhiệm vụ, đạt " + percent(done(), total());
    }

    /** Indicators with a target that can be judged this period. */
    public int indicatorsCounted() {
        return (int) indicators.stream().filter(IndicatorRow::counted).count();
    }

    public int indicatorsMet() {
        return (int) indicators.stream().filter(i -> i.counted() && i.met()).count();
    }

    /** As the seed reports state it, e.g. "đạt 29/34 chỉ tiêu, đạt 85,3%". */
    public String indicatorSentence() {
        if (indicatorsCounted() == 0) {
            return "không có chỉ tiêu có thể đánh giá trong kỳ";
        }
        return "đạt " + indicatorsMet() + "/" + indicatorsCounted() + " chỉ tiêu, đạt "
                + percent(indicatorsMet(), indicatorsCounted());
    }

    /** Vietnamese writes a decimal comma, and no ",0" on a whole number. */
    private static String percent(int part, int whole) {
        BigDecimal percent = BigDecimal.valueOf(100L * part)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return percent.toPlainString().replace('.', ',') + "%";
    }

    /** The rows grouped by status, groups in the enum's order, empty groups left out. */
    Map<TaskStatus, List<ReportRow>> rowsByStatus() {
        Map<TaskStatus, List<ReportRow>> groups = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            List<ReportRow> group =
                    rows.stream().filter(row -> row.status() == status).toList();
            if (!group.isEmpty()) {
                groups.put(status, group);
            }
        }
        return groups;
    }
}
