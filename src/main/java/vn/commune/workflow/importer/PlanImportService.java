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
import vn.commune.workflow.deadline.DeadlineKind;
import vn.commune.workflow.deadline.DeadlineService;
import vn.commune.workflow.deadline.ReadDeadline;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeMatch;
import vn.commune.workflow.office.OfficeMatcher;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.InvalidPlanException;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.plan.PlanService;
import vn.commune.workflow.plan.Problem;
import vn.commune.workflow.security.CommuneScope;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Sha256;
import vn.commune.workflow.web.ApiException;

/**
 * From a document to a plan: read it, match its office names, read its deadlines, show the clerk every
 * task as it will be created; on confirmation store the plan and start its processes in one transaction.
 */
@Service
public class PlanImportService {

    private static final String ADMIN_GROUP = "camunda-admin";
    private static final String OFFICE_OF_THE_COMMITTEE = "vp-ubnd";
    static final String NEEDS_LEAD = "Cần giao cơ quan chủ trì";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanReader reader = new PlanReader();
    private final OfficeRepository offices;
    private final DeadlineService deadlines;
    private final PlanService plans;
    private final CommuneScope communes;
    private final CurrentUser user;

    PlanImportService(
            OfficeRepository offices,
            DeadlineService deadlines,
            PlanService plans,
            CommuneScope communes,
            CurrentUser user) {
        this.offices = offices;
        this.deadlines = deadlines;
        this.plans = plans;
        this.communes = communes;
        this.user = user;
    }

    /** What the plan will be; nothing is stored. */
    public ImportPreview preview(String fileName, byte[] content, ImportChoices choices) {
        return read(communes.current(), fileName, content, choices).preview(null, fileName);
    }

    @Transactional
    public ImportPreview importPlan(String fileName, byte[] content, ImportChoices choices) {
        String commune = communes.current();
        Reading reading = read(commune, fileName, content, choices);
        List<Problem> blocking = reading.blockingProblems();
        if (!blocking.isEmpty()) {
            throw new InvalidPlanException(blocking);
        }
        if (!reading.duplicates.isEmpty() && !choices.allowDuplicate()) {
            throw new InvalidPlanException(List.of(duplicateWarning(reading.duplicates)), true);
        }
        if (!(user.isLeadership()
                || user.inGroup(ADMIN_GROUP)
                || user.inGroup(OFFICE_OF_THE_COMMITTEE)
                || user.inGroup(reading.monitoringOffice))) {
            throw ApiException.forbidden(
                    "Chỉ lãnh đạo, Văn phòng HĐND và UBND hoặc cơ quan theo dõi kế hoạch mới được tạo kế hoạch.");
        }
        choices.mappings().forEach((alias, officeId) -> offices.saveAlias(commune, alias, officeId, user.id()));
        long id = plans.create(commune, reading.draft(fileName), user.id());
        return reading.preview(id, fileName);
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
                new OfficeMatcher(communeOffices, aliases),
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
                OfficeMatcher matcher,
                Map<String, String> officeNames,
                ImportChoices choices,
                String sha256,
                List<Long> duplicates) {
            this.parsed = parsed;
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
                TaskOffices chosen,
                LeadSuggestions suggestions,
                Map<String, String> officeNames) {
            String where = "Nhiệm vụ " + task.number();
            boolean leadsChosen = chosen != null && chosen.leadOffices() != null;
            List<String> leads =
                    leadsChosen ? new ArrayList<>(chosen.leadOffices()) : ids(task.leadText(), matcher, where, true);
            List<String> coordinating = chosen != null && chosen.coordinatingOffices() != null
                    ? new ArrayList<>(chosen.coordinatingOffices())
                    : ids(task.coordinatingText(), matcher, where, false);
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
            } else if (deadline.kind() == DeadlineKind.UNREADABLE) {
                warnings.add(new Problem(
                        where,
                        "Không đọc được thời hạn «" + nullToEmpty(task.deadlineText())
                                + "»: nhiệm vụ sẽ được đánh dấu \"cần định hạn\" để Chủ tịch quyết định."));
            } else if (deadline.kind() == DeadlineKind.AS_DIRECTED) {
                warnings.add(new Problem(where, "Thời hạn theo chỉ đạo, chưa có ngày cụ thể: cần định hạn sau."));
            } else if (deadline.kind() == DeadlineKind.ONGOING) {
                warnings.add(new Problem(where, "Nhiệm vụ thường xuyên: không có hạn cuối, cơ quan báo cáo định kỳ."));
            } else if (!deadline.dueDate().equals(deadline.effectiveDueDate())) {
                warnings.add(new Problem(
                        where,
                        "Hạn " + deadline.dueDate() + " rơi vào ngày nghỉ; hạn xử lý chuyển sang "
                                + deadline.effectiveDueDate() + "."));
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

        private List<String> ids(String cell, OfficeMatcher matcher, String where, boolean lead) {
            Set<String> ids = new LinkedHashSet<>();
            if (cell == null || cell.isBlank()) {
                return new ArrayList<>();
            }
            for (OfficeMatch match : matcher.matchAll(cell)) {
                if (match.matched()) {
                    ids.addAll(match.officeIds());
                } else {
                    if (lead) {
                        Problem unknown = new Problem(
                                where,
                                "Không nhận ra cơ quan chủ trì «" + match.text()
                                        + "»: hãy chọn cơ quan tương ứng của xã.");
                        unknownLeads.add(unknown);
                        warnings.add(unknown);
                    } else {
                        // Coordinating bodies outside the commune's offices (Đảng ủy, sở, ngành) owe no result: kept as
                        // written.
                        warnings.add(new Problem(
                                where,
                                "Cơ quan phối hợp «" + match.text()
                                        + "» không phải cơ quan của xã: chỉ ghi nhận tên, không giao việc."));
                    }
                }
            }
            return new ArrayList<>(ids);
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
        String title(String fileName) {
            return parsed.title() != null ? parsed.title() : "Kế hoạch nhập từ tệp " + fileName;
        }

        PlanDraft draft(String fileName) {
            return new PlanDraft(
                    parsed.number(),
                    parsed.issuedOn(),
                    title(fileName),
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

        ImportPreview preview(Long id, String fileName) {
            return new ImportPreview(
                    id,
                    parsed.number(),
                    parsed.issuedOn(),
                    title(fileName),
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
            Map<String, TaskOffices> tasks,
            Map<String, ProposalChoice> proposals) {

        public ImportChoices {
            mappings = mappings == null ? Map.of() : Map.copyOf(mappings);
            tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
            proposals = proposals == null ? Map.of() : Map.copyOf(proposals);
        }
    }

    /** Office ids for one task; a {@code null} list leaves that role as the document has it. */
    public record TaskOffices(List<String> leadOffices, List<String> coordinatingOffices) {}

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
