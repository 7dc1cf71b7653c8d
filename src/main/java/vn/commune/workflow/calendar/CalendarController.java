package vn.commune.workflow.calendar;

import java.time.Month;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    /** Days off and worked weekend days side by side, in date order. */
    @GetMapping("/api/calendar/days")
    List<CalendarDay> days(@RequestParam int year) {
        return calendar.days(checkYear(year));
    }

    @PostMapping("/api/calendar/entries")
    CalendarEntry enter(@RequestBody CalendarEntry entry) {
        requireAdministrator();
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

    @GetMapping("/api/calendar/recurring")
    List<RecurringDayOff> recurring() {
        return entries.recurring();
    }

    /** A day off every year from a given year on, entered once (solar or lunar date). */
    @PostMapping("/api/calendar/recurring")
    RecurringDayOff enterRecurring(@RequestBody RecurringDayOff day) {
        requireAdministrator();
        String name = day.name() == null ? "" : day.name().strip();
        if (name.isEmpty() || name.length() > 255) {
            throw Refusal.invalid("Cần tên ngày nghỉ (tối đa 255 ký tự).");
        }
        if (day.month() < 1 || day.month() > 12) {
            throw Refusal.invalid("Tháng phải từ 1 đến 12.");
        }
        if (day.lunar() && (day.day() < 1 || day.day() > 29)) {
            throw Refusal.invalid("Ngày âm lịch phải từ 1 đến 29 (không phải năm nào tháng âm lịch cũng có ngày 30).");
        }
        if (!day.lunar() && (day.day() < 1 || day.day() > Month.of(day.month()).minLength())) {
            throw Refusal.invalid("Ngày " + day.day() + "/" + day.month() + " không có trong mọi năm dương lịch.");
        }
        checkYear(day.fromYear());
        return entries.enterRecurring(
                new RecurringDayOff(null, day.month(), day.day(), day.lunar(), day.fromYear(), name), user.id());
    }

    @DeleteMapping("/api/calendar/recurring/{id}")
    void removeRecurring(@PathVariable long id) {
        requireAdministrator();
        if (!entries.removeRecurring(id)) {
            throw Refusal.notFound("Không có ngày nghỉ hằng năm mã " + id + ".");
        }
    }

    /** One calendar serves every commune of the deployment: a commune may not move another's deadlines. */
    private void requireAdministrator() {
        if (!user.isAdministrator()) {
            throw Refusal.notAllowed(
                    "Chỉ quản trị hệ thống được nhập ngày nghỉ, ngày làm bù theo thông báo của Chính phủ.");
        }
    }

    private static int checkYear(int year) {
        if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            throw Refusal.invalid("Năm " + year + " nằm ngoài khoảng lịch hỗ trợ (" + LunarCalendar.FIRST_YEAR + "–"
                    + LunarCalendar.LAST_YEAR + ").");
        }
        return year;
    }
}
