/** Indicators for management information, mergeable aggregation and reports. */
module dk.fremdrift.metrics {
    requires transitive dk.fremdrift.deadlines;
}
