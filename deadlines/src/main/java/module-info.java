/** Working-day calendars, the statutory rule book and the deadline engine. */
module dk.fremdrift.deadlines {
    requires transitive dk.fremdrift.model;
    requires com.fasterxml.jackson.annotation;

    exports dk.fremdrift.deadlines;
    exports dk.fremdrift.deadlines.calendar;

    // Unqualified, so any Jackson can reach the private @JsonAnySetter that rejects unknown fields of a calendar
    // definition; it adds nothing to the compile-time API.
    opens dk.fremdrift.deadlines.calendar;
}
