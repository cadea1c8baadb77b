package dk.fremdrift.deadlines;

import dk.fremdrift.deadlines.calendar.Holiday;
import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import dk.fremdrift.deadlines.internal.ZoneDates;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** The arithmetic of due dates, shared by the engine and the single-call helpers. */
final class Dues {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final String[][] WEEKDAY_NAMES = weekdayNames();

    private Dues() {}

    /**
     * Computes the due date of a deadline of the given length and unit from a trigger.
     *
     * @param triggerDate the trigger's date (Danish time)
     * @param triggerAt the trigger's moment, required for hours
     */
    static Due compute(
            int length,
            DeadlineUnit unit,
            DayCounting counting,
            RollPolicy roll,
            WorkingDayCalendar calendar,
            ZoneDates days,
            LocalDate triggerDate,
            Instant triggerAt) {
        if (unit == DeadlineUnit.HOURS) {
            Instant at = triggerAt.plus(Duration.ofHours(length));
            return new Due(days.dateOf(at), at, Optional.empty(), Optional.empty());
        }
        boolean include = counting == DayCounting.INCLUDE_TRIGGER_DAY;
        LocalDate date = switch (unit) {
            case CALENDAR_DAYS -> triggerDate.plusDays(include ? length - 1L : length);
            case WORKING_DAYS ->
                include && calendar.isWorkingDay(triggerDate)
                        ? calendar.plusWorkingDays(triggerDate, length - 1)
                        : calendar.plusWorkingDays(triggerDate, length);
            case WEEKS -> triggerDate.plusWeeks(length);
            case MONTHS -> triggerDate.plusMonths(length);
            case YEARS -> triggerDate.plusYears(length);
            case HOURS -> throw new IllegalStateException("unreachable");
        };
        return onDate(date, roll, calendar, days);
    }

    /** The due date itself, moved by the roll policy; with the closed day's name if it falls on one. */
    static Due onDate(LocalDate date, RollPolicy roll, WorkingDayCalendar calendar, ZoneDates days) {
        Optional<String> closed =
                calendar.isWorkingDay(date) ? Optional.empty() : Optional.of(closedDayName(date, calendar));
        LocalDate due = date;
        Optional<LocalDate> rolledFrom = Optional.empty();
        if (roll == RollPolicy.NEXT_WORKING_DAY && closed.isPresent()) {
            due = calendar.nextWorkingDay(date);
            rolledFrom = Optional.of(date);
        }
        return new Due(due, days.endOfDay(due), rolledFrom, closed);
    }

    private static String closedDayName(LocalDate date, WorkingDayCalendar calendar) {
        return closedDayNames(date, calendar)[0];
    }

    /** The Danish and English names of a closed day: the holiday's names, or the weekday's. */
    static String[] closedDayNames(LocalDate date, WorkingDayCalendar calendar) {
        Optional<Holiday> h = calendar.findHoliday(date);
        if (h.isPresent()) {
            return new String[] {h.get().danishName(), h.get().englishName()};
        }
        String[] names = WEEKDAY_NAMES[date.getDayOfWeek().ordinal()];
        return new String[] {names[0], names[1]};
    }

    /** The Danish and English full names of each weekday, Monday first; looked up once, not per deadline. */
    private static String[][] weekdayNames() {
        String[][] names = new String[7][];
        for (DayOfWeek dow : DayOfWeek.values()) {
            names[dow.ordinal()] = new String[] {
                dow.getDisplayName(TextStyle.FULL, DANISH), dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            };
        }
        return names;
    }
}
