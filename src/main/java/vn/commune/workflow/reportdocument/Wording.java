package vn.commune.workflow.reportdocument;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.commune.workflow.plan.TaskStatus;

/** The report's sentences and fixed phrases, shared by the .docx and the .xlsx. */
final class Wording {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String NO_EVIDENCE = "Chưa có";

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern WRITTEN_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private Wording() {}

    /** Text pasted from PDFs often arrives decomposed; Word and fonts expect NFC. */
    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static String upper(String text) {
        return nfc(text).toUpperCase(VIETNAMESE);
    }

    static String numberLine(String number) {
        return number == null ? "Số:      /BC-UBND" : "Số: " + number;
    }

    /** Nghị định 30/2020, Phụ lục I: a zero before days under 10 and months under 3. */
    static String dateLine(String place, LocalDate date) {
        String month = date.getMonthValue() < 3
                ? "%02d".formatted(date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        return "%s, ngày %02d tháng %s năm %d".formatted(place, date.getDayOfMonth(), month, date.getYear());
    }

    static String dayMonthYear(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }

    static String opening(ConsolidatedReport report) {
        return "Trên cơ sở báo cáo của các cơ quan, đơn vị được giao chủ trì thực hiện nhiệm vụ, "
                + "kết quả thực hiện nhiệm vụ trong " + report.periodLabel() + " được tổng hợp như sau:";
    }

    /** Tasks are counted as the plan lists them: a task several offices lead is one task. */
    static String figures(ConsolidatedReport report) {
        return ("Trong %s, tổng số nhiệm vụ của kế hoạch: %d, trong đó có thời hạn: %d; %s; trong đó hoàn thành đúng hạn: %d, "
                        + "hoàn thành quá hạn: %d; đang thực hiện trong hạn: %d; đang thực hiện quá hạn: %d; "
                        + "chưa đến hạn: %d. Nhiệm vụ thường xuyên: %d. Nhiệm vụ cần định hạn: %d.")
                .formatted(
                        report.periodLabel(),
                        report.rows().size(),
                        report.total(),
                        report.completionSentence(),
                        report.count(TaskStatus.DONE_ON_TIME),
                        report.count(TaskStatus.DONE_LATE),
                        report.count(TaskStatus.ON_TRACK),
                        report.count(TaskStatus.OVERDUE),
                        report.count(TaskStatus.NOT_DUE),
                        report.count(TaskStatus.ONGOING),
                        report.count(TaskStatus.NEEDS_DEADLINE));
    }

    /** The indicators' result in the words of the seed reports, with how many fell short or have no data. */
    static String indicatorFigures(ConsolidatedReport report) {
        long noData = report.indicators().stream()
                .filter(i -> i.counted() && i.actual() == null)
                .count();
        return "Về chỉ tiêu: " + report.indicatorSentence() + " ("
                + report.indicators().size()
                + " chỉ tiêu của kế hoạch; chưa đạt: " + (report.indicatorsCounted() - report.indicatorsMet() - noData)
                + "; chưa có số liệu: " + noData + ").";
    }

    static String indicatorName(IndicatorRow indicator) {
        return indicator.number() == null || indicator.number().isBlank()
                ? indicator.name()
                : indicator.number() + ". " + indicator.name();
    }

    /** A task several offices lead: each office's share beside it, e.g. "Công an xã: Hoàn thành đúng hạn". */
    static List<String> shareLines(ReportRow row) {
        return row.shares().stream()
                .map(s -> s.office() + ": " + s.status().label())
                .toList();
    }

    /** What each office reported, prefixed by its name when several offices lead the task. */
    static List<String> progressLines(ReportRow row) {
        if (row.shares().isEmpty()) {
            return row.progress() == null ? List.of() : List.of(row.progress());
        }
        return row.shares().stream()
                .filter(s -> s.progress() != null && !s.progress().isBlank())
                .map(s -> s.office() + ": " + s.progress())
                .toList();
    }

    /** ND30 closes the body of a document with "./.". */
    static String closing(ConsolidatedReport report) {
        return "Trên đây là báo cáo kết quả thực hiện nhiệm vụ trong " + report.periodLabel() + "./.";
    }

    /** The task as the plan numbers it, so readers can find it in the plan. */
    static String taskTitle(ReportRow row) {
        return row.number() == null || row.number().isBlank() ? row.title() : row.number() + ". " + row.title();
    }

    /**
     * The computed due date in words, unless the plan's own words already show that date: a
     * deadline moved off a day off, or one written as a month or quarter, needs it spelled out.
     */
    static String dueDateNote(ReportRow row) {
        LocalDate due = row.effectiveDueDate();
        if (due == null || writtenDates(row.deadlineText()).contains(due)) {
            return null;
        }
        return "(hạn xử lý " + dayMonthYear(due) + ")";
    }

    /** "Nơi nhận" entries as ND30 prints them: "- …;" and a full stop after the last one. */
    static List<String> recipientLines(List<String> recipients) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String recipient = recipients.get(i).strip().replaceAll("[;.]+$", "");
            lines.add("- " + recipient + (i == recipients.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    private static List<LocalDate> writtenDates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher matcher = WRITTEN_DATE.matcher(text == null ? "" : text);
        while (matcher.find()) {
            try {
                dates.add(LocalDate.of(
                        Integer.parseInt(matcher.group(3)),
                        Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(1))));
            } catch (DateTimeException notADate) {
                // "31/2/2026" is a typo in the plan, not a date it shows.
            }
        }
        return dates;
    }
}
