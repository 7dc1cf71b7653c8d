package vn.commune.workflow.indicator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.commune.CommuneScope;
import vn.commune.workflow.evidence.EvidenceDownload;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.security.Role;
import vn.commune.workflow.system.Refusal;

/**
 * A plan's indicators as everyone in its commune reads them (latest figures, trend), target corrections by the
 * leadership, and the files behind values. Another commune's plan is not found.
 */
@RestController
class IndicatorController {

    private final Indicators indicators;
    private final CommuneScope communes;
    private final OfficeRepository offices;
    private final CurrentUser user;
    private final Clock clock;

    IndicatorController(
            Indicators indicators, CommuneScope communes, OfficeRepository offices, CurrentUser user, Clock clock) {
        this.indicators = indicators;
        this.offices = offices;
        this.communes = communes;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Each indicator's latest figure: the value of the latest period its office reported it in, judged against that
     * year's target; with no value yet, the latest period's target (this year's before any period) and "NO_DATA".
     */
    @GetMapping("/api/plans/{planId}/indicators")
    List<Latest> latest(@PathVariable long planId) {
        requirePlan(planId);
        int thisYear = VietnamTime.dateOf(clock.instant()).getYear();
        List<Latest> latest = new ArrayList<>();
        indicators.trend(planId).forEach((indicator, figures) -> {
            IndicatorFigure last = figures.stream()
                    .filter(f -> f.actual() != null)
                    .reduce((a, b) -> b)
                    .orElse(null);
            String target = last != null
                    ? last.target()
                    : figures.isEmpty()
                            ? indicator.targetFor(thisYear).orElse(null)
                            : figures.get(figures.size() - 1).target();
            latest.add(new Latest(
                    indicator.id(),
                    indicator.name(),
                    indicator.unit(),
                    indicator.officeId(),
                    target,
                    last == null ? null : last.actual(),
                    (last == null ? IndicatorStatus.NO_DATA : last.status()).name()));
        });
        return latest;
    }

    @GetMapping("/api/plans/{planId}/indicators/trend")
    List<Trend> trend(@PathVariable long planId) {
        requirePlan(planId);
        List<Trend> trend = new ArrayList<>();
        indicators
                .trend(planId)
                .forEach((indicator, figures) -> trend.add(new Trend(
                        indicator.id(),
                        indicator.number(),
                        indicator.name(),
                        indicator.unit(),
                        indicator.officeId(),
                        offices.nameOf(indicator.officeId()),
                        indicator.targets(),
                        figures.stream()
                                .map(f -> new Point(
                                        f.periodId(),
                                        f.month().toString(),
                                        f.target(),
                                        f.actual(),
                                        f.status().name(),
                                        f.status().label()))
                                .toList(),
                        indicators.targetChanges(indicator.id()))));
        return trend;
    }

    /** The leadership corrects a year's target; the change is kept with who made it and when. */
    @PostMapping("/api/plans/{planId}/indicators/{id}/target")
    Map<String, Object> correct(@PathVariable long planId, @PathVariable long id, @RequestBody TargetCorrection body) {
        Indicator indicator = ofPlan(planId, id);
        if (!user.isLeadership()) {
            throw Refusal.notAllowed("Chỉ lãnh đạo UBND xã được điều chỉnh chỉ tiêu.");
        }
        indicators.correctTarget(indicator, body.year(), body.target(), body.note(), user.id());
        return Map.of("corrected", true);
    }

    /**
     * The files behind a value: for the office that reports it, the monitoring office, the leadership, the clerks and
     * the commune's administrator.
     */
    @GetMapping("/api/indicator-evidence/{id}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable long id) {
        IndicatorEvidence file = indicators
                .evidenceById(id)
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy minh chứng số " + id + "."));
        Indicator indicator = indicators.find(file.indicatorId()).orElseThrow();
        if (!user.communeId().map(indicator.communeId()::equals).orElse(false)) {
            throw Refusal.notFound("Không tìm thấy minh chứng số " + id + ".");
        }
        if (!(user.inGroup(indicator.officeId())
                || user.inGroup(indicator.monitoringOfficeId())
                || user.isLeadership()
                || user.has(Role.CLERK)
                || user.has(Role.COMMUNE_ADMIN))) {
            throw Refusal.notAllowed("Bạn không có quyền xem minh chứng chỉ tiêu của cơ quan khác.");
        }
        return EvidenceDownload.of(file.fileName(), file.contentType(), file.sha256())
                .body(out -> indicators.copyEvidence(id, out));
    }

    private Indicator ofPlan(long planId, long id) {
        requirePlan(planId);
        return indicators
                .find(id)
                .filter(i -> i.planId() == planId)
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy chỉ tiêu " + id + " của kế hoạch."));
    }

    private void requirePlan(long planId) {
        String commune = communes.current();
        if (!indicators.planInCommune(planId, commune)) {
            throw Refusal.notFound("Không tìm thấy kế hoạch số " + planId + ".");
        }
    }

    record Latest(long id, String name, String unit, String office, String target, String actual, String status) {}

    record Point(long periodId, String month, String target, String actual, String status, String statusLabel) {}

    record Trend(
            long id,
            String number,
            String name,
            String unit,
            String office,
            String officeName,
            Map<String, String> targets,
            List<Point> periods,
            List<Indicators.TargetChange> changes) {}

    record TargetCorrection(String year, String target, String note) {}
}
