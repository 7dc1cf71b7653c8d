package vn.commune.workflow.plantask;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.commune.workflow.engine.CompletionCheck;
import vn.commune.workflow.evidence.EvidenceRepository;

/**
 * When the product refuses to complete one of its PlanTask steps, and why, in words the office can act on. The
 * task listeners enforce it inside the engine; the engine's HTTP edge asks it first, so that a refusal answers
 * 422 with this message instead of the engine's wrapped error.
 */
@Service
public class TaskCompletion implements CompletionCheck {

    static final String NO_EVIDENCE = "Chưa có minh chứng: hãy tải lên ít nhất một tệp minh chứng "
            + "(PDF, ảnh chụp, văn bản Word/Excel) trước khi hoàn thành nhiệm vụ.";

    private final EvidenceRepository evidence;
    private final TaskService tasks;

    TaskCompletion(EvidenceRepository evidence, TaskService tasks) {
        this.evidence = evidence;
        this.tasks = tasks;
    }

    /** Why completing this task with these submitted variables (on top of those it has) would be refused. */
    @Override
    public Optional<String> refusal(Task task, Map<String, Object> submitted) {
        return switch (String.valueOf(task.getTaskDefinitionKey())) {
            case PlanTaskModel.CARRY_OUT -> carryOutRefusal(task.getId());
            case PlanTaskModel.REVIEW ->
                reviewRefusal(
                        valueOf(task, submitted, ReviewTaskListener.ACCEPTED),
                        valueOf(task, submitted, ReviewTaskListener.RETURN_REASON));
            default -> Optional.empty();
        };
    }

    Optional<String> carryOutRefusal(String taskId) {
        return evidence.countForTask(taskId) == 0 ? Optional.of(NO_EVIDENCE) : Optional.empty();
    }

    static Optional<String> reviewRefusal(Object accepted, Object reason) {
        if (!(accepted instanceof Boolean decision)) {
            return Optional.of("Hãy chọn Chấp nhận kết quả hoặc Trả lại cho cơ quan chủ trì.");
        }
        if (!decision && (reason == null || reason.toString().isBlank())) {
            return Optional.of("Trả lại kết quả thì phải ghi rõ lý do để cơ quan chủ trì bổ sung.");
        }
        return Optional.empty();
    }

    private Object valueOf(Task task, Map<String, Object> submitted, String name) {
        return submitted.containsKey(name) ? submitted.get(name) : tasks.getVariable(task.getId(), name);
    }
}
