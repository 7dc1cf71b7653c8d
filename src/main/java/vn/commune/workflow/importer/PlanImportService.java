package vn.commune.workflow.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.audit.AuditKind;
import vn.commune.workflow.audit.AuditLog;
import vn.commune.workflow.calendar.VietnamTime;
import vn.commune.workflow.commune.CommuneScope;
import vn.commune.workflow.deadlinetext.DeadlineService;
import vn.commune.workflow.deadlinetext.ReadDeadline;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeMatch;
import vn.commune.workflow.office.OfficeMatcher;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.office.TaskOffices;
import vn.commune.workflow.plan.InvalidPlanException;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.plan.PlanService;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Problem;
import vn.commune.workflow.system.Refusal;
import vn.commune.workflow.system.Sha256;
import vn.commune.workflow.upload.UploadInspector;

/**
 * From a document to a plan: read it, match its office names, read its deadlines, show the clerk every
 * task as it will be created; on confirmation store the plan and start its processes in one transaction.
 */
@Service
public class PlanImportService {

    static final String NEEDS_LEAD = "Cần giao cơ quan chủ trì";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanReader reader = new PlanReader();
    private final OfficeRepository offices;
    private final DeadlineService deadlines;
    private final PlanService plans;
    private final CommuneScope communes;
    private final CurrentUser user;
    private final AuditLog audit;

    PlanImportService(
            OfficeRepository offices,
            DeadlineService deadlines,
            PlanService plans,
            CommuneScope communes,
            CurrentUser user,
            AuditLog audit) {
        this.offices = offices;
        this.deadlines = deadlines;
        this.plans = plans;
        this.communes = communes;
        this.user = user;
        this.audit = audit;
    }

    /** What the plan will be; nothing is stored. */
    public ImportPreview preview(String fileName, byte[] content, ImportChoices choices) {
        requirePlanManager();
        return read(communes.current(), fileName, content, choices).preview(null);
    }

    @Transactional
    public ImportPreview importPlan(String fileName, byte[] content, ImportChoices choices) {
        requirePlanManager();
        String commune = communes.current();
        Reading reading = read(commune, fileName, content, choices);
        List<Problem> blocking = reading.blockingProblems();
        if (!blocking.isEmpty()) {
            throw new InvalidPlanException(blocking);
        }
        if (!reading.duplicates.isEmpty() && !choices.allowDuplicate()) {
            throw new InvalidPlanException(List.of(duplicateWarning(reading.duplicates)), true);
        }
        choices.mappings().forEach((alias, officeId) -> offices.saveAlias(commune, alias, officeId, user.id()));
        PlanDraft draft = reading.draft();
        long id = plans.create(commune, draft, user.id());
        audit.record(
                AuditKind.PLAN_IMPORT,
                "kế hoạch " + id,
                commune,
                fileName + ": " + draft.number() + " - " + draft.title() + " ("
                        + draft.tasks().size() + " nhiệm vụ)");
        return reading.preview(id);
    }

    /** A plan the product itself brings in (the demo), read and stored exactly as a clerk's import would be. */
    @Transactional
    public long importAsSystem(String communeId, String fileName, byte[] content) {
        Reading reading = read(communeId, fileName, content, ImportChoices.NONE);
        List<Problem> blocking = reading.blockingProblems();
        if (!blocking.isEmpty()) {
            throw new InvalidPlanException(blocking);
        }
        return plans.create(communeId, reading.draft(), "system");
    }

    /**
     * Whoever creates a plan hands tasks to every office and chooses who reads their evidence: only the leadership,
     * the commune's office and the administrator may, whatever office the request names as monitoring office.
     */
    private void requirePlanManager() {
        if (!user.mayManagePlans()) {
            throw Refusal.notAllowed(
                    "Chỉ lãnh đạo UBND xã, Văn phòng HĐND và UBND xã hoặc quản trị hệ thống mới được nhập kế hoạch.");
        }
    }

