package vn.commune.workflow.reportperiod;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.commune.workflow.engine.TaskLookup;
import vn.commune.workflow.evidence.EvidenceRepository;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.evidence.EvidenceService;
import vn.commune.workflow.indicator.Indicator;
import vn.commune.workflow.indicator.IndicatorEvidence;
import vn.commune.workflow.indicator.IndicatorFigure;
import vn.commune.workflow.indicator.Indicators;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.TaskStatus;
import vn.commune.workflow.reportdocument.ConsolidatedReport;
import vn.commune.workflow.reportdocument.IndicatorRow;
import vn.commune.workflow.reportdocument.ReportRow;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.security.Role;
import vn.commune.workflow.system.Refusal;

/** What the report forms show and save: an office's report per task, the consolidation, the approved documents. */
@RestController
class ReportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ReportPeriods periods;
    private final ReportBuilder builder;
    private final AssignmentRepository assignments;
    private final EvidenceRepository evidenceRepository;
    private final EvidenceService evidence;
    private final OfficeRepository offices;
    private final TaskLookup tasks;
    private final Indicators indicators;
    private final HandOffPack handOff;
    private final CurrentUser user;

    ReportController(
            ReportPeriods periods,
            ReportBuilder builder,
            AssignmentRepository assignments,
            EvidenceRepository evidenceRepository,
            EvidenceService evidence,
            OfficeRepository offices,
            TaskLookup tasks,
            Indicators indicators,
            HandOffPack handOff,
            CurrentUser user) {
        this.periods = periods;
        this.builder = builder;
        this.assignments = assignments;
        this.evidenceRepository = evidenceRepository;
        this.evidence = evidence;
        this.offices = offices;
        this.tasks = tasks;
        this.indicators = indicators;
        this.handOff = handOff;
        this.user = user;
    }

    @GetMapping("/api/reports/tasks/{taskId}")
    OfficeReportView report(@PathVariable String taskId) {
        ReportTask t = reportTask(taskId, false);
        List<ItemView> items = periods.items(t.report().id()).stream()
                .map(i -> {
                    Assignment a = assignments.findById(i.assignmentId()).orElseThrow();
                    return new ItemView(
                            a.id(),
                            a.task().number(),
                            a.task().title(),
                            a.task().deadlineText(),
                            a.task().effectiveDueDate(),
                            a.statusOn(t.period().end()).label(),
                            i.progress(),
                            i.noChange(),
                            i.links(),
                            evidenceRepository.listForAssignment(a.id()));
                })
                .toList();
        ReportPeriods.Period p = t.period();
        return new OfficeReportView(
                p.id(),
                p.label(),
                p.kind().name(),
                p.effectiveDueDate(),
                p.planNumber(),
                p.planTitle(),
                t.report().officeId(),
                offices.nameOf(t.report().officeId()),
                t.report().status(),
                items,
                indicators.reportedBy(p.planId(), t.report().officeId()).stream()
                        .map(i -> indicatorView(indicators.figure(i, p.id(), p.month())))
                        .toList());
    }

    /** The office's value of an indicator it tracks, for the period; a blank value removes it. */
    @PutMapping("/api/reports/tasks/{taskId}/indicators/{indicatorId}")
    @Transactional
    IndicatorView saveIndicator(
            @PathVariable String taskId, @PathVariable long indicatorId, @RequestBody IndicatorUpdate update) {
        ReportTask t = reportTask(taskId, true);
        Indicator indicator = reportedIndicator(t, indicatorId);
        indicators.saveValue(
                indicator,
                t.period().id(),
                t.period().month(),
                update.actual(),
                update.links() == null || update.links().isBlank()
                        ? null
                        : update.links().strip(),
                user.id());
        return indicatorView(
                indicators.figure(indicator, t.period().id(), t.period().month()));
    }

    @PostMapping(
            path = "/api/reports/tasks/{taskId}/indicators/{indicatorId}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    IndicatorEvidence uploadIndicatorEvidence(
            @PathVariable String taskId, @PathVariable long indicatorId, @RequestParam("file") MultipartFile file)
            throws IOException {
        ReportTask t = reportTask(taskId, true);
        Indicator indicator = reportedIndicator(t, indicatorId);
        return indicators.storeEvidence(
                indicator, t.period().id(), file.getOriginalFilename(), file.getBytes(), user.id());
    }

    private Indicator reportedIndicator(ReportTask t, long indicatorId) {
        return indicators.reportedBy(t.period().planId(), t.report().officeId()).stream()
                .filter(i -> i.id() == indicatorId)
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("Chỉ tiêu " + indicatorId + " không thuộc báo cáo này."));
    }

    private static IndicatorView indicatorView(IndicatorFigure f) {
        return new IndicatorView(
                f.indicator().id(),
                f.indicator().number(),
                f.indicator().name(),
                f.indicator().unit(),
                f.target(),
                f.actual(),
                f.links(),
                f.status().name(),
                f.status().label(),
                f.evidence());
    }

    @PutMapping("/api/reports/tasks/{taskId}/items/{assignmentId}")
    @Transactional
    Map<String, Object> save(
            @PathVariable String taskId, @PathVariable long assignmentId, @RequestBody ItemUpdate update) {
        ReportTask t = reportTask(taskId, true);
        requireItem(t, assignmentId);
        periods.saveItem(
                t.report().id(),
                assignmentId,
                update.progress() == null ? null : update.progress().strip(),
                update.noChange(),
                update.links() == null ? null : update.links().strip());
        return Map.of("saved", true);
    }

    @PostMapping(
            path = "/api/reports/tasks/{taskId}/items/{assignmentId}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EvidenceInfo upload(
            @PathVariable String taskId, @PathVariable long assignmentId, @RequestParam("file") MultipartFile file)
            throws IOException {
        ReportTask t = reportTask(taskId, true);
        requireItem(t, assignmentId);
        return evidence.store(
                assignments.findById(assignmentId).orElseThrow(), taskId, file.getOriginalFilename(), file.getBytes());
    }

    /** Every office's report side by side, with the figures the consolidated report will state. */
    @GetMapping("/api/reports/periods/{id}")
    PeriodView period(@PathVariable long id) {
        ReportPeriods.Period p = readable(id);
        ConsolidatedReport report = builder.report(p);
        Map<String, Long> counts = java.util.Arrays.stream(TaskStatus.values())
                .collect(Collectors.toMap(TaskStatus::label, report::count, (a, b) -> a, java.util.LinkedHashMap::new));
        return new PeriodView(
                p.id(),
                p.planId(),
                p.label(),
                p.kind().name(),
                p.effectiveDueDate(),
                p.status(),
                p.remarks(),
                p.returnReason(),
                periods.officeReports(id),
                report.completionSentence(),
                report.indicators().isEmpty() ? null : report.indicatorSentence(),
                counts,
                report.rows(),
                report.indicators());
    }

    /** The period behind a consolidation or approval task in Tasklist. */
    @GetMapping("/api/tasks/{taskId}/report-period")
    PeriodView forTask(@PathVariable String taskId) {
        String periodId = tasks.findAt(taskId, ReportPeriodModel.CONSOLIDATE, ReportPeriodModel.APPROVE)
                .flatMap(tasks::businessKeyOf)
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy việc tổng hợp báo cáo " + taskId + "."));
        return period(Long.parseLong(periodId));
    }

    @GetMapping("/api/plans/{planId}/reports")
    List<Map<String, Object>> forPlan(@PathVariable long planId) {
        // Another commune's plan is, for this person, no plan at all.
        periods.communeOfPlan(planId)
                .filter(commune -> user.communeId().map(commune::equals).orElse(false))
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy kế hoạch số " + planId + "."));
        return periods.forPlan(planId).stream()
                .map(p -> Map.<String, Object>of(
                        "id",
                        p.id(),
                        "period",
                        p.label(),
                        "kind",
                        p.kind().name(),
                        "dueDate",
                        p.effectiveDueDate(),
                        "status",
                        p.status()))
                .toList();
    }

    @GetMapping("/api/reports/periods/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return download(id, "docx", DOCX);
    }

    @GetMapping("/api/reports/periods/{id}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return download(id, "xlsx", XLSX);
    }

    /**
     * The hand-off pack of an approved period, streamed. For the commune's leadership, monitoring office, clerks and
     * administrator (and the system administrator); an office head of another office may not take every office's
     * evidence at once (403); another commune's period is not found.
     */
    @GetMapping("/api/reports/periods/{id}/pack.zip")
    ResponseEntity<StreamingResponseBody> pack(@PathVariable long id) {
        ReportPeriods.Period p = find(id);
        if (!(user.isAdministrator()
                || user.communeId().map(p.communeId()::equals).orElse(false))) {
            throw Refusal.notFound("Không tìm thấy kỳ báo cáo " + id + ".");
        }
        if (!(user.isLeadership()
                || user.inGroup(p.monitoringOffice())
                || user.has(Role.CLERK)
                || user.has(Role.COMMUNE_ADMIN)
                || user.isAdministrator())) {
            throw Refusal.notAllowed(
                    "Chỉ lãnh đạo, cơ quan theo dõi, văn thư và quản trị của xã tải được gói bàn giao của kỳ báo cáo.");
        }
        if (!"APPROVED".equals(p.status())) {
            throw Refusal.conflict(
                    "Báo cáo " + p.label() + " chưa được duyệt: gói bàn giao có sau khi lãnh đạo duyệt.");
        }
        HandOffPack.Contents contents = handOff.prepare(p);
        String name = "ban-giao-" + p.month() + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(contents::writeTo);
    }

    private ResponseEntity<byte[]> download(long id, String kind, String contentType) {
        ReportPeriods.Period p = readable(id);
        byte[] content = periods.document(id, kind)
                .orElseThrow(() -> Refusal.notFound("Báo cáo " + p.label() + " chưa được duyệt."));
        String name = "bao-cao-" + p.month() + "." + kind;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    private ReportPeriods.Period find(long id) {
        try {
            return periods.find(id);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            throw Refusal.notFound("Không tìm thấy kỳ báo cáo " + id + ".");
        }
    }

    private ReportPeriods.Period readable(long id) {
        ReportPeriods.Period p = find(id);
        if (!user.communeId().map(p.communeId()::equals).orElse(false)) {
            throw Refusal.notFound("Không tìm thấy kỳ báo cáo " + id + ".");
        }
        if (!(user.isLeadership() || user.inGroup(p.monitoringOffice()))) {
            throw Refusal.notAllowed("Chỉ lãnh đạo và cơ quan theo dõi xem được báo cáo tổng hợp.");
        }
        return p;
    }

    private ReportTask reportTask(String taskId, boolean writing) {
        Task task = tasks.findAt(taskId, ReportPeriodModel.SUBMIT_REPORT, ReportPeriodModel.SUBMIT_LATE_REPORT)
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy việc báo cáo " + taskId + "."));
        ReportPeriods.Period p =
                periods.find(Long.parseLong(tasks.businessKeyOf(task).orElseThrow()));
        String office = (String) tasks.variable(taskId, ReportPeriodModel.OFFICE);
        boolean member = user.inGroup(office);
        if (writing ? !member : !(member || user.isLeadership() || user.inGroup(p.monitoringOffice()))) {
            throw Refusal.notAllowed("Chỉ cơ quan phải báo cáo mới được ghi báo cáo này.");
        }
        if (writing && task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
            throw Refusal.notAllowed("Việc báo cáo đang do " + task.getAssignee() + " nhận xử lý.");
        }
        return new ReportTask(p, periods.officeReport(p.id(), office));
    }

    private void requireItem(ReportTask t, long assignmentId) {
        if (periods.items(t.report().id()).stream().noneMatch(i -> i.assignmentId() == assignmentId)) {
            throw Refusal.notFound("Nhiệm vụ " + assignmentId + " không thuộc báo cáo này.");
        }
    }

    private record ReportTask(ReportPeriods.Period period, ReportPeriods.OfficeReport report) {}

    record ItemUpdate(String progress, boolean noChange, String links) {}

    record IndicatorUpdate(String actual, String links) {}

    record IndicatorView(
            long indicatorId,
            String number,
            String name,
            String unit,
            String target,
            String actual,
            String links,
            String status,
            String statusLabel,
            List<IndicatorEvidence> evidence) {}

    record ItemView(
            long assignmentId,
            String taskNumber,
            String title,
            String deadlineText,
            LocalDate effectiveDueDate,
            String status,
            String progress,
            boolean noChange,
            String links,
            List<EvidenceInfo> evidence) {}

    record OfficeReportView(
            long periodId,
            String period,
            String kind,
            LocalDate dueDate,
            String planNumber,
            String planTitle,
            String office,
            String officeName,
            String status,
            List<ItemView> items,
            List<IndicatorView> indicators) {}

    record PeriodView(
            long id,
            long planId,
            String period,
            String kind,
            LocalDate dueDate,
            String status,
            String remarks,
            String returnReason,
            List<ReportPeriods.OfficeReport> reports,
            String completion,
            String indicators,
            Map<String, Long> counts,
            List<ReportRow> rows,
            List<IndicatorRow> indicatorRows) {}
}
