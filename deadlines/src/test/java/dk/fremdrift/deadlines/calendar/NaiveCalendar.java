package dk.fremdrift.deadlines.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

/**
 * A slow, independent oracle for the calendars under test: the rules written out again from DOMAIN.md with Gauss's
 * Easter algorithm, and working-day arithmetic as a day-by-day loop. It shares no code with the production
 * calendars; it reads only the definition's data.
 */
final class NaiveCalendar {

    static final LocalDate FIRST = LocalDate.of(1950, 1, 1);
    static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private final Set<AgreedClosingDay> agreed;
    private final Set<LocalDate> local = new HashSet<>();
    private final Set<LocalDate> extra;

    NaiveCalendar(CalendarDefinition definition) {
        this.agreed = definition.agreedClosingDays();
        definition.localClosingDays().forEach(day -> local.add(day.date()));
        this.extra = Set.copyOf(definition.extraWorkingDays());
    }

    static boolean isHelligdag(LocalDate date) {
        int year = date.getYear();
        if (is(date, Month.JANUARY, 1) || is(date, Month.DECEMBER, 25) || is(date, Month.DECEMBER, 26)) {
            return true;
        }
        long fromEaster = date.toEpochDay() - gaussEaster(year).toEpochDay();
        return fromEaster == -3
                || fromEaster == -2
                || fromEaster == 0
                || fromEaster == 1
                || (fromEaster == 26 && year <= 2023)
                || fromEaster == 39
                || fromEaster == 49
                || fromEaster == 50;
    }

    private boolean isAgreed(LocalDate date) {
        long fromEaster = date.toEpochDay() - gaussEaster(date.getYear()).toEpochDay();
        return (agreed.contains(AgreedClosingDay.CONSTITUTION_DAY) && is(date, Month.JUNE, 5))
                || (agreed.contains(AgreedClosingDay.CHRISTMAS_EVE) && is(date, Month.DECEMBER, 24))
                || (agreed.contains(AgreedClosingDay.NEW_YEARS_EVE) && is(date, Month.DECEMBER, 31))
                || (agreed.contains(AgreedClosingDay.MAY_DAY) && is(date, Month.MAY, 1))
                || (agreed.contains(AgreedClosingDay.FRIDAY_AFTER_ASCENSION) && fromEaster == 40);
    }

    boolean isWorkingDay(LocalDate date) {
        check(date);
        if (isHelligdag(date)) {
            return false;
        }
        if (extra.contains(date)) {
            return true;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isAgreed(date) && !local.contains(date);
    }

    LocalDate plusWorkingDays(LocalDate date, int n) {
        check(date);
        LocalDate d = date;
        int step = n > 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        int count = 0;
        for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static void check(LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new DateTimeException("oracle: outside " + date);
        }
    }

    private static boolean is(LocalDate date, Month month, int day) {
        return date.getMonth() == month && date.getDayOfMonth() == day;
    }

    /** Gauss's Easter algorithm for the Gregorian calendar, with its two exceptions. */
    static LocalDate gaussEaster(int year) {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int k = year / 100;
        int p = (13 + 8 * k) / 25;
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = (19 * a + m) % 30;
        int e = (2 * b + 4 * c + 6 * d + n) % 7;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(year, 4, 18);
        }
        return 22 + d + e <= 31 ? LocalDate.of(year, 3, 22 + d + e) : LocalDate.of(year, 4, d + e - 9);
    }
}
