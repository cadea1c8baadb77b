/**
 * Statutory deadlines: the rule book and the engine that evaluates a child's case against it.
 *
 * <p>A {@link dk.fremdrift.deadlines.DeadlineRule} is data: id, titles, legal basis and period in force, trigger
 * and completion in terms of the case's parts, length and unit, day counting, roll policy, calendar, and a note
 * where a fact is unconfirmed. {@link dk.fremdrift.deadlines.RuleBook#statutory()} holds every deadline of the
 * project's domain reference under serviceloven (until 2023) and barnets lov (from 2024); a municipality adds its own
 * and sets its choices with {@link dk.fremdrift.deadlines.MunicipalRules}. {@link
 * dk.fremdrift.deadlines.DeadlineEngine} evaluates a case at a moment into {@link
 * dk.fremdrift.deadlines.DeadlineEvaluation}s with a status and an explanation of the arithmetic.
 *
 * <h2>Counting (fristberegning)</h2>
 *
 * <ul>
 *   <li>Hours are elapsed time on instants: 24 hours across a daylight-saving change are 24 real hours.
 *   <li>Dates are Danish dates (Europe/Copenhagen); a date deadline is due at the end of its day.
 *   <li>The trigger day is not counted unless the rule says so; months clamp to the month's last day (31 October +
 *       4 months = 28 or 29 February); years are date to date.
 *   <li>The municipality's own duties do not move off closed days (the explanation flags a closed due day);
 *       complaint periods move to the next working day.
 * </ul>
 */
package dk.fremdrift.deadlines;
