package dk.fremdrift.deadlines.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjuster;
import java.util.List;
import java.util.Optional;

/**
 * A calendar of working days (arbejdsdage, hverdage): which dates are working days, and arithmetic in working
 * days, in the spirit of OpenGamma Strata's {@code HolidayCalendar}.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>A <em>working day</em> is a date that is not a weekend day of the calendar and not one of its holidays
 *       (closed days), unless the calendar declares it an extra working day.
 *   <li>{@link #plusWorkingDays(LocalDate, int)} with {@code n > 0} moves to the next working day {@code n}
 *       times, so the start date itself is never counted, whether or not it is a working day: received on
 *       Saturday, 1 working day later is Monday. With {@code n < 0} it moves to the previous working day {@code
 *       -n} times. With {@code n == 0} it returns the date unchanged, even if it is not a working day.
 *   <li>{@link #workingDaysBetween(LocalDate, LocalDate)} counts the working days {@code d} with {@code
 *       startInclusive <= d < endExclusive}. Hence for a working day {@code d} and {@code n >= 0}, {@code
 *       workingDaysBetween(d, plusWorkingDays(d, n)) == n}; for any date {@code d}, {@code
 *       workingDaysBetween(d.plusDays(1), plusWorkingDays(d, n).plusDays(1)) == n}.
 *   <li>A calendar covers a declared range of dates ({@link #coverageStart()} to {@link #coverageEnd()}). Every
 *       method throws {@link DateTimeException} for a date outside it, or whose answer would fall outside it: a
 *       silently missed holiday would be a wrong legal deadline.
 * </ul>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface WorkingDayCalendar {

    /**
     * Returns the calendar's id, such as {@code DK} for the statutory Danish calendar or {@code DK-101} for a
     * municipality's.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the first date the calendar covers.
     *
     * @return the first covered date
     */
    LocalDate coverageStart();

    /**
     * Returns the last date the calendar covers (included).
     *
     * @return the last covered date
     */
    LocalDate coverageEnd();

    /**
     * Tells whether a date is a working day.
     *
     * @param date the date
     * @return true if it is a working day
     * @throws DateTimeException if the date is outside the coverage
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * Tells whether a date is one of the calendar's holidays or closing days, whatever its weekday: Easter Sunday
     * is a holiday, an ordinary Saturday is not (it is a weekend day).
     *
     * @param date the date
     * @return true if it is a holiday of this calendar
     * @throws DateTimeException if the date is outside the coverage
     */
    default boolean isHoliday(LocalDate date) {
        return findHoliday(date).isPresent();
    }

    /**
     * Finds the holiday on a date.
     *
     * @param date the date
     * @return the holiday, or empty if the date is not one
     * @throws DateTimeException if the date is outside the coverage
     */
    Optional<Holiday> findHoliday(LocalDate date);

    /**
     * Returns the holidays of a year in date order, with their names and categories.
     *
     * @param year the year
     * @return the holidays
     * @throws DateTimeException if the year is not wholly inside the coverage
     */
    List<Holiday> holidaysIn(int year);

    /**
     * Returns the next working day strictly after a date.
     *
     * @param date the date
     * @return the next working day
     * @throws DateTimeException if the date or the answer is outside the coverage
     */
    default LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * Returns the date itself if it is a working day, else the next working day.
     *
     * @param date the date
     * @return the date or the next working day
     * @throws DateTimeException if the date or the answer is outside the coverage
     */
    default LocalDate nextWorkingDayOrSame(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * Returns the previous working day strictly before a date.
     *
     * @param date the date
     * @return the previous working day
     * @throws DateTimeException if the date or the answer is outside the coverage
     */
    default LocalDate previousWorkingDay(LocalDate date) {
        return plusWorkingDays(date, -1);
    }

    /**
     * Returns the date itself if it is a working day, else the previous working day.
     *
     * @param date the date
     * @return the date or the previous working day
     * @throws DateTimeException if the date or the answer is outside the coverage
     */
    default LocalDate previousWorkingDayOrSame(LocalDate date) {
        return isWorkingDay(date) ? date : previousWorkingDay(date);
    }

    /**
     * Moves a date by a number of working days, by the convention above: the start date is never counted.
     *
     * @param date the date to move from
     * @param workingDays the number of working days; negative moves back, zero returns the date unchanged
     * @return the date moved
     * @throws DateTimeException if the date or the answer is outside the coverage
     */
    LocalDate plusWorkingDays(LocalDate date, int workingDays);

    /**
     * Counts the working days from {@code startInclusive} up to but not including {@code endExclusive}.
     *
     * @param startInclusive the first date counted
     * @param endExclusive the first date not counted; not before {@code startInclusive}
     * @return the number of working days, zero or more
     * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
     * @throws DateTimeException if a date is outside the coverage
     */
    int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive);

    /**
     * Returns an adjuster that moves a date by a number of working days, for {@code date.with(adjuster)}.
     *
     * <pre>{@code
     * LocalDate due = received.with(calendar.adjustBy(7));
     * }</pre>
     *
     * @param workingDays the number of working days, as in {@link #plusWorkingDays(LocalDate, int)}
     * @return the adjuster
     */
    default TemporalAdjuster adjustBy(int workingDays) {
        return temporal -> temporal.with(plusWorkingDays(LocalDate.from(temporal), workingDays));
    }
}
