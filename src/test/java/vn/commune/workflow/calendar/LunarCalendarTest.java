package vn.commune.workflow.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    /**
     * Tết (lunar 1/1) as published in Vietnamese calendars (Hồ Ngọc Đức's tables, 1900–2199). Years before
     * 1968 whose almanac date followed the UTC+8 calendar (1903, 1925, 1935, 1965) are left out.
     */
    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "1900, 1900-01-31", "1904, 1904-02-16", "1911, 1911-01-30", "1918, 1918-02-11",
        "1924, 1924-02-05", "1932, 1932-02-06", "1939, 1939-02-19", "1946, 1946-02-02",
        "1953, 1953-02-14", "1960, 1960-01-28", "1967, 1967-02-09", "1968, 1968-01-29",
        "1974, 1974-01-23", "1981, 1981-02-05", "1985, 1985-01-21", "1988, 1988-02-17",
        "1995, 1995-01-31", "2002, 2002-02-12", "2007, 2007-02-17", "2009, 2009-01-26",
        "2016, 2016-02-08", "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29",
        "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2030, 2030-02-02",
        "2037, 2037-02-15", "2044, 2044-01-30", "2051, 2051-02-11", "2058, 2058-01-24",
        "2065, 2065-02-05", "2072, 2072-02-19", "2079, 2079-02-02", "2086, 2086-02-14",
        "2093, 2093-01-27", "2100, 2100-02-09", "2107, 2107-01-24", "2114, 2114-02-06",
        "2121, 2121-02-17", "2128, 2128-02-01", "2135, 2135-02-13", "2142, 2142-01-27",
        "2149, 2149-02-08", "2156, 2156-01-23", "2163, 2163-02-03", "2170, 2170-02-16",
        "2175, 2175-01-22", "2177, 2177-01-30", "2184, 2184-02-12", "2191, 2191-01-25",
        "2198, 2198-02-06", "2199, 2199-01-26"
    })
    void tet(int year, LocalDate tet) {
        assertEquals(tet, LunarCalendar.toSolar(year, 1, 1, false));
        assertEquals(new LunarDate(year, 1, 1, false), LunarCalendar.toLunar(tet));
        assertEquals(year - 1, LunarCalendar.toLunar(tet.minusDays(1)).year());
    }

    /** Years where the UTC+7 calendar puts Tết on another day than the Chinese (UTC+8) one. */
    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({
        "1968, 1968-01-29, 1968-01-30",
        "1985, 1985-01-21, 1985-02-20",
        "2007, 2007-02-17, 2007-02-18",
        "2030, 2030-02-02, 2030-02-03"
    })
    void tetDiffersFromChina(int year, LocalDate vietnam, LocalDate china) {
        assertEquals(vietnam, LunarCalendar.toSolar(year, 1, 1, false));
        assertNotEquals(new LunarDate(year, 1, 1, false), LunarCalendar.toLunar(china));
    }

    /** Giỗ Tổ Hùng Vương, lunar 10/3. */
    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({
        "2015, 2015-04-28", "2016, 2016-04-16", "2017, 2017-04-06", "2018, 2018-04-25",
        "2019, 2019-04-14", "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10",
        "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"
    })
    void gioTo(int year, LocalDate date) {
        assertEquals(date, LunarCalendar.toSolar(year, 3, 10, false));
        assertEquals(new LunarDate(year, 3, 10, false), LunarCalendar.toLunar(date));
    }

    @ParameterizedTest(name = "{0} = {1}/{2}/{3} leap={4}")
    @CsvSource({
        "2020-05-23, 2020, 4, 1, true",
        "2023-03-22, 2023, 2, 1, true",
        "2025-06-25, 2025, 6, 1, false",
        "2025-07-25, 2025, 6, 1, true",
        "2025-10-06, 2025, 8, 15, false",
        "2025-01-28, 2024, 12, 29, false",
        "2024-02-09, 2023, 12, 30, false",
        "2026-02-16, 2025, 12, 29, false",
        "1900-01-01, 1899, 12, 1, false",
        "2199-12-31, 2199, 11, 14, false"
    })
    void knownDates(LocalDate solar, int year, int month, int day, boolean leap) {
        assertEquals(new LunarDate(year, month, day, leap), LunarCalendar.toLunar(solar));
        if (year >= 1900) {
            assertEquals(solar, LunarCalendar.toSolar(year, month, day, leap));
        }
    }

    @ParameterizedTest(name = "no lunar date {2}/{1}/{0} leap={3}")
    @CsvSource({
        "2024, 6, 1, true", // 2024 has no leap month
        "2025, 5, 1, true", // 2025's leap month is the 6th
        "2024, 12, 30, false", // month 12 of Giáp Thìn has 29 days
        "2025, 13, 1, false",
        "2025, 0, 1, false",
        "2025, 1, 0, false",
        "2025, 1, 31, false",
        "1899, 1, 1, false",
        "2200, 1, 1, false"
    })
    void rejectsDatesThatDoNotExist(int year, int month, int day, boolean leap) {
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(year, month, day, leap));
    }

    @Test
    void rejectsSolarDatesOutsideRange() {
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)));
    }

    /** Every day 1900–2199: months run 1…29 or 1…30, and toSolar inverts toLunar. */
    @Test
    void everyDayIsConsistent() {
        LunarDate previous = LunarCalendar.toLunar(LocalDate.of(1900, 1, 1));
        for (LocalDate d = LocalDate.of(1900, 1, 2); d.getYear() <= 2199; d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(d);
            LunarDate before = previous;
            if (lunar.day() == 1) {
                assertTrue(before.day() == 29 || before.day() == 30, () -> "month ends on " + before);
            } else {
                assertEquals(
                        new LunarDate(before.year(), before.month(), before.day() + 1, before.leapMonth()),
                        lunar,
                        d::toString);
            }
            if (lunar.year() >= 1900) {
                assertEquals(d, LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()));
            }
            previous = lunar;
        }
    }
}
