package dk.fremdrift.examples.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.metrics.MetricsReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run of {@code fremdrift report} found, in aggregate: the input counts, the management information,
 * and, for the administrative profile, the deadlines per duty and the findings per review rule. Written as
 * report.json and rendered as index.html. Holds no personal data, and no case-level detail but the administrative
 * watchlist's case keys. A report made by {@code
 * fremdrift merge} from aggregate documents has no input counts (each municipality's run has its own) and names the
 * municipalities it merged.
 *
 * @param synthetic whether the cases are synthetic (a demo's), not any real child's; left out of JSON when false
 * @param asOf the date the cases were evaluated as of (end of day, Danish time)
 * @param municipality the municipality's code and name, if all cases belong to one
 * @param merged the codes and names of the municipalities merged, for a report made from aggregate documents
 * @param input what happened to the input lines; absent for a merged report
 * @param metrics the management information
 * @param deadlines the deadlines per duty and status (administrative profile of a run only)
 * @param review the findings per review rule (administrative profile of a run only)
 * @param benchmark the municipality against its peers, for a report made by {@code fremdrift benchmark}
 * @param serviceLevel the declared service level against the actual values, when one was given
 * @param watchlist the cases a leader goes through, by case key (administrative profile of a run only): the one
 *     part of the report that names cases
 * @param previous the management information of the period before, seen at the same moment, when the run compares
 *     with it ({@code --compare-previous})
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "synthetic",
    "asOf",
    "municipality",
    "merged",
    "input",
    "metrics",
    "deadlines",
    "review",
    "benchmark",
    "serviceLevel",
    "watchlist",
    "previous"
})
public record ReportDocument(
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean synthetic,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate asOf,
        Optional<String> municipality,
        Optional<List<String>> merged,
        Optional<InputCounts> input,
        MetricsReport metrics,
        Optional<DeadlineSummary> deadlines,
        Optional<ReviewSummary> review,
        Optional<BenchmarkSection> benchmark,
        Optional<ServiceLevelSection> serviceLevel,
        Optional<Watchlist> watchlist,
        Optional<MetricsReport> previous) {

    /**
     * Returns a report without a watchlist.
     *
     * @param synthetic whether the cases are synthetic
     * @param asOf the date the cases were evaluated as of
     * @param municipality the municipality, if all cases belong to one
     * @param merged the municipalities merged
     * @param input what happened to the input lines
     * @param metrics the management information
     * @param deadlines the deadlines per duty and status
     * @param review the findings per review rule
     * @param benchmark the benchmark
     * @param serviceLevel the service level
     */
    public ReportDocument(
            boolean synthetic,
            LocalDate asOf,
            Optional<String> municipality,
            Optional<List<String>> merged,
            Optional<InputCounts> input,
            MetricsReport metrics,
            Optional<DeadlineSummary> deadlines,
            Optional<ReviewSummary> review,
            Optional<BenchmarkSection> benchmark,
            Optional<ServiceLevelSection> serviceLevel) {
        this(
                synthetic,
                asOf,
                municipality,
                merged,
                input,
                metrics,
                deadlines,
                review,
                benchmark,
                serviceLevel,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns the report of one run over a file of cases.
     *
     * @param asOf the date the cases were evaluated as of
     * @param municipality the municipality, if all cases belong to one
     * @param input what happened to the input lines
     * @param metrics the management information
     * @param deadlines the deadlines per duty and status
     * @param review the findings per review rule
     */
    public ReportDocument(
            LocalDate asOf,
            Optional<String> municipality,
            InputCounts input,
            MetricsReport metrics,
            Optional<DeadlineSummary> deadlines,
            Optional<ReviewSummary> review) {
        this(
                false,
                asOf,
                municipality,
                Optional.empty(),
                Optional.of(input),
                metrics,
                deadlines,
                review,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns this report marked as made from synthetic cases, such as a demo's.
     *
     * @return the marked report
     */
    public ReportDocument asSynthetic() {
        return new ReportDocument(
                true,
                asOf,
                municipality,
                merged,
                input,
                metrics,
                deadlines,
                review,
                benchmark,
                serviceLevel,
                watchlist,
                previous);
    }

    /**
     * Returns this report with a watchlist.
     *
     * @param list the cases a leader goes through
     * @return the report with the list
     */
    public ReportDocument withWatchlist(Watchlist list) {
        return new ReportDocument(
                synthetic,
                asOf,
                municipality,
                merged,
                input,
                metrics,
                deadlines,
                review,
                benchmark,
                serviceLevel,
                Optional.of(list),
                previous);
    }

    /**
     * Returns this report with the management information of the period before.
     *
     * @param report the period before's report, of the same profile
     * @return the report with it
     */
    public ReportDocument withPrevious(MetricsReport report) {
        return new ReportDocument(
                synthetic,
                asOf,
                municipality,
                merged,
                input,
                metrics,
                deadlines,
                review,
                benchmark,
                serviceLevel,
                watchlist,
                Optional.of(report));
    }

    /**
     * Returns this report with the declared service level set against its values.
     *
     * @param section the service level and its results
     * @return the report with the section
     */
    public ReportDocument withServiceLevel(ServiceLevelSection section) {
        return new ReportDocument(
                synthetic,
                asOf,
                municipality,
                merged,
                input,
                metrics,
                deadlines,
                review,
                benchmark,
                Optional.of(section),
                watchlist,
                previous);
    }
}
