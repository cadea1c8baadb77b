/** Working-day calendars, the statutory rule book and the deadline engine. */
// "module": the modules the internal package is exported to are not built yet when this one is compiled.
@SuppressWarnings("module")
module dk.fremdrift.deadlines {
    requires transitive dk.fremdrift.model;
    requires com.fasterxml.jackson.annotation;

    exports dk.fremdrift.deadlines;
    exports dk.fremdrift.deadlines.calendar;
    // Not API: the zone tables the review and the metrics share with the engine.
    exports dk.fremdrift.deadlines.internal to
            dk.fremdrift.validation,
            dk.fremdrift.metrics;

    // Unqualified, so any Jackson can reach the private @JsonAnySetter that rejects unknown fields of a calendar
    // definition; it adds nothing to the compile-time API.
    opens dk.fremdrift.deadlines.calendar;
}
