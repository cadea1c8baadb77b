/**
 * Working-day calendars: which dates are working days in Denmark, and arithmetic in working days.
 *
 * <p>{@link dk.fremdrift.deadlines.calendar.WorkingDayCalendar} is the one abstraction the deadline engine counts
 * on; {@code DanishCalendar} provides the statutory Danish calendar and municipal variants.
 */
package dk.fremdrift.deadlines.calendar;
