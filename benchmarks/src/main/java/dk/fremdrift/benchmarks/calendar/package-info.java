/**
 * Benchmarks of the Danish working-day calendar ({@code dk.fremdrift.deadlines.calendar}) against a day-by-day loop
 * over jollyday's Danish holidays, and a check that the two calendars agree on every covered date.
 */
package dk.fremdrift.benchmarks.calendar;