    private Reading read(String commune, String fileName, byte[] content, ImportChoices choices) {
        ParsedPlan parsed;
        try {
            parsed = reader.read(fileName, content);
        } catch (PlanReadException e) {
            throw new InvalidPlanException(e.errors());
        }
        List<Office> communeOffices = offices.findByCommune(commune);
        Set<String> known =
                new LinkedHashSet<>(communeOffices.stream().map(Office::id).toList());
        List<Problem> choiceErrors = new ArrayList<>();
        choices.mappings().forEach((alias, id) -> {
            if (!known.contains(id)) {
                choiceErrors.add(
                        new Problem("Ánh xạ cơ quan", "«" + alias + "» được ánh xạ tới mã cơ quan không có: " + id));
            }
        });
        if (choices.monitoringOffice() != null && !known.contains(choices.monitoringOffice())) {
            choiceErrors.add(new Problem("Cơ quan theo dõi", "Mã cơ quan không có: " + choices.monitoringOffice()));
        }
        choiceErrors.addAll(ClerkChoices.problems(parsed, choices, known));
        if (!choiceErrors.isEmpty()) {
            throw new InvalidPlanException(choiceErrors);
        }
        Map<String, String> aliases = new LinkedHashMap<>(offices.aliases(commune));
        aliases.putAll(choices.mappings());
        String fingerprint = Sha256.hex(content);
        Map<String, String> names = new LinkedHashMap<>();
        communeOffices.forEach(office -> names.put(office.id(), office.name()));
        return new Reading(
                parsed,
                UploadInspector.cleanName(fileName),
                new OfficeMatcher(communeOffices, aliases, offices.collectives(commune)),
                names,
                choices,
                fingerprint,
                plans.plansFromSource(commune, fingerprint));
    }

    private static Problem duplicateWarning(List<Long> plans) {
        return new Problem(
                "Tài liệu",
                "Tài liệu này đã được nhập thành kế hoạch (mã " + plans
                        + "); nhập lại sẽ tạo một kế hoạch trùng. Chọn \"vẫn nhập\" nếu thật sự muốn.");
    }

    /** One reading of the document against the commune's offices and calendar. */
    private final class Reading {

        final ParsedPlan parsed;
        final String fileName;
        final String sha256;
        final List<Long> duplicates;
        final String monitoringOffice;
        final List<TaskPreview> tasks = new ArrayList<>();
        final List<IndicatorPreview> indicators = new ArrayList<>();
        final List<ProposalPreview> proposedIndicators = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();
        final List<Problem> unknownLeads = new ArrayList<>();

        Reading(
                ParsedPlan parsed,
                String fileName,
                OfficeMatcher matcher,
                Map<String, String> officeNames,
                ImportChoices choices,
                String sha256,
                List<Long> duplicates) {
            this.parsed = parsed;
            this.fileName = fileName;
            this.sha256 = sha256;
            this.duplicates = duplicates;
            warnings.addAll(parsed.warnings());
            this.monitoringOffice = choices.monitoringOffice() != null
                    ? choices.monitoringOffice()
                    : single(
                            parsed.monitoringOfficeText() == null
                                    ? null
                                    : matcher.match(parsed.monitoringOfficeText()));
            if (monitoringOffice == null) {
                warnings.add(new Problem(
                        "Kế hoạch",
                        "Chưa xác định được cơ quan theo dõi, tổng hợp"
                                + (parsed.monitoringOfficeText() == null
                                        ? ""
                                        : " («" + parsed.monitoringOfficeText() + "»)")
                                + "; hãy chọn cơ quan theo dõi."));
            }
            LeadSuggestions suggestions = new LeadSuggestions(parsed.fieldOffices(), matcher);
            for (ParsedTask task : ClerkChoices.tasks(parsed, choices)) {
                tasks.add(task(task, matcher, choices.tasks().get(task.number()), suggestions, officeNames));
            }
            for (ParsedIndicator indicator : parsed.indicators()) {
                indicators.add(indicator(indicator, matcher, false));
            }
            for (ProposedIndicator proposal : parsed.proposals()) {
                ProposalChoice choice = ClerkChoices.choice(proposal, choices);
                if (choice == ProposalChoice.INDICATOR) {
                    indicators.add(indicator(proposal.indicator(), matcher, true));
                }
                proposedIndicators.add(new ProposalPreview(
                        proposal.task().number(),
                        proposal.task().group(),
                        proposal.indicator().name(),
                        proposal.indicator().unit(),
                        proposal.indicator().targetsByYear(),
                        deadlines.read(proposal.task().deadlineText(), parsed.issuedOn()),
                        proposal.task().deadlineAssumed(),
                        choice));
            }
            if (!parsed.proposals().isEmpty()) {
                warnings.add(new Problem(
                        "Kế hoạch",
                        parsed.proposals().size() + " gạch đầu dòng nêu chỉ tiêu đo được (như «Tối thiểu 60% …»)"
                                + " được đề xuất thành chỉ tiêu: hãy xác nhận, chuyển thành nhiệm vụ hoặc bỏ."));
            }
            if (!duplicates.isEmpty()) {
                warnings.add(duplicateWarning(duplicates));
            }
        }

