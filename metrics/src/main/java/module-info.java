/**
 * Indicators for management information (ledelsesinformation): the indicator catalogue, streaming and mergeable
 * aggregation of cases, and reports for leaders and politicians.
 *
 * <p>Only {@code dk.fremdrift.metrics} is exported; the report's JSON is described by Jackson annotations, so the
 * vendor's own Jackson (2 or 3) writes it.
 */
module dk.fremdrift.metrics {
    requires transitive dk.fremdrift.deadlines;
    requires com.fasterxml.jackson.annotation;

    exports dk.fremdrift.metrics;
}
