package vn.commune.workflow.deadlineextension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.engine.TaskLookup;
import vn.commune.workflow.plan.AssignmentAccess;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

@RestController
class ExtensionController {

    private final DeadlineChangeService service;
    private final ExtensionProcess process;
    private final AssignmentRepository assignments;
    private final AssignmentAccess access;
    private final TaskLookup tasks;
    private final CurrentUser user;

    ExtensionController(
            DeadlineChangeService service,
            ExtensionProcess process,
            AssignmentRepository assignments,
            AssignmentAccess access,
            TaskLookup tasks,
            CurrentUser user) {
        this.service = service;
        this.process = process;
        this.assignments = assignments;
        this.access = access;
        this.tasks = tasks;
        this.user = user;
    }

    /** The office head of a task asks for a later deadline. */
    @PostMapping("/api/tasks/{taskId}/extension")
    Map<String, Object> request(@PathVariable String taskId, @RequestBody ExtensionRequest request) {
        return Map.of("id", service.requestExtension(taskId, request.requestedDate(), request.reason()));
    }

    /** The chairman sets the date of an as-directed task. */
    @PostMapping("/api/plan-tasks/{planTaskId}/deadline")
    Map<String, Object> setDeadline(@PathVariable long planTaskId, @RequestBody SetDeadline request) {
        service.setDeadline(planTaskId, request.date(), request.note());
        return Map.of("planTaskId", planTaskId, "date", request.date());
    }

    /** What the chairman's decision form shows: the request, the task and the office. */
    @GetMapping("/api/tasks/{taskId}/extension-request")
    Map<String, Object> forDecision(@PathVariable String taskId) {
        if (!user.isLeadership()) {
            throw Refusal.notAllowed("Chỉ lãnh đạo UBND xã quyết định gia hạn.");
        }
        String businessKey = tasks.findAt(taskId, DeadlineExtensionModel.DECIDE)
                .flatMap(tasks::businessKeyOf)
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy yêu cầu gia hạn của nhiệm vụ " + taskId + "."));
        DeadlineChanges.Change change = process.request(businessKey);
        var a = process.assignmentOf(change);
        access.requireOwnCommune(a);
        return Map.of(
                "request",
                change,
                "taskNumber",
                a.task().number(),
                "title",
                a.task().title(),
                "office",
                a.officeId(),
                "deadlineText",
                a.task().deadlineText() == null ? "" : a.task().deadlineText(),
                "history",
                service.history(a.id()));
    }

    @GetMapping("/api/assignments/{id}/deadline-history")
    List<DeadlineChanges.Change> history(@PathVariable long id) {
        access.requireReader(
                assignments.findById(id).orElseThrow(() -> Refusal.notFound("Không tìm thấy phần việc " + id + ".")));
        return service.history(id);
    }

    record ExtensionRequest(LocalDate requestedDate, String reason) {}

    record SetDeadline(LocalDate date, String note) {}
}