        private IndicatorPreview indicator(ParsedIndicator indicator, OfficeMatcher matcher, boolean proposed) {
            String office = indicator.trackingOfficeText() == null
                    ? null
                    : single(matcher.match(indicator.trackingOfficeText()));
            return new IndicatorPreview(
                    indicator.number(),
                    indicator.name(),
                    indicator.targetsByYear(),
                    indicator.trackingOfficeText(),
                    office,
                    indicator.unit(),
                    proposed);
        }

        private TaskPreview task(
                ParsedTask task,
                OfficeMatcher matcher,
                ChosenOffices chosen,
                LeadSuggestions suggestions,
                Map<String, String> officeNames) {
            String where = "Nhiệm vụ " + task.number();
            boolean leadsChosen = chosen != null && chosen.leadOffices() != null;
            boolean coordinatingChosen = chosen != null && chosen.coordinatingOffices() != null;
            TaskOffices named = matcher.matchTask(task.leadText(), task.coordinatingText());
            warnUnmatched(where, named, leadsChosen, coordinatingChosen);
            List<String> leads = new ArrayList<>(leadsChosen ? chosen.leadOffices() : named.leads());
            List<String> coordinating =
                    new ArrayList<>(coordinatingChosen ? chosen.coordinatingOffices() : named.coordinating());
            coordinating.removeAll(leads);
            boolean needsLead = leads.isEmpty()
                    && (task.leadText() == null || task.leadText().isBlank());
            List<String> suggested = leads.isEmpty() ? suggestions.forTitle(task.title()) : List.of();
            if (needsLead) {
                String hint = suggested.isEmpty()
                        ? ""
                        : "; gợi ý theo mục Tổ chức thực hiện: "
                                + String.join(
                                        ", ",
                                        suggested.stream().map(officeNames::get).toList());
                warnings.add(
                        new Problem(where, NEEDS_LEAD + ": văn bản không ghi cơ quan cho nhiệm vụ này" + hint + "."));
            }
            ReadDeadline deadline = deadlines.read(task.deadlineText(), parsed.issuedOn());
            if (task.deadlineAssumed() && deadline.dueDate() != null) {
                warnings.add(new Problem(
                        where,
                        "Văn bản không ghi thời hạn cho nhiệm vụ này: tạm đặt hạn cuối năm kế hoạch ("
                                + DATE.format(deadline.dueDate()) + "); hãy kiểm tra."));
            } else {
                warnings.addAll(deadlineWarnings(where, task.deadlineText(), deadline));
            }
            return new TaskPreview(
                    task.number(),
                    task.group(),
                    task.title(),
                    leads,
                    coordinating,
                    task.expectedResult(),
                    deadline,
                    task.leadText(),
                    task.coordinatingText(),
                    needsLead,
                    suggested,
                    task.deadlineAssumed());
        }

