/** Working-day calendars, the statutory rule book and the deadline engine. */
module dk.fremdrift.deadlines {
    requires transitive dk.fremdrift.model;

    exports dk.fremdrift.deadlines.calendar;
}
