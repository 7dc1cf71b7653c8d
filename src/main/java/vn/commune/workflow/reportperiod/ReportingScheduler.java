package vn.commune.workflow.reportperiod;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.calendar.WorkingCalendar;
import vn.commune.workflow.engine.CommuneProcesses;
import vn.commune.workflow.indicator.Indicator;
import vn.commune.workflow.indicator.Indicators;

/**
 * Opens each plan's monthly reporting period on the 1st: the report on last month is due on the plan's
 * report day (the 10th by default). A period whose cutoff has already passed (a plan imported late) is
 * not opened; several app nodes open each period once.
 */
@Component
public class ReportingScheduler {

    private final JdbcClient jdbc;
    private final ReportPeriods periods;
    private final ReportPeriodProcess process;
    private final WorkingCalendar calendar;
    private final CommuneProcesses processes;
    private final Indicators indicators;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReportingScheduler(
            JdbcClient jdbc,
            ReportPeriods periods,
            ReportPeriodProcess process,
            WorkingCalendar calendar,
            CommuneProcesses processes,
            Indicators indicators,
            TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.process = process;
        this.calendar = calendar;
        this.processes = processes;
        this.indicators = indicators;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${workflow.reports.open-cron}", zone = "Asia/Ho_Chi_Minh")
    public void scheduled() {
        openDuePeriods();
    }

    /** Opens the current period of every plan that has one due; returns the ids of the periods opened. */
    public List<Long> openDuePeriods() {
        return openDuePeriods(jdbc.sql(PLANS + " order by id"));
    }

    /** The same for one commune's plans only, leaving every other commune as it is. */
    public List<Long> openDuePeriods(String communeId) {
        return openDuePeriods(
                jdbc.sql(PLANS + " where commune_id = ? order by id").param(communeId));
    }

    private static final String PLANS =
            "select id, coalesce(issued_on, cast(created_at as date)) as since, report_day from plan";

    private List<Long> openDuePeriods(JdbcClient.StatementSpec plans) {
        LocalDate today = VietnamTime.dateOf(clock.instant());
        YearMonth reported = YearMonth.from(today).minusMonths(1);
        return plans
                .query((rs, n) ->
                        new PlanRow(rs.getLong("id"), rs.getObject("since", LocalDate.class), rs.getInt("report_day")))
                .list()
                .stream()
                .filter(p -> !reported.isBefore(YearMonth.from(p.since())))
                .map(p -> tx.execute(status -> open(p, reported, today)))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Long> open(PlanRow plan, YearMonth reported, LocalDate today) {
        LocalDate due = reported.plusMonths(1).atDay(plan.reportDay());
        LocalDate effective = calendar.effectiveDeadline(due);
        if (today.isAfter(effective)) {
            return Optional.empty();
        }
        PeriodKind kind = PeriodKind.of(reported);
        Optional<Long> opened = periods.open(plan.id(), reported, kind, due, effective);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        ReportPeriods.Period period = periods.find(opened.get());
        // Offices with work to report on, and those that report an indicator's value.
        List<String> offices = java.util.stream.Stream.concat(
                        process.reportable(period, null).stream().map(a -> a.officeId()),
                        indicators.ofPlan(plan.id()).stream().map(Indicator::officeId))
                .distinct()
                .toList();
        if (offices.isEmpty()) {
            jdbc.sql("delete from report_period where id = ?")
                    .param(period.id())
                    .update();
            return Optional.empty();
        }
        offices.forEach(o -> periods.addOfficeReport(period.id(), o));
        String instance = processes
                .start(period.communeId(), ReportPeriodModel.PROCESS_KEY, String.valueOf(period.id()))
                .getId();
        periods.setProcessInstance(period.id(), instance);
        return opened;
    }

    private record PlanRow(long id, LocalDate since, int reportDay) {}
}