        /** Names the clerk has not replaced by a choice of offices: an unknown lead blocks, an unknown partner is kept. */
        private void warnUnmatched(String where, TaskOffices named, boolean leadsChosen, boolean coordinatingChosen) {
            for (OfficeMatch match : leadsChosen ? List.<OfficeMatch>of() : named.leadNames()) {
                if (!match.matched()) {
                    Problem unknown = new Problem(
                            where,
                            "Không nhận ra cơ quan chủ trì «" + match.text() + "»: hãy chọn cơ quan tương ứng của xã.");
                    unknownLeads.add(unknown);
                    warnings.add(unknown);
                }
            }
            for (OfficeMatch match : coordinatingChosen ? List.<OfficeMatch>of() : named.coordinatingNames()) {
                if (!match.matched()) {
                    // Coordinating bodies outside the commune's offices (Đảng ủy, sở, ngành) owe no result: kept as
                    // written.
                    warnings.add(new Problem(
                            where,
                            "Cơ quan phối hợp «" + match.text()
                                    + "» không phải cơ quan của xã: chỉ ghi nhận tên, không giao việc."));
                }
            }
        }

        List<Problem> blockingProblems() {
            List<Problem> problems = new ArrayList<>(unknownLeads);
            if (monitoringOffice == null) {
                problems.add(new Problem("Kế hoạch", "Chưa chọn cơ quan theo dõi, tổng hợp."));
            }
            tasks.stream()
                    .filter(t -> t.leadOffices().isEmpty()
                            && (t.leadText() == null || t.leadText().isBlank()))
                    .forEach(t -> problems.add(new Problem(
                            "Nhiệm vụ " + t.number(),
                            "Chưa có cơ quan chủ trì (" + NEEDS_LEAD
                                    + "): hãy chọn cơ quan chủ trì cho nhiệm vụ này.")));
            return problems;
        }

        /** A document without a readable title (a bare task table) is named after its file. */
        String title() {
            return parsed.title() != null ? parsed.title() : "Kế hoạch nhập từ tệp " + fileName;
        }

        PlanDraft draft() {
            return new PlanDraft(
                    parsed.number(),
                    parsed.issuedOn(),
                    title(),
                    monitoringOffice,
                    fileName,
                    sha256,
                    tasks.stream()
                            .map(t -> new PlanDraft.TaskDraft(
                                    t.number(),
                                    t.group(),
                                    t.title(),
                                    t.leadText(),
                                    t.coordinatingText(),
                                    t.expectedResult(),
                                    t.deadline().text(),
                                    t.leadOffices(),
                                    t.coordinatingOffices()))
                            .toList(),
                    indicators.stream()
                            .map(i -> new PlanDraft.IndicatorDraft(
                                    i.number(),
                                    i.name(),
                                    i.unit(),
                                    i.targetsByYear(),
                                    i.trackingOfficeText(),
                                    i.trackingOffice()))
                            .toList());
        }

        ImportPreview preview(Long id) {
            return new ImportPreview(
                    id,
                    parsed.number(),
                    parsed.issuedOn(),
                    title(),
                    monitoringOffice,
                    tasks,
                    indicators,
                    warnings,
                    parsed.readBy(),
                    proposedIndicators);
        }
    }

    private static String single(OfficeMatch match) {
        return match != null && match.officeIds().size() == 1
                ? match.officeIds().get(0)
                : null;
    }

