package vn.commune.workflow.reportperiod;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.calendar.WorkingCalendar;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.digest.NoticeKind;
import vn.commune.workflow.digest.Notices;
import vn.commune.workflow.engine.TaskActor;
import vn.commune.workflow.engine.TasklistDue;
import vn.commune.workflow.mail.MailText;
import vn.commune.workflow.mail.Outbox;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * What the ReportPeriod model asks of the domain, as {@code ${reportPeriodProcess...}}; the business key
 * is the period's id, and inside the per-office subprocesses the variable {@code office} names the office.
 */
@Component("reportPeriodProcess")
public class ReportPeriodProcess {

    static final String REMARKS = "remarks";
    static final String APPROVED = "approved";
    static final String RETURN_REASON = "returnReason";
    /** "CHAIRMAN" or "VICE_CHAIRMAN": who signs the approved report; the chairman when not said. */
    static final String SIGN_AS = "signAs";

    private final ReportPeriods periods;
    private final AssignmentRepository assignments;
    private final WorkingCalendar calendar;
    private final ReportingProperties properties;
    private final Notices notices;
    private final OfficeDirectory directory;
    private final OfficeRepository offices;
    private final Communes communes;
    private final Outbox outbox;
    private final WorkflowProperties workflow;
    private final ReportBuilder builder;
    private final Clock clock;

    ReportPeriodProcess(
            ReportPeriods periods,
            AssignmentRepository assignments,
            WorkingCalendar calendar,
            ReportingProperties properties,
            Notices notices,
            OfficeDirectory directory,
            OfficeRepository offices,
            Communes communes,
            Outbox outbox,
            WorkflowProperties workflow,
            ReportBuilder builder,
            Clock clock) {
        this.periods = periods;
        this.assignments = assignments;
        this.calendar = calendar;
        this.properties = properties;
        this.notices = notices;
        this.directory = directory;
        this.offices = offices;
        this.communes = communes;
        this.outbox = outbox;
        this.workflow = workflow;
        this.builder = builder;
        this.clock = clock;
    }

    // --- expressions ---

    public List<String> offices(DelegateExecution execution) {
        return periods.officeReports(periodId(execution)).stream()
                .map(ReportPeriods.OfficeReport::officeId)
                .toList();
    }

    public List<String> missingOffices(DelegateExecution execution) {
        return periods.officeReports(periodId(execution)).stream()
                .filter(r -> "MISSING".equals(r.status()))
                .map(ReportPeriods.OfficeReport::officeId)
                .toList();
    }

    /** The leadership of the plan's commune approves its report. */
    public String leadershipGroup(DelegateExecution execution) {
        return communes.get(period(execution).communeId()).leadershipGroup();
    }

    public String monitoringOffice(DelegateExecution execution) {
        return period(execution).monitoringOffice();
    }

    /** Reporting ends with the effective cutoff day, at 24:00 Vietnam time. */
    public Date cutoff(DelegateExecution execution) {
        return Date.from(VietnamTime.endOf(period(execution).effectiveDueDate()));
    }

    /** Late reports are taken until the next period opens. */
    public Date nextPeriodOpens(DelegateExecution execution) {
        return Date.from(period(execution)
                .month()
                .plusMonths(2)
                .atDay(1)
                .atStartOfDay(VietnamTime.ZONE)
                .toInstant());
    }

    public boolean hasReminderAhead(DelegateExecution execution) {
        return nextReminderAt(period(execution)).isPresent();
    }

    public Date nextReminder(DelegateExecution execution) {
        return Date.from(nextReminderAt(period(execution)).orElseThrow());
    }

    public boolean approved(DelegateExecution execution) {
        ReportPeriods.Period p = period(execution);
        return p.approvedBy() != null && p.returnReason() == null;
    }

    /** The configured days of the due month, on working days, at 07:00 (before the 08:00 round mails them), after now and before the cutoff. */
    Optional<Instant> nextReminderAt(ReportPeriods.Period p) {
        Instant now = clock.instant();
        Instant cutoff = VietnamTime.endOf(p.effectiveDueDate());
        return properties.reminderDays().stream()
                .map(day -> p.month().plusMonths(1).atDay(day))
                .map(day -> VietnamTime.at(calendar.workingDayOnOrBefore(day), 7))
                .filter(at -> at.isAfter(now) && at.isBefore(cutoff))
                .min(Comparator.naturalOrder());
    }

    // --- steps ---

    void remind(DelegateExecution execution) {
        ReportPeriods.Period p = period(execution);
        String office = (String) execution.getVariable(ReportPeriodModel.OFFICE);
        notices.toGroup(
                office,
                p.planId(),
                NoticeKind.REPORT_DUE,
                "Báo cáo " + p.label() + " của " + offices.nameOf(office) + ": hạn nộp "
                        + VietnamTime.format(p.effectiveDueDate()),
                workflow.baseUrl() + "/camunda/app/tasklist/");
    }

