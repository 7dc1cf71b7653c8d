package vn.commune.workflow.reportperiod;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.commune.ReportRecipients;
import vn.commune.workflow.evidence.EvidenceRepository;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.indicator.IndicatorEvidence;
import vn.commune.workflow.indicator.IndicatorFigure;
import vn.commune.workflow.indicator.IndicatorStatus;
import vn.commune.workflow.indicator.Indicators;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.TaskStatus;
import vn.commune.workflow.reportdocument.ConsolidatedReport;
import vn.commune.workflow.reportdocument.IndicatorRow;
import vn.commune.workflow.reportdocument.ReportDocuments;
import vn.commune.workflow.reportdocument.ReportRow;

/**
 * The consolidated report of a period: every task of the plan with its status at the period's end (each office's share
 * beside it), evidence, the indicators' figures, and who it goes to and who signs it.
 */
@Component
class ReportBuilder {

    private final ReportPeriods periods;
    private final AssignmentRepository assignments;
    private final EvidenceRepository evidence;
    private final OfficeRepository offices;
    private final Communes communes;
    private final OfficeDirectory directory;
    private final Indicators indicators;
    private final ReportRecipients recipients;
    private final ReportDocuments documents = new ReportDocuments();
    private final Clock clock;

    ReportBuilder(
            ReportPeriods periods,
            AssignmentRepository assignments,
            EvidenceRepository evidence,
            OfficeRepository offices,
            Communes communes,
            OfficeDirectory directory,
            Indicators indicators,
            ReportRecipients recipients,
            Clock clock) {
        this.periods = periods;
        this.assignments = assignments;
        this.evidence = evidence;
        this.offices = offices;
        this.communes = communes;
        this.directory = directory;
        this.indicators = indicators;
        this.recipients = recipients;
        this.clock = clock;
    }

    Documents documents(ReportPeriods.Period p) {
        ConsolidatedReport report = report(p);
        return new Documents(documents.docx(report), documents.xlsx(report));
    }

    ConsolidatedReport report(ReportPeriods.Period p) {
        String commune = communes.nameOf(p.communeId()).replaceFirst("^(?i)xã\\s+", "");
        LocalDate date = VietnamTime.dateOf(p.approvedAt() != null ? p.approvedAt() : clock.instant());
        String signer = p.approvedBy() == null
                ? null
                : directory.fullNameOf(p.approvedBy()).orElse(null);
        List<String> recipientLines = new ArrayList<>(recipients.of(p.communeId()));
        recipientLines.addAll(List.of(
                "Thường trực Đảng ủy xã (b/c)",
                "Thường trực HĐND xã (b/c)",
                "CT, các PCT UBND xã",
                "Các phòng, ban, đơn vị",
                "Lưu: VT"));
        return new ConsolidatedReport(
                "ỦY BAN NHÂN DÂN\nXÃ " + commune.toUpperCase(Locale.forLanguageTag("vi")),
                null,
                null,
                commune,
                date,
                "Kết quả thực hiện " + planName(p) + " " + p.label(),
                p.label(),
                p.remarks(),
                rows(p),
                indicators(p),
                recipientLines,
                p.signer().authority(),
                p.signer().title(),
                signer);
    }

    /** "Kế hoạch số 125/KH-UBND ngày 15/9/2025" where the plan has its own number, else its title. */
    static String planName(ReportPeriods.Period p) {
        if (p.planNumber() == null || p.planNumber().isBlank()) {
            return p.planTitle();
        }
        return "Kế hoạch số " + p.planNumber()
                + (p.planIssuedOn() == null
                        ? ""
                        : " ngày " + p.planIssuedOn().getDayOfMonth() + "/"
                                + p.planIssuedOn().getMonthValue() + "/"
                                + p.planIssuedOn().getYear());
    }

    /**
     * One row per task of the plan, in plan order: a task several offices lead is done when every one of them is,
     * and each office's share, with what it reported for the period, stands beside it.
     */
    List<ReportRow> rows(ReportPeriods.Period p) {
        Map<Long, ReportPeriods.Item> reported = periods.officeReports(p.id()).stream()
                .flatMap(r -> periods.items(r.id()).stream())
                .collect(Collectors.toMap(ReportPeriods.Item::assignmentId, Function.identity()));
        Map<Long, List<Assignment>> byTask = assignments.findByPlan(p.planId()).stream()
                .collect(Collectors.groupingBy(Assignment::planTaskId, LinkedHashMap::new, Collectors.toList()));
        List<ReportRow> rows = new ArrayList<>();
        for (List<Assignment> shares : byTask.values()) {
            Assignment first = shares.get(0);
            List<String> proof = new ArrayList<>();
            List<ReportRow.Share> officeShares = new ArrayList<>();
            for (Assignment a : shares) {
                evidenceOf(p, a).stream()
                        .map(e -> e.fileName() + " (" + VietnamTime.format(VietnamTime.dateOf(e.uploadedAt())) + ")")
                        .forEach(proof::add);
                String progress = a.resultNote();
                ReportPeriods.Item item = reported.get(a.id());
                if (item != null) {
                    if (item.links() != null && !item.links().isBlank()) {
                        proof.add(item.links().strip());
                    }
                    progress = item.noChange() ? "Không có thay đổi so với kỳ trước" : item.progress();
                }
                officeShares.add(new ReportRow.Share(offices.nameOf(a.officeId()), a.statusOn(p.end()), progress));
            }
            boolean several = officeShares.size() > 1;
            rows.add(new ReportRow(
                    first.task().number(),
                    first.task().title(),
                    several
                            ? officeShares.size() + " cơ quan chủ trì"
                            : officeShares.get(0).office(),
                    first.task().deadlineText(),
                    first.task().effectiveDueDate(),
                    TaskStatus.ofTask(
                            officeShares.stream().map(ReportRow.Share::status).toList()),
                    several ? null : officeShares.get(0).progress(),
                    proof,
                    several ? officeShares : List.of()));
        }
        return rows;
    }

    /** The evidence of a share as it stood at the period's cutoff: what came in later belongs to the next report. */
    List<EvidenceInfo> evidenceOf(ReportPeriods.Period p, Assignment a) {
        return evidence.listForAssignment(a.id()).stream()
                .filter(e -> !VietnamTime.dateOf(e.uploadedAt()).isAfter(p.effectiveDueDate()))
                .toList();
    }

    /** The plan's indicators, each judged against the target of the period's year. */
    List<IndicatorRow> indicators(ReportPeriods.Period p) {
        return indicators.ofPlan(p.planId()).stream()
                .map(i -> indicatorRow(indicators.figure(i, p.id(), p.month())))
                .toList();
    }

    IndicatorRow indicatorRow(IndicatorFigure f) {
        List<String> proof = new ArrayList<>(
                f.evidence().stream().map(IndicatorEvidence::fileName).toList());
        if (f.links() != null) {
            proof.add(f.links());
        }
        return new IndicatorRow(
                f.indicator().number(),
                f.indicator().name(),
                f.indicator().unit(),
                offices.nameOf(f.indicator().officeId()),
                f.target(),
                f.actual(),
                f.status().label(),
                f.counted(),
                f.status() == IndicatorStatus.MET,
                proof);
    }

    record Documents(byte[] docx, byte[] xlsx) {}
}
