package vn.commune.workflow.calendar;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/**
 * The commune's days off, and the entry of what each year's government notice (or a new law) adds:
 * exact Tết days, swapped days, new holidays.
 */
@RestController
class CalendarController {

    private final WorkingCalendar calendar;
    private final CalendarEntries entries;
    private final CurrentUser user;

    CalendarController(WorkingCalendar calendar, CalendarEntries entries, CurrentUser user) {
        this.calendar = calendar;
        this.entries = entries;
        this.user = user;
    }

    @GetMapping("/api/calendar/days-off")
    List<DayOff> daysOff(@RequestParam int year) {
        return calendar.daysOff(checkYear(year));
    }

    @GetMapping("/api/calendar/entries")
    List<CalendarEntry> entered(@RequestParam int year) {
        return entries.forYear(checkYear(year));
    }

    @PostMapping("/api/calendar/entries")
    CalendarEntry enter(@RequestBody CalendarEntry entry) {
        // One calendar serves every commune of the deployment: a commune may not move another's deadlines.
        if (!user.isAdministrator()) {
            throw Refusal.notAllowed(
                    "Chỉ quản trị hệ thống được nhập ngày nghỉ, ngày làm bù theo thông báo của Chính phủ.");
        }
        if (entry.date() == null
                || entry.kind() == null
                || entry.name() == null
                || entry.name().isBlank()) {
            throw Refusal.invalid(
                    "Cần đủ ngày (yyyy-mm-dd), loại (DAY_OFF: ngày nghỉ, WORKING_DAY: ngày làm bù) và tên ngày.");
        }
        checkYear(entry.date().getYear());
        CalendarEntry clean =
                new CalendarEntry(entry.date(), entry.kind(), entry.name().strip());
        entries.enter(clean, user.id());
        return clean;
    }

    private static int checkYear(int year) {
        if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            throw Refusal.invalid("Năm " + year + " nằm ngoài khoảng lịch hỗ trợ (" + LunarCalendar.FIRST_YEAR + "–"
                    + LunarCalendar.LAST_YEAR + ").");
        }
        return year;
    }
}
