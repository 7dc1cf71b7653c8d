package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.commune.workflow.importer.PlanImportService.ImportChoices;
import vn.commune.workflow.importer.PlanImportService.ProposalChoice;
import vn.commune.workflow.system.Problem;

/** The clerk's choices per task and per proposed indicator, checked against the document and the commune. */
final class ClerkChoices {
    private ClerkChoices() {}

    /** Choices naming a task, proposal or office that does not exist. */
    static List<Problem> problems(ParsedPlan parsed, ImportChoices choices, Set<String> knownOffices) {
        List<Problem> problems = new ArrayList<>();
        List<String> numbers =
                tasks(parsed, choices).stream().map(ParsedTask::number).toList();
        choices.tasks().forEach((number, offices) -> {
            String where = "Nhiệm vụ " + number;
            if (!numbers.contains(number)) {
                boolean proposal = parsed.proposals().stream()
                        .anyMatch(p -> p.task().number().equals(number));
                problems.add(new Problem(
                        where,
                        proposal
                                ? "Mục số " + number
                                        + " đang là chỉ tiêu đề xuất: chọn «chuyển thành nhiệm vụ» trước khi giao cơ quan."
                                : "Văn bản không có nhiệm vụ số " + number + "."));
            }
            if (offices.leadOffices() == null && offices.coordinatingOffices() == null) {
                problems.add(
                        new Problem(where, "Cần ghi «leadOffices» hoặc «coordinatingOffices» (danh sách mã cơ quan)."));
            }
            Stream.of(offices.leadOffices(), offices.coordinatingOffices())
                    .filter(ids -> ids != null)
                    .flatMap(List::stream)
                    .filter(id -> !knownOffices.contains(id))
                    .distinct()
                    .forEach(id -> problems.add(new Problem(where, "Mã cơ quan không có: " + id)));
        });
        choices.proposals().keySet().stream()
                .filter(number -> parsed.proposals().stream()
                        .noneMatch(p -> p.task().number().equals(number)))
                .forEach(number -> problems.add(new Problem(
                        "Chỉ tiêu đề xuất " + number, "Văn bản không có chỉ tiêu đề xuất số " + number + ".")));
        return problems;
    }

    /** The document's tasks and the proposals turned into tasks, in the document's order. */
    static List<ParsedTask> tasks(ParsedPlan parsed, ImportChoices choices) {
        List<ParsedTask> turned = parsed.proposals().stream()
                .filter(p -> choice(p, choices) == ProposalChoice.TASK)
                .map(ProposedIndicator::task)
                .toList();
        if (turned.isEmpty()) {
            return parsed.tasks();
        }
        List<ParsedTask> all = new ArrayList<>(parsed.tasks());
        all.addAll(turned);
        // Bullets are numbered by their place in the plan section, proposals included.
        all.sort(Comparator.comparingInt(task -> Integer.parseInt(task.number())));
        return all;
    }

    static ProposalChoice choice(ProposedIndicator proposal, ImportChoices choices) {
        return choices.proposals().getOrDefault(proposal.task().number(), ProposalChoice.INDICATOR);
    }
}
