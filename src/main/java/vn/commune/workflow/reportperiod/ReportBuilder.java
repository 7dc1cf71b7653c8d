package vn.commune.workflow.reportperiod;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.evidence.EvidenceRepository;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.reportdocument.ConsolidatedReport;
import vn.commune.workflow.reportdocument.ReportDocuments;
import vn.commune.workflow.reportdocument.ReportRow;

/** The consolidated report of a period: every office's share of every task, its status at the period's end and evidence. */
@Component
class ReportBuilder {

    private final ReportPeriods periods;
    private final AssignmentRepository assignments;
    private final EvidenceRepository evidence;
    private final OfficeRepository offices;
    private final Communes communes;
    private final OfficeDirectory directory;
    private final ReportDocuments documents = new ReportDocuments();
    private final Clock clock;

    ReportBuilder(
            ReportPeriods periods,
            AssignmentRepository assignments,
            EvidenceRepository evidence,
            OfficeRepository offices,
            Communes communes,
            OfficeDirectory directory,
            Clock clock) {
        this.periods = periods;
        this.assignments = assignments;
        this.evidence = evidence;
        this.offices = offices;
        this.communes = communes;
        this.directory = directory;
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
                : directory.member(p.approvedBy()).map(Recipient::name).orElse(null);
        return new ConsolidatedReport(
                "ỦY BAN NHÂN DÂN\nXÃ " + commune.toUpperCase(Locale.forLanguageTag("vi")),
                null,
                null,
                commune,
                date,
                "Kết quả thực hiện " + (p.planNumber() != null ? "Kế hoạch " + p.planNumber() : p.planTitle()) + " "
                        + p.label(),
                p.label(),
                p.remarks(),
                rows(p),
                List.of(
                        "Thường trực Đảng ủy xã (b/c)",
                        "Thường trực HĐND xã (b/c)",
                        "CT, các PCT UBND xã",
                        "Các phòng, ban, đơn vị",
                        "Lưu: VT"),
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
                signer);
    }

    /** One row per office's share, in plan order, with what that office reported for the period. */
    List<ReportRow> rows(ReportPeriods.Period p) {
        Map<Long, ReportPeriods.Item> reported = periods.officeReports(p.id()).stream()
                .flatMap(r -> periods.items(r.id()).stream())
                .collect(Collectors.toMap(ReportPeriods.Item::assignmentId, Function.identity()));
        List<ReportRow> rows = new ArrayList<>();
        for (Assignment a : assignments.findByPlan(p.planId())) {
            ReportPeriods.Item item = reported.get(a.id());
            List<String> proof = new ArrayList<>(evidence.listForAssignment(a.id()).stream()
                    .filter(e -> !VietnamTime.dateOf(e.uploadedAt()).isAfter(p.effectiveDueDate()))
                    .map(e -> e.fileName() + " (" + VietnamTime.format(VietnamTime.dateOf(e.uploadedAt())) + ")")
                    .toList());
            String progress = a.resultNote();
            if (item != null) {
                if (item.links() != null && !item.links().isBlank()) {
                    proof.add(item.links().strip());
                }
                progress = item.noChange() ? "Không có thay đổi so với kỳ trước" : item.progress();
            }
            rows.add(new ReportRow(
                    a.task().number(),
                    a.task().title(),
                    offices.nameOf(a.officeId()),
                    a.task().deadlineText(),
                    a.task().effectiveDueDate(),
                    a.statusOn(p.end()),
                    progress,
                    proof));
        }
        return rows;
    }

    record Documents(byte[] docx, byte[] xlsx) {}
}
