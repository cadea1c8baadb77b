package dk.fremdrift.deadlines.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The range of dates the Danish calendars cover, 1 January 1950 to 31 December 2199, and the Easter dates of the
 * covered years, computed once.
 */
final class Coverage {

    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2199;
    static final LocalDate START = LocalDate.of(FIRST_YEAR, 1, 1);
    static final LocalDate END = LocalDate.of(LAST_YEAR, 12, 31);
    static final long START_EPOCH_DAY = START.toEpochDay();
    /** The number of covered days: day indexes run from 0 (1 January 1950) to {@code DAYS - 1}. */
    static final int DAYS = Math.toIntExact(END.toEpochDay() - START_EPOCH_DAY + 1);

    private static final long[] EASTER_EPOCH_DAYS = easterEpochDays();

    private Coverage() {}

    private static long[] easterEpochDays() {
        long[] days = new long[LAST_YEAR - FIRST_YEAR + 1];
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            days[year - FIRST_YEAR] = Computus.easterSunday(year).toEpochDay();
        }
        return days;
    }

    /** Returns the day index of a covered date, or throws naming the date, the calendar and the range. */
    static int index(LocalDate date, String calendarId) {
        long index = Objects.requireNonNull(date, "date").toEpochDay() - START_EPOCH_DAY;
        if (index < 0 || index >= DAYS) {
            throw new DateTimeException(date + " is outside the coverage of calendar " + calendarId + ": " + range());
        }
        return (int) index;
    }

    /**
     * Returns the day index of a covered date or of the day after the coverage's last date, the end of a half-open
     * range.
     */
    static int boundaryIndex(LocalDate date, String calendarId) {
        long index = date.toEpochDay() - START_EPOCH_DAY;
        if (index < 0 || index > DAYS) {
            throw new DateTimeException(date + " is outside the coverage of calendar " + calendarId + ": " + range()
                    + " (the day after the last may end a range)");
        }
        return (int) index;
    }

    static LocalDate date(int index) {
        return LocalDate.ofEpochDay(START_EPOCH_DAY + index);
    }

    static boolean contains(LocalDate date) {
        return !date.isBefore(START) && !date.isAfter(END);
    }

    static void checkYear(int year, String what) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DateTimeException(
                    "year " + year + " is outside the coverage of " + what + ": " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    /** Returns Easter Sunday of a covered year as an epoch day. */
    static long easterEpochDay(int year) {
        checkYear(year, "the Easter table");
        return EASTER_EPOCH_DAYS[year - FIRST_YEAR];
    }

    static String range() {
        return START + " to " + END;
    }
}
