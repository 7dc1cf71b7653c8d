package vn.commune.workflow.calendar;

import static java.lang.Math.sin;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar, computed for UTC+7 following Hồ Ngọc Đức's algorithm: a month starts on
 * the local day of the new moon; month 11 contains the winter solstice; in a year with 13 months the
 * first month without a major solar term is the leap month. Because the day boundary is at UTC+7, some
 * dates differ from the Chinese (UTC+8) calendar: Tết 1985 is 21/1 in Vietnam, 20/2 in China.
 *
 * <p>New moons use Meeus's full series (Astronomical Algorithms, 2nd ed., ch. 49) corrected by ΔT, instead
 * of the short series in Hồ Ngọc Đức's sample code: it reproduces his published tables for 1968–2199
 * (the short series misses seven months there, Tết 2175 and 2199 among them), except a new moon at
 * midnight to the minute in May 2054. Before 1968 Vietnam followed the UTC+8 calendar, so historical
 * almanacs differ from these UTC+7 dates in some months (Tết 1903, 1925, 1935, 1965).
 *
 * <p>Valid for 1900–2199.
 */
public final class LunarCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;
    private static final double TIME_ZONE_DAYS = 7.0 / 24;
    /** Julian day number of 1970-01-01: LocalDate epoch days ⇄ the algorithm's day numbers. */
    private static final long EPOCH_JDN = 2_440_588L;

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of new moon number 0 (1900-01-01), from which lunations are counted here. */
    private static final double NEW_MOON_ZERO = 2415021.076998695;
    /** Meeus counts lunations from the new moon of 2000-01-06 instead. */
    private static final long MEEUS_LUNATION_OFFSET = 1237;

    private LunarCalendar() {}

    /** @throws IllegalArgumentException outside 1900-01-01 … 2199-12-31 */
    public static LunarDate toLunar(LocalDate solar) {
        if (solar.getYear() < FIRST_YEAR || solar.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("Lunar dates are computed for 1900–2199, not " + solar);
        }
        return lunarOf(solar);
    }

    /**
     * @throws IllegalArgumentException for a lunar year outside 1900–2199, a leap month the year does not
     *                                  have, or a day the month does not have (the 30th of a 29-day month)
     */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        if (lunarYear >= FIRST_YEAR
                && lunarYear <= LAST_YEAR
                && lunarMonth >= 1
                && lunarMonth <= 12
                && lunarDay >= 1
                && lunarDay <= 30) {
            long monthStart = monthStart(lunarYear, lunarMonth, leapMonth);
            if (monthStart >= 0) {
                LocalDate solar = dateOf(monthStart + lunarDay - 1);
                // Converting back catches the 30th of a 29-day month.
                if (lunarOf(solar).equals(new LunarDate(lunarYear, lunarMonth, lunarDay, leapMonth))) {
                    return solar;
                }
            }
        }
        throw new IllegalArgumentException("No lunar date " + lunarDay + "/" + lunarMonth
                + (leapMonth ? " (nhuận)" : "") + "/" + lunarYear + " in 1900–2199");
    }

    private static LunarDate lunarOf(LocalDate solar) {
        long dayNumber = solar.toEpochDay() + EPOCH_JDN;
        // The mean lunation is only an estimate of which new moon starts the month; correct it.
        long k = (long) Math.floor((dayNumber - NEW_MOON_ZERO) / SYNODIC_MONTH);
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        while (newMoonDay(k + 1) <= dayNumber) {
            k++;
        }
        long monthStart = newMoonDay(k);
        int year = solar.getYear();
        long a11 = lunarMonth11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = lunarMonth11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = lunarMonth11(year + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) ((monthStart - a11) / 29);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    /** Day number on which the lunar month starts, or -1 if the year has no such leap month. */
    private static long monthStart(int lunarYear, int lunarMonth, boolean leapMonth) {
        int month11Year = lunarMonth < 11 ? lunarYear - 1 : lunarYear;
        long a11 = lunarMonth11(month11Year);
        long b11 = lunarMonth11(month11Year + 1);
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_ZERO) / SYNODIC_MONTH);
        int offset = Math.floorMod(lunarMonth - 11, 12);
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            if (leapMonth && lunarMonth != Math.floorMod(leapOffset - 2, 12)) {
                return -1;
            }
            if (leapMonth || offset >= leapOffset) {
                offset += 1;
            }
        } else if (leapMonth) {
            return -1;
        }
        return newMoonDay(k + offset);
    }

    /** Day number of the start of lunar month 11 (the month of the winter solstice) of a solar year. */
    private static long lunarMonth11(int year) {
        long off = LocalDate.of(year, 12, 31).toEpochDay() + EPOCH_JDN - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        // The sun at or past 270° means this new moon comes after the solstice.
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Months after month 11 up to the first one without a major solar term: that one is the leap month. */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_ZERO) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** Local (UTC+7) day number of new moon number k. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE_DAYS);
    }

    /** Which 30° sector (0–11) the sun is in at the local midnight that starts the given day. */
    private static int sunLongitudeSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE_DAYS) / Math.PI * 6);
    }

    /** Julian day (UT) of new moon number k: Meeus ch. 49, periodic and planetary terms, minus ΔT. */
    private static double newMoon(long k) {
        long n = k - MEEUS_LUNATION_OFFSET;
        double t = n / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * n + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = radians(2.5534 + 29.10535670 * n - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = radians(201.5643 + 385.81693528 * n + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = radians(160.7108 + 390.67050284 * n - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = radians(124.7746 - 1.56375588 * n + 0.0020672 * t2 + 0.00000215 * t3);
        jde += -0.40720 * sin(mp)
                + 0.17241 * e * sin(m)
                + 0.01608 * sin(2 * mp)
                + 0.01039 * sin(2 * f)
                + 0.00739 * e * sin(mp - m)
                - 0.00514 * e * sin(mp + m)
                + 0.00208 * e * e * sin(2 * m)
                - 0.00111 * sin(mp - 2 * f)
                - 0.00057 * sin(mp + 2 * f)
                + 0.00056 * e * sin(2 * mp + m)
                - 0.00042 * sin(3 * mp)
                + 0.00042 * e * sin(m + 2 * f)
                + 0.00038 * e * sin(m - 2 * f)
                - 0.00024 * e * sin(2 * mp - m)
                - 0.00017 * sin(omega)
                - 0.00007 * sin(mp + 2 * m)
                + 0.00004 * sin(2 * mp - 2 * f)
                + 0.00004 * sin(3 * m)
                + 0.00003 * sin(mp + m - 2 * f)
                + 0.00003 * sin(2 * mp + 2 * f)
                - 0.00003 * sin(mp + m + 2 * f)
                + 0.00003 * sin(mp - m + 2 * f)
                - 0.00002 * sin(mp - m - 2 * f)
                - 0.00002 * sin(3 * mp + m)
                + 0.00002 * sin(4 * mp);
        jde += 0.000325 * sin(radians(299.77 + 0.107408 * n - 0.009173 * t2))
                + 0.000165 * sin(radians(251.88 + 0.016321 * n))
                + 0.000164 * sin(radians(251.83 + 26.651886 * n))
                + 0.000126 * sin(radians(349.42 + 36.412478 * n))
                + 0.000110 * sin(radians(84.66 + 18.206239 * n))
                + 0.000062 * sin(radians(141.74 + 53.303771 * n))
                + 0.000060 * sin(radians(207.14 + 2.453732 * n))
                + 0.000056 * sin(radians(154.84 + 7.306860 * n))
                + 0.000047 * sin(radians(34.52 + 27.261239 * n))
                + 0.000042 * sin(radians(207.19 + 0.121824 * n))
                + 0.000040 * sin(radians(291.34 + 1.844379 * n))
                + 0.000037 * sin(radians(161.72 + 24.198154 * n))
                + 0.000035 * sin(radians(239.56 + 25.513099 * n))
                + 0.000023 * sin(radians(331.55 + 3.592518 * n));
        return jde - deltaTSeconds(2000 + (jde - 2451545.0) / 365.25) / 86400;
    }

    /**
     * TT − UT in seconds (Espenak &amp; Meeus polynomials). It moves new moons by minutes, which decides the
     * day when one falls near midnight. The 1900–1920 polynomial also serves the last days of 1899.
     */
    private static double deltaTSeconds(double year) {
        if (year < 1920) {
            double t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        }
        if (year < 1941) {
            double t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year < 1961) {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year < 1986) {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year < 2005) {
            double t = year - 2000;
            return 63.86
                    + 0.3345 * t
                    - 0.060374 * t * t
                    + 0.0017275 * t * t * t
                    + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return year < 2150 ? -20 + 32 * u * u - 0.5628 * (2150 - year) : -20 + 32 * u * u;
    }

    /** Apparent longitude of the sun, in radians 0–2π, at the given Julian day (Hồ Ngọc Đức's series). */
    private static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double m = radians(357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2);
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(m)
                + (0.019993 - 0.000101 * t) * sin(2 * m)
                + 0.000290 * sin(3 * m);
        double l = radians(l0 + dl);
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    private static double radians(double degrees) {
        return Math.toRadians(degrees % 360);
    }

    private static LocalDate dateOf(long dayNumber) {
        return LocalDate.ofEpochDay(dayNumber - EPOCH_JDN);
    }
}
