package vn.commune.workflow.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
        long id = plans.create(commune, reading.draft(), user.id());
        return reading.preview(id);
    }

    /** A plan the product itself brings in (the demo), read and stored exactly as a clerk's import would be. */
    @Transactional
    public long importAsSystem(String communeId, String fileName, byte[] content) {
        Reading reading = read(communeId, fileName, content, new ImportChoices(Map.of(), null, false));
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
        if (!choiceErrors.isEmpty()) {
            throw new InvalidPlanException(choiceErrors);
        }
        Map<String, String> aliases = new LinkedHashMap<>(offices.aliases(commune));
        aliases.putAll(choices.mappings());
        String fingerprint = Sha256.hex(content);
        return new Reading(
                parsed,
                UploadInspector.cleanName(fileName),
                new OfficeMatcher(communeOffices, aliases, offices.collectives(commune)),
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
        final List<Problem> warnings = new ArrayList<>();
        final List<Problem> unknownLeads = new ArrayList<>();

        Reading(
                ParsedPlan parsed,
                String fileName,
                OfficeMatcher matcher,
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
            for (ParsedTask task : parsed.tasks()) {
                tasks.add(task(task, matcher));
            }
            for (ParsedIndicator indicator : parsed.indicators()) {
                String office = indicator.trackingOfficeText() == null
                        ? null
                        : single(matcher.match(indicator.trackingOfficeText()));
                indicators.add(new IndicatorPreview(
                        indicator.number(),
                        indicator.name(),
                        indicator.targetsByYear(),
                        indicator.trackingOfficeText(),
                        office));
            }
            if (!duplicates.isEmpty()) {
                warnings.add(duplicateWarning(duplicates));
            }
        }

        private TaskPreview task(ParsedTask task, OfficeMatcher matcher) {
            String where = "Nhiệm vụ " + task.number();
            TaskOffices named = matcher.matchTask(task.leadText(), task.coordinatingText());
            warnUnmatched(where, named);
            ReadDeadline deadline = deadlines.read(task.deadlineText(), parsed.issuedOn());
            warnings.addAll(deadlineWarnings(where, task.deadlineText(), deadline));
            return new TaskPreview(
                    task.number(),
                    task.group(),
                    task.title(),
                    named.leads(),
                    named.coordinating(),
                    task.expectedResult(),
                    deadline,
                    task.leadText(),
                    task.coordinatingText());
        }

        private void warnUnmatched(String where, TaskOffices named) {
            for (OfficeMatch match : named.leadNames()) {
                if (!match.matched()) {
                    Problem unknown = new Problem(
                            where,
                            "Không nhận ra cơ quan chủ trì «" + match.text() + "»: hãy chọn cơ quan tương ứng của xã.");
                    unknownLeads.add(unknown);
                    warnings.add(unknown);
                }
            }
            for (OfficeMatch match : named.coordinatingNames()) {
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
                    .forEach(t -> problems.add(new Problem("Nhiệm vụ " + t.number(), "Chưa có cơ quan chủ trì.")));
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
                                    i.targetsByYear(),
                                    i.trackingOfficeText(),
                                    i.trackingOffice()))
                            .toList());
        }

        ImportPreview preview(Long id) {
            return new ImportPreview(
                    id, parsed.number(), parsed.issuedOn(), title(), monitoringOffice, tasks, indicators, warnings);
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

    /** The clerk's decisions: unknown names mapped to offices, the monitoring office, a duplicate accepted. */
    public record ImportChoices(Map<String, String> mappings, String monitoringOffice, boolean allowDuplicate) {

        public ImportChoices {
            mappings = mappings == null ? Map.of() : Map.copyOf(mappings);
        }
    }

    public record ImportPreview(
            Long id,
            String number,
            LocalDate issuedOn,
            String title,
            String monitoringOffice,
            List<TaskPreview> tasks,
            List<IndicatorPreview> indicators,
            List<Problem> warnings) {}

    public record TaskPreview(
            String number,
            String group,
            String title,
            List<String> leadOffices,
            List<String> coordinatingOffices,
            String expectedResult,
            ReadDeadline deadline,
            String leadText,
            String coordinatingText) {}

    public record IndicatorPreview(
            String number,
            String name,
            Map<String, String> targetsByYear,
            String trackingOfficeText,
            String trackingOffice) {}
}
