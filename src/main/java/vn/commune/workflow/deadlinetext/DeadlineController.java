package vn.commune.workflow.deadlinetext;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reads a deadline phrase for the import preview and for integrations. */
@RestController
class DeadlineController {

    private final DeadlineService deadlines;

    DeadlineController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @PostMapping("/api/deadlines/parse")
    ReadDeadline parse(@RequestBody ParseRequest request) {
        return deadlines.read(request.text(), request.issuedOn());
    }

    record ParseRequest(String text, LocalDate issuedOn) {}
}
