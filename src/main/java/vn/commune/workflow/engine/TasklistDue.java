package vn.commune.workflow.engine;

import java.time.LocalDate;
import java.util.Date;
import vn.commune.workflow.calendar.VietnamTime;

/** The due time Tasklist shows for a deadline day. */
public final class TasklistDue {

    private TasklistDue() {}

    /**
     * The last minute of the day, Vietnam time: Tasklist shows the deadline day itself, and a task counts as late
     * from 00:00 the next day.
     */
    public static Date of(LocalDate deadlineDay) {
        return Date.from(VietnamTime.endOf(deadlineDay).minusSeconds(60));
    }
}