    /** What the clerk should know about a task's deadline before the plan is created. */
    private static List<Problem> deadlineWarnings(String where, String text, ReadDeadline deadline) {
        List<Problem> problems = new ArrayList<>();
        String message = switch (deadline.kind()) {
            case UNREADABLE ->
                "Không đọc được thời hạn «" + nullToEmpty(text)
                        + "»: nhiệm vụ sẽ được đánh dấu \"cần định hạn\" để Chủ tịch quyết định.";
            case AS_DIRECTED -> "Thời hạn theo chỉ đạo, chưa có ngày cụ thể: cần định hạn sau.";
            case ONGOING -> "Nhiệm vụ thường xuyên: không có hạn cuối, cơ quan báo cáo định kỳ.";
            case PERIODIC ->
                "Nhiệm vụ định kỳ: không có hạn cuối, cơ quan báo cáo định kỳ"
                        + (deadline.dayOfMonth() == null
                                ? "."
                                : " trước ngày " + deadline.dayOfMonth() + " hằng tháng.");
            case PERIOD ->
                "Nhiệm vụ thực hiện trong cả giai đoạn: cơ quan báo cáo định kỳ; hạn cuối là ngày "
                        + VietnamTime.format(deadline.dueDate()) + ", hết giai đoạn.";
            default -> null;
        };
        if (message != null) {
            problems.add(new Problem(where, message));
        }
        if (deadline.dueDate() != null && !deadline.dueDate().equals(deadline.effectiveDueDate())) {
            problems.add(new Problem(
                    where,
                    "Hạn " + deadline.dueDate() + " rơi vào ngày nghỉ; hạn xử lý chuyển sang "
                            + deadline.effectiveDueDate() + "."));
        }
        return problems;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * The clerk's decisions: unknown names mapped to offices, the monitoring office, a duplicate accepted,
     * offices given to tasks by number (replacing what the document says), and what each proposed
     * indicator becomes (kept as an indicator unless said otherwise).
     */
    public record ImportChoices(
            Map<String, String> mappings,
            String monitoringOffice,
            boolean allowDuplicate,
            Map<String, ChosenOffices> tasks,
            Map<String, ProposalChoice> proposals) {

        /** What the document says, with no one's corrections. */
        static final ImportChoices NONE = new ImportChoices(null, null, false, null, null);

        public ImportChoices {
            mappings = mappings == null ? Map.of() : Map.copyOf(mappings);
            tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
            proposals = proposals == null ? Map.of() : Map.copyOf(proposals);
        }
    }

    /** Office ids for one task; a {@code null} list leaves that role as the document has it. */
    public record ChosenOffices(List<String> leadOffices, List<String> coordinatingOffices) {}

    /** What a proposed indicator becomes. */
    public enum ProposalChoice {
        INDICATOR,
        TASK,
        DROP
    }

    /**
     * {@code readBy}: "TEXT", or "OCR" when the document was a scan; {@code proposedIndicators}: bullets
     * stating a measured target, each with the clerk's current choice.
     */
    public record ImportPreview(
            Long id,
            String number,
            LocalDate issuedOn,
            String title,
            String monitoringOffice,
            List<TaskPreview> tasks,
            List<IndicatorPreview> indicators,
            List<Problem> warnings,
            String readBy,
            List<ProposalPreview> proposedIndicators) {}

    /**
     * {@code needsLead}: the document names no office ("cần giao cơ quan chủ trì"); {@code
     * suggestedLeadOffices}: offices the plan's "Tổ chức thực hiện" gives the task's field;
     * {@code deadlineAssumed}: no deadline written, the end of the plan's year is set.
     */
    public record TaskPreview(
            String number,
            String group,
            String title,
            List<String> leadOffices,
            List<String> coordinatingOffices,
            String expectedResult,
            ReadDeadline deadline,
            String leadText,
            String coordinatingText,
            boolean needsLead,
            List<String> suggestedLeadOffices,
            boolean deadlineAssumed) {}

    /** {@code proposed}: read from a bullet's measured target, kept as an indicator by the clerk's choice. */
    public record IndicatorPreview(
            String number,
            String name,
            Map<String, String> targetsByYear,
            String trackingOfficeText,
            String trackingOffice,
            String unit,
            boolean proposed) {}

    /** A bullet stating a measured target, as indicator and as the task it would be, and the choice made. */
    public record ProposalPreview(
            String number,
            String group,
            String name,
            String unit,
            Map<String, String> targetsByYear,
            ReadDeadline deadline,
            boolean deadlineAssumed,
            ProposalChoice choice) {}
}
