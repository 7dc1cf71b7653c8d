package vn.commune.workflow.deadlinetext;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.commune.workflow.calendar.WorkingCalendar;

/** The one place that turns a plan's words into dates every process, reminder and report uses. */
@Service
public class DeadlineService {

    private final DeadlineParser parser = new DeadlineParser();
    private final WorkingCalendar calendar;

    DeadlineService(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public ReadDeadline read(String text, LocalDate issuedOn) {
        Deadline deadline = parser.parse(text == null ? "" : text, issuedOn);
        LocalDate effective = deadline.dueDate() == null ? null : calendar.effectiveDeadline(deadline.dueDate());
        return new ReadDeadline(deadline.kind(), deadline.dueDate(), effective, deadline.text(), deadline.dayOfMonth());
    }
}
