package vn.commune.workflow.province;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.commune.Province;
import vn.commune.workflow.plan.StatusCounts;
import vn.commune.workflow.plan.TaskStatus;
import vn.commune.workflow.reportperiod.PeriodKind;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.security.Role;
import vn.commune.workflow.system.Refusal;

/**
 * Every commune of a province side by side, most in need of attention first. Three queries whatever the number of
 * communes and tasks: the shares by status (as the plan counts them), the missing office reports, the last approved
 * report of each commune.
 */
@Service
public class ProvinceSummary {

    private final JdbcClient jdbc;
    private final Communes communes;
    private final StatusCounts statusCounts;
    private final CurrentUser user;
    private final Clock clock;

    ProvinceSummary(JdbcClient jdbc, Communes communes, StatusCounts statusCounts, CurrentUser user, Clock clock) {
        this.jdbc = jdbc;
        this.communes = communes;
        this.statusCounts = statusCounts;
        this.user = user;
        this.clock = clock;
    }

    /** The provinces the user follows: their own (province staff), every one (the system administrator). */
    public List<Province> readable() {
        requireProvinceReader();
        return communes.provinces().stream()
                .filter(p -> user.isAdministrator() || user.provinceIds().contains(p.id()))
                .toList();
    }

    /** A province the user follows; without {@code requested}, the first of theirs. */
    public Province province(String requested) {
        requireProvinceReader();
        if (requested == null || requested.isBlank()) {
            return readable().stream().findFirst().orElseThrow(() -> Refusal.notFound("Chưa có tỉnh nào để theo dõi."));
        }
        if (!user.isAdministrator() && !user.provinceIds().contains(requested)) {
            throw Refusal.notAllowed("Bạn chỉ xem được các xã của tỉnh mình theo dõi.");
        }
        return communes.provinces().stream()
                .filter(p -> p.id().equals(requested))
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy tỉnh " + requested + "."));
    }

    public Summary summary(Province province) {
        LocalDate today = VietnamTime.dateOf(clock.instant());
        List<Commune> members = communes.ofProvince(province.id());
        List<String> ids = members.stream().map(Commune::id).toList();
        Map<String, Map<TaskStatus, Long>> counts = statusCounts.byCommune(ids, today);
        Map<String, Long> missing = missingReports(province.id());
        Map<String, ApprovedReport> approved = lastApproved(province.id());
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<CommuneFigures> rows = members.stream()
                .map(c -> {
                    Map<TaskStatus, Long> n = counts.get(c.id());
                    return new CommuneFigures(
                            c.id(),
                            c.name(),
                            n.get(TaskStatus.DONE_ON_TIME),
                            n.get(TaskStatus.DONE_LATE),
                            n.get(TaskStatus.OVERDUE),
                            n.get(TaskStatus.ON_TRACK),
                            n.get(TaskStatus.NOT_DUE),
                            n.get(TaskStatus.ONGOING),
                            n.get(TaskStatus.NEEDS_DEADLINE),
                            missing.getOrDefault(c.id(), 0L),
                            approved.get(c.id()));
                })
                .sorted(Comparator.comparingLong(CommuneFigures::overdue)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(CommuneFigures::reportsMissing)
                                .reversed())
                        .thenComparing(CommuneFigures::name, vietnamese))
                .toList();
        return new Summary(province, today, rows);
    }

    private void requireProvinceReader() {
        if (!user.has(Role.PROVINCE_VIEWER) && !user.isAdministrator()) {
            throw Refusal.notAllowed(
                    "Chỉ cán bộ theo dõi của tỉnh và quản trị hệ thống xem được tình hình các xã của tỉnh.");
        }
    }

    /** Offices' monthly reports past their cutoff and still not in, per commune. */
    private Map<String, Long> missingReports(String provinceId) {
        Map<String, Long> missing = new HashMap<>();
        jdbc.sql("""
                        select p.commune_id, count(*) as n
                          from office_report r join report_period rp on rp.id = r.period_id join plan p on p.id = rp.plan_id
                          join commune c on c.id = p.commune_id
                         where c.province_id = ? and r.status = 'MISSING'
                         group by p.commune_id""").param(provinceId).query(rs -> {
            missing.put(rs.getString("commune_id"), rs.getLong("n"));
        });
        return missing;
    }

    /** The latest period of each commune whose consolidated report the leadership approved. */
    private Map<String, ApprovedReport> lastApproved(String provinceId) {
        Map<String, ApprovedReport> last = new HashMap<>();
        jdbc.sql("""
                        select distinct on (p.commune_id) p.commune_id, rp.id, rp.period, rp.kind, rp.approved_at,
                               p.id as plan_id, p.number as plan_number
                          from report_period rp join plan p on p.id = rp.plan_id join commune c on c.id = p.commune_id
                         where c.province_id = ? and rp.status = 'APPROVED'
                         order by p.commune_id, rp.period desc, rp.approved_at desc""").param(provinceId).query(rs -> {
            last.put(
                    rs.getString("commune_id"),
                    new ApprovedReport(
                            rs.getLong("id"),
                            rs.getString("period"),
                            rs.getString("kind"),
                            PeriodKind.valueOf(rs.getString("kind")).label(YearMonth.parse(rs.getString("period"))),
                            rs.getLong("plan_id"),
                            rs.getString("plan_number"),
                            rs.getTimestamp("approved_at") == null
                                    ? null
                                    : VietnamTime.dateOf(
                                            rs.getTimestamp("approved_at").toInstant())));
        });
        return last;
    }

    public record Summary(Province province, LocalDate asOf, List<CommuneFigures> communes) {}

    /**
     * One commune's tasks by status on {@code asOf} (a task led by two offices counts once, as its consolidated report
     * counts it), its missing office reports and its last approved report (null when none yet).
     */
    public record CommuneFigures(
            String id,
            String name,
            long doneOnTime,
            long doneLate,
            long overdue,
            long onTrack,
            long notDue,
            /** "Thường xuyên": no final deadline; tasks still needing a date are not counted here. */
            long ongoing,
            long needsDeadline,
            long reportsMissing,
            ApprovedReport lastApprovedReport) {}

    /**
     * @param period the month reported on, yyyy-mm
     * @param kind MONTH, QUARTER, HALF_YEAR or YEAR: what the report covers
     * @param label the period as people write it: "tháng 10/2026", "quý III/2026"
     */
    public record ApprovedReport(
            long periodId,
            String period,
            String kind,
            String label,
            long planId,
            String planNumber,
            LocalDate approvedOn) {}
}
