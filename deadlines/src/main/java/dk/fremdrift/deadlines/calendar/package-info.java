/**
 * Working-day calendars: which dates are working days (arbejdsdage, hverdage) in Denmark, and arithmetic in working
 * days.
 *
 * <p>{@link dk.fremdrift.deadlines.calendar.WorkingDayCalendar} is the one abstraction the deadline engine counts
 * on. {@link dk.fremdrift.deadlines.calendar.DanishCalendar} provides the statutory Danish calendar ({@code
 * DanishCalendar.statutory()}, id {@code DK}) and municipal calendars built from it, in code ({@code
 * DanishCalendar.builder("DK-101")}) or from data ({@link dk.fremdrift.deadlines.calendar.CalendarDefinition}, read
 * as JSON with the caller's Jackson).
 *
 * <p>Three kinds of closed day, each a {@link dk.fremdrift.deadlines.calendar.HolidayCategory}:
 *
 * <ul>
 *   <li>the helligdage, {@link dk.fremdrift.deadlines.calendar.StatutoryHoliday}, in every calendar (store bededag
 *       until and including 2023 only);
 *   <li>the agreed closing days, {@link dk.fremdrift.deadlines.calendar.AgreedClosingDay} (grundlovsdag, 24 and 31
 *       December, the Friday after Kristi himmelfartsdag, 1 May), each chosen per calendar;
 *   <li>a municipality's own closing days, {@link dk.fremdrift.deadlines.calendar.LocalClosingDay}.
 * </ul>
 *
 * <p>The calendars cover 1950 to 2199 and throw {@link java.time.DateTimeException} outside it.
 */
package dk.fremdrift.deadlines.calendar;