    void escalateMissing(DelegateExecution execution) {
        ReportPeriods.Period p = period(execution);
        periods.markMissing(p.id());
        List<String> missing = periods.officeReports(p.id()).stream()
                .filter(r -> "MISSING".equals(r.status()))
                .map(r -> offices.nameOf(r.officeId()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String subject = "[Thiếu báo cáo] " + (p.planNumber() == null ? "" : p.planNumber() + " - ") + p.label() + ": "
                + missing.size() + " cơ quan chưa nộp";
        String body = "Kính gửi: Lãnh đạo UBND xã và cơ quan theo dõi, tổng hợp,\n\nĐến hết ngày "
                + VietnamTime.format(p.effectiveDueDate()) + ", các cơ quan sau chưa nộp báo cáo " + p.label()
                + " của kế hoạch " + (p.planNumber() == null ? "" : p.planNumber() + " - ") + p.planTitle() + ":\n"
                + missing.stream().map(m -> "  - " + m + "\n").reduce("", String::concat)
                + "\nCác cơ quan vẫn có thể nộp muộn; báo cáo tổng hợp được lập từ các báo cáo đã có.\n"
                + MailText.signature();
        outbox.enqueue(
                "MISSING_REPORTS",
                "missing-reports:" + p.id(),
                directory.leadershipAnd(p.monitoringOffice()),
                subject,
                body);
    }

    void produce(DelegateExecution execution) {
        ReportPeriods.Period p = period(execution);
        ReportBuilder.Documents documents = builder.documents(p);
        periods.storeDocuments(p.id(), documents.docx(), documents.xlsx());
    }

    // --- tasks ---

    void onReportTask(DelegateTask task) {
        ReportPeriods.Period p = period(task.getExecution());
        String office = (String) task.getVariable(ReportPeriodModel.OFFICE);
        ReportPeriods.OfficeReport report = periods.officeReport(p.id(), office);
        boolean late = ReportPeriodModel.SUBMIT_LATE_REPORT.equals(task.getTaskDefinitionKey());
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setName((late ? "Nộp muộn báo cáo " : "Báo cáo ") + p.label() + " - " + label(p));
            task.setDueDate(TasklistDue.of(p.effectiveDueDate()));
            reportable(p, office).forEach(a -> periods.ensureItem(report.id(), a.id()));
            return;
        }
        List<String> unanswered = periods.items(report.id()).stream()
                .filter(i -> !i.answered())
                .map(i -> assignments
                        .findById(i.assignmentId())
                        .orElseThrow()
                        .task()
                        .number())
                .toList();
        if (!unanswered.isEmpty()) {
            throw new ProcessEngineException("Chưa báo cáo tiến độ nhiệm vụ " + String.join(", ", unanswered)
                    + ": ghi kết quả, tiến độ hoặc chọn \"Không có thay đổi\" cho từng nhiệm vụ.");
        }
        periods.markSubmitted(
                report.id(),
                late || clock.instant().isAfter(VietnamTime.endOf(p.effectiveDueDate())),
                TaskActor.of(task),
                clock.instant());
    }

    void onConsolidateTask(DelegateTask task) {
        ReportPeriods.Period p = period(task.getExecution());
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setName("Tổng hợp báo cáo " + p.label() + " - " + label(p));
            periods.setStatus(p.id(), "CONSOLIDATING");
            return;
        }
        Object remarks = task.getVariable(REMARKS);
        periods.setRemarks(p.id(), remarks == null ? null : remarks.toString().strip());
        task.getExecution().removeVariable(REMARKS);
    }

    void onApproveTask(DelegateTask task) {
        ReportPeriods.Period p = period(task.getExecution());
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setName("Duyệt báo cáo " + p.label() + " - " + label(p));
            return;
        }
        Object approved = task.getVariable(APPROVED);
        Object reason = task.getVariable(RETURN_REASON);
        if (!(approved instanceof Boolean decision)) {
            throw new ProcessEngineException("Hãy chọn Duyệt hoặc Trả lại báo cáo tổng hợp.");
        }
        String reasonText = reason == null ? "" : reason.toString().strip();
        if (!decision && reasonText.isEmpty()) {
            throw new ProcessEngineException("Trả lại báo cáo thì phải ghi ý kiến để cơ quan theo dõi chỉnh sửa.");
        }
        Object signAs = task.getVariable(SIGN_AS);
        Signer signer;
        try {
            signer =
                    signAs == null || signAs.toString().isBlank() ? Signer.CHAIRMAN : Signer.valueOf(signAs.toString());
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("Người ký phải là Chủ tịch (CHAIRMAN) hoặc Phó Chủ tịch (VICE_CHAIRMAN).");
        }
        periods.decide(p.id(), decision, reasonText, signer, TaskActor.of(task), clock.instant());
        task.getExecution().removeVariables(List.of(APPROVED, RETURN_REASON, SIGN_AS));
    }

    /** An office's (or, for null, every office's) shares of the plan still open, or completed within the period covered. */
    List<Assignment> reportable(ReportPeriods.Period p, String office) {
        return assignments.findByPlan(p.planId()).stream()
                .filter(a -> office == null || a.officeId().equals(office))
                .filter(a -> a.status() != AssignmentStatus.DONE
                        || !VietnamTime.dateOf(a.completedAt()).isBefore(p.start())
                                && !VietnamTime.dateOf(a.completedAt()).isAfter(p.end()))
                .toList();
    }

    private static String label(ReportPeriods.Period p) {
        return p.planNumber() != null
                ? p.planNumber()
                : p.planTitle().length() > 60 ? p.planTitle().substring(0, 59) + "…" : p.planTitle();
    }

    private ReportPeriods.Period period(DelegateExecution execution) {
        return periods.find(periodId(execution));
    }

    private static long periodId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }

    @Configuration(proxyBeanMethods = false)
    static class Steps {

        @Bean
        JavaDelegate remindReportDelegate(ReportPeriodProcess process) {
            return process::remind;
        }

        @Bean
        JavaDelegate escalateMissingReportsDelegate(ReportPeriodProcess process) {
            return process::escalateMissing;
        }

        @Bean
        JavaDelegate produceReportDelegate(ReportPeriodProcess process) {
            return process::produce;
        }

        @Bean
        TaskListener submitReportListener(ReportPeriodProcess process) {
            return process::onReportTask;
        }

        @Bean
        TaskListener consolidateReportsListener(ReportPeriodProcess process) {
            return process::onConsolidateTask;
        }

        @Bean
        TaskListener approveReportListener(ReportPeriodProcess process) {
            return process::onApproveTask;
        }
    }
}
