package vn.commune.workflow.plantask;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;

/** What the task forms in Tasklist show about the task at hand, and the evidence the office submits with it. */
@RestController
class TaskController {

    private final TaskContext tasks;
    private final TaskEvidence evidence;
    private final OfficeRepository offices;

    TaskController(TaskContext tasks, TaskEvidence evidence, OfficeRepository offices) {
        this.tasks = tasks;
        this.evidence = evidence;
        this.offices = offices;
    }

    @GetMapping("/api/tasks/{taskId}")
    TaskView show(@PathVariable String taskId) {
        TaskContext.Resolved ctx = tasks.require(taskId);
        Assignment a = ctx.assignment();
        List<EvidenceInfo> files = evidence.list(taskId);
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
                files);
    }

    @PostMapping(path = "/api/tasks/{taskId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EvidenceInfo upload(@PathVariable String taskId, @RequestParam("file") MultipartFile file) throws IOException {
        return evidence.upload(taskId, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/api/tasks/{taskId}/evidence")
    List<EvidenceInfo> evidence(@PathVariable String taskId) {
        return evidence.list(taskId);
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
