package vn.commune.workflow.plantask;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.evidence.EvidenceRepository;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.evidence.EvidenceService;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.web.ApiException;

/** What the task forms in Tasklist show about the task at hand. */
@RestController
class TaskController {

    private final TaskContext tasks;
    private final EvidenceService access;
    private final EvidenceRepository evidence;
    private final OfficeRepository offices;

    TaskController(TaskContext tasks, EvidenceService access, EvidenceRepository evidence, OfficeRepository offices) {
        this.tasks = tasks;
        this.access = access;
        this.evidence = evidence;
        this.offices = offices;
    }

    @GetMapping("/api/tasks/{taskId}")
    TaskView show(@PathVariable String taskId) {
        TaskContext.Resolved ctx = tasks.resolve(taskId)
                .orElseThrow(() -> ApiException.notFound("Không tìm thấy nhiệm vụ " + taskId + "."));
        Assignment a = ctx.assignment();
        access.requireReader(a);
        Assignment.TaskInfo t = a.task();
        return new TaskView(
                taskId,
                ctx.task().getTaskDefinitionKey(),
                t.planNumber(),
                t.planTitle(),
                t.number(),
                t.title(),
                a.officeId(),
                offices.nameOf(a.officeId()),
                t.monitoringOfficeId(),
                offices.nameOf(t.monitoringOfficeId()),
                t.expectedResult(),
                t.deadlineText(),
                t.deadlineKind(),
                t.dueDate(),
                t.effectiveDueDate(),
                a.status().name(),
                a.resultNote(),
                a.returnReason(),
                evidence.listForAssignment(a.id()));
    }

    record TaskView(
            String taskId,
            String step,
            String planNumber,
            String planTitle,
            String number,
            String title,
            String office,
            String officeName,
            String monitoringOffice,
            String monitoringOfficeName,
            String expectedResult,
            String deadlineText,
            String deadlineKind,
            LocalDate dueDate,
            LocalDate effectiveDueDate,
            String status,
            String resultNote,
            String returnReason,
            List<EvidenceInfo> evidence) {}
}
