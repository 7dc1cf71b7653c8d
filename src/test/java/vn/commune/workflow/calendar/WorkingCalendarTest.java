package vn.commune.workflow.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar seeded = SeedEntries.calendar();
    private final WorkingCalendar computedOnly = new WorkingCalendar(year -> List.of());

    @Test
    void daysOff2025() {
        assertEquals(
                List.of(
                        off("2025-01-01", "Tết Dương lịch"),
                        off("2025-01-27", "Tết Nguyên đán (28 tháng Chạp)"),
                        off("2025-01-28", "Tết Nguyên đán (29 tháng Chạp)"),
                        off("2025-01-29", "Tết Nguyên đán (mùng 1)"),
                        off("2025-01-30", "Tết Nguyên đán (mùng 2)"),
                        off("2025-01-31", "Tết Nguyên đán (mùng 3)"),
                        off("2025-04-07", "Giỗ Tổ Hùng Vương"),
                        off("2025-04-30", "Ngày Chiến thắng"),
                        off("2025-05-01", "Ngày Quốc tế Lao động"),
                        off("2025-05-02", "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)"),
                        off("2025-09-01", "Quốc khánh (ngày liền kề)"),
                        off("2025-09-02", "Quốc khánh")),
                seeded.daysOff(2025));
    }

    @Test
    void daysOff2026() {
        assertEquals(
                List.of(
                        off("2026-01-01", "Tết Dương lịch"),
                        off("2026-01-02", "Nghỉ hoán đổi (làm bù thứ Bảy 10/1/2026)"),
                        off("2026-02-16", "Tết Nguyên đán (29 tháng Chạp)"),
                        off("2026-02-17", "Tết Nguyên đán (mùng 1)"),
                        off("2026-02-18", "Tết Nguyên đán (mùng 2)"),
                        off("2026-02-19", "Tết Nguyên đán (mùng 3)"),
                        off("2026-02-20", "Tết Nguyên đán (mùng 4)"),
                        off("2026-04-26", "Giỗ Tổ Hùng Vương"),
                        off("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương"),
                        off("2026-04-30", "Ngày Chiến thắng"),
                        off("2026-05-01", "Ngày Quốc tế Lao động"),
                        off("2026-08-31", "Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)"),
                        off("2026-09-01", "Quốc khánh (ngày liền kề)"),
                        off("2026-09-02", "Quốc khánh")),
                seeded.daysOff(2026));
    }

    /** Without a notice: default Tết days, and Art. 111 compensatory days for those on the weekend. */
    @Test
    void daysOffComputedFor2027() {
        assertEquals(
                List.of(
                        off("2027-01-01", "Tết Dương lịch"),
                        off("2027-02-05", "Tết Nguyên đán (29 tháng Chạp)"),
                        off("2027-02-06", "Tết Nguyên đán (mùng 1)"),
                        off("2027-02-07", "Tết Nguyên đán (mùng 2)"),
                        off("2027-02-08", "Tết Nguyên đán (mùng 3)"),
                        off("2027-02-09", "Tết Nguyên đán (mùng 4)"),
                        off("2027-02-10", "Nghỉ bù Tết Nguyên đán (mùng 1)"),
                        off("2027-02-11", "Nghỉ bù Tết Nguyên đán (mùng 2)"),
                        off("2027-04-16", "Giỗ Tổ Hùng Vương"),
                        off("2027-04-30", "Ngày Chiến thắng"),
                        off("2027-05-01", "Ngày Quốc tế Lao động"),
                        off("2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động"),
                        off("2027-09-01", "Quốc khánh (ngày liền kề)"),
                        off("2027-09-02", "Quốc khánh")),
                seeded.daysOff(2027));
    }

    @Test
    void tetEndsOnThe30thWhenMonth12HasThirtyDays() {
        assertTrue(computedOnly.daysOff(2024).contains(off("2024-02-09", "Tết Nguyên đán (30 tháng Chạp)")));
    }

    @Test
    void enteredTetDaysReplaceComputedOnes() {
        // Computed, Tết 2025 would run 28/1–1/2 with 1/2 on a Saturday, made up on Monday 3/2.
        assertTrue(computedOnly.daysOff(2025).contains(off("2025-02-03", "Nghỉ bù Tết Nguyên đán (mùng 4)")));
        assertTrue(seeded.isWorkingDay(LocalDate.parse("2025-02-03")));
        assertFalse(seeded.isWorkingDay(LocalDate.parse("2025-01-27")));
    }

    @Test
    void secondNationalDayDefaultsToTheDayBeforeAndIsMadeUpWhenOnSunday() {
        // 1/9/2024 is a Sunday: made up on the next working day after 2/9, Tuesday 3/9.
        List<DayOff> days = computedOnly.daysOff(2024);
        assertTrue(days.contains(off("2024-09-01", "Quốc khánh (ngày liền kề)")));
        assertTrue(days.contains(off("2024-09-03", "Nghỉ bù Quốc khánh (ngày liền kề)")));
    }

    @Test
    void anEnteredThirdOfSeptemberReplacesTheFirst() {
        WorkingCalendar calendar = new WorkingCalendar(year -> List.of(
                new CalendarEntry(LocalDate.parse("2024-09-03"), DayKind.DAY_OFF, "Quốc khánh (ngày liền kề)")));

        List<DayOff> september = calendar.daysOff(2024).stream()
                .filter(day -> day.date().getMonthValue() == 9)
                .toList();

        assertEquals(
                List.of(off("2024-09-02", "Quốc khánh"), off("2024-09-03", "Quốc khánh (ngày liền kề)")), september);
    }

    @Test
    void anEnteredNewHolidayIsADayOff() {
        LocalDate newHoliday = LocalDate.parse("2027-11-24");
        WorkingCalendar calendar = new WorkingCalendar(
                year -> List.of(new CalendarEntry(newHoliday, DayKind.DAY_OFF, "Ngày lễ mới (ví dụ)")));

        assertTrue(calendar.daysOff(2027).contains(new DayOff(newHoliday, "Ngày lễ mới (ví dụ)")));
        assertFalse(calendar.isWorkingDay(newHoliday));
        assertEquals(LocalDate.parse("2027-11-25"), calendar.effectiveDeadline(newHoliday));
    }

    @Test
    void enteredDaysOfAnotherYearAndNullListsAreIgnored() {
        WorkingCalendar calendar = new WorkingCalendar(year -> year == 2027
                ? null
                : List.of(new CalendarEntry(LocalDate.parse("2027-03-03"), DayKind.DAY_OFF, "Nhập nhầm năm")));

        assertEquals(computedOnly.daysOff(2026), calendar.daysOff(2026));
        assertEquals(computedOnly.daysOff(2027), calendar.daysOff(2027));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2025-04-25, true", // Friday
        "2025-04-26, true", // Saturday worked in exchange for 2/5
        "2025-04-27, false", // Sunday
        "2025-05-02, false", // swapped Friday
        "2025-05-03, false", // ordinary Saturday
        "2025-04-07, false", // Giỗ Tổ
        "2025-09-01, false", // second National Day day
        "2026-01-10, true", // Saturday worked in exchange for 2/1
        "2026-08-22, true", // Saturday worked in exchange for 31/8
        "2026-04-27, false", // made up for Giỗ Tổ on Sunday 26/4
        "2026-02-23, true"
    }) // first day back after Tết
    void workingDays(LocalDate day, boolean working) {
        assertEquals(working, seeded.isWorkingDay(day));
    }

    /** Bộ luật Dân sự 2015 Art. 148. */
    @ParameterizedTest(name = "deadline {0} → {1}")
    @CsvSource({
        "2025-01-24, 2025-01-24", // a working Friday stays
        "2025-01-25, 2025-02-03", // Tết Ất Tỵ: Saturday 25/1 … Sunday 2/2
        "2025-01-29, 2025-02-03",
        "2025-02-02, 2025-02-03",
        "2025-04-26, 2025-04-26", // the worked Saturday is a working day
        "2025-04-27, 2025-04-28",
        "2025-04-30, 2025-05-05", // 30/4, 1/5, swapped 2/5, weekend
        "2025-05-01, 2025-05-05",
        "2025-08-30, 2025-09-03", // Quốc khánh 2025: Saturday 30/8 … Tuesday 2/9
        "2025-09-02, 2025-09-03",
        "2025-12-31, 2025-12-31",
        "2026-01-01, 2026-01-05", // across the year: 1/1, swapped 2/1, weekend
        "2026-02-14, 2026-02-23", // Tết Bính Ngọ: Saturday 14/2 … Sunday 22/2
        "2026-02-17, 2026-02-23",
        "2026-04-25, 2026-04-28", // Giỗ Tổ on Sunday 26/4, made up on Monday 27/4
        "2026-04-30, 2026-05-04",
        "2026-08-29, 2026-09-03", // Quốc khánh 2026: Saturday 29/8 … Wednesday 2/9
        "2026-09-02, 2026-09-03"
    })
    void effectiveDeadline(LocalDate written, LocalDate effective) {
        assertEquals(effective, seeded.effectiveDeadline(written));
    }

    @ParameterizedTest(name = "reminder due {0} → {1}")
    @CsvSource({
        "2025-01-28, 2025-01-24", // inside Tết Ất Tỵ: the Friday before
        "2025-02-02, 2025-01-24",
        "2025-02-03, 2025-02-03",
        "2025-04-27, 2025-04-26", // Sunday → the worked Saturday
        "2025-05-04, 2025-04-29",
        "2026-01-04, 2025-12-31", // across the year
        "2026-02-22, 2026-02-13", // Tết Bính Ngọ: the Friday before
        "2026-09-02, 2026-08-28"
    })
    void workingDayOnOrBefore(LocalDate due, LocalDate sent) {
        assertEquals(sent, seeded.workingDayOnOrBefore(due));
    }

    @Test
    void seedFileIsWellFormed() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream(SeedEntries.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "names are NFC");

        List<CalendarEntry> entries = SeedEntries.load();
        Set<LocalDate> dates = entries.stream().map(CalendarEntry::date).collect(Collectors.toSet());
        assertEquals(entries.size(), dates.size(), "one entry per date");
        for (CalendarEntry entry : entries) {
            boolean weekend = entry.date().getDayOfWeek() == DayOfWeek.SATURDAY
                    || entry.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(entry.kind() == DayKind.WORKING_DAY, weekend, entry::toString);
            assertFalse(entry.name().isBlank(), entry::toString);
        }
    }

    @Test
    void aRecurringDayOffCountsFromItsFirstYearOnAndIsMadeUpWhenOnAWeekend() {
        List<RecurringDayOff> recurring = List.of(new RecurringDayOff(1L, 10, 14, false, 2027, "Ngày Thử nghiệm"));
        WorkingCalendar calendar =
                new WorkingCalendar(year -> List.of(), year -> RecurringDayOff.daysIn(recurring, year));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-10-14")), "not before its first year");
        assertEquals(LocalDate.parse("2026-10-14"), calendar.effectiveDeadline(LocalDate.parse("2026-10-14")));
        assertEquals(LocalDate.parse("2027-10-15"), calendar.effectiveDeadline(LocalDate.parse("2027-10-14")));
        assertEquals(LocalDate.parse("2030-10-15"), calendar.effectiveDeadline(LocalDate.parse("2030-10-14")));
        assertTrue(calendar.daysOff(2028).contains(off("2028-10-14", "Ngày Thử nghiệm")));
        assertTrue(
                calendar.daysOff(2028).contains(off("2028-10-16", "Nghỉ bù Ngày Thử nghiệm")),
                "a holiday on Saturday is made up on Monday");
    }

    @Test
    void aRecurringLunarDayOffFollowsTheLunarCalendar() {
        List<RecurringDayOff> recurring = List.of(
                new RecurringDayOff(1L, 8, 15, true, 2026, "Tết Trung thu"),
                new RecurringDayOff(2L, 12, 23, true, 2026, "Ông Công ông Táo"));
        WorkingCalendar calendar =
                new WorkingCalendar(year -> List.of(), year -> RecurringDayOff.daysIn(recurring, year));
        assertTrue(calendar.daysOff(2026).contains(off("2026-09-25", "Tết Trung thu")));
        assertTrue(
                calendar.daysOff(2026).contains(off("2026-02-10", "Ông Công ông Táo")),
                "the 12th lunar month of the year before falls in this solar year");
        assertTrue(calendar.daysOff(2025).stream().noneMatch(d -> d.name().equals("Tết Trung thu")));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2027-09-15")));
    }

    @Test
    void theListingShowsWorkedSaturdaysNextToDaysOff() {
        List<CalendarDay> days = seeded.days(2026);
        assertEquals(
                List.of(
                        new CalendarDay(
                                LocalDate.parse("2026-01-02"),
                                DayKind.DAY_OFF,
                                "Nghỉ hoán đổi (làm bù thứ Bảy 10/1/2026)"),
                        new CalendarDay(
                                LocalDate.parse("2026-01-10"), DayKind.WORKING_DAY, "Làm bù cho thứ Sáu 2/1/2026")),
                days.subList(1, 3));
        assertTrue(days.contains(
                new CalendarDay(LocalDate.parse("2026-08-22"), DayKind.WORKING_DAY, "Làm bù cho thứ Hai 31/8/2026")));
        assertEquals(seeded.daysOff(2026).size() + 2, days.size());
    }

    private static DayOff off(String date, String name) {
        return new DayOff(LocalDate.parse(date), name);
    }
}
