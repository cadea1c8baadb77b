package dk.fremdrift.examples.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.metrics.MetricsReport;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Everything a run of {@code fremdrift report} found, in aggregate: the input counts, the management information,
 * and, for the administrative profile, the deadlines per duty and the findings per review rule. Written as
 * report.json and rendered as index.html. Holds no personal data and no case-level detail.
 *
 * @param asOf the date the cases were evaluated as of (end of day, Danish time)
 * @param municipality the municipality's code and name, if all cases belong to one
 * @param input what happened to the input lines
 * @param metrics the management information
 * @param deadlines the deadlines per duty and status (administrative profile only)
 * @param review the findings per review rule (administrative profile only)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"asOf", "municipality", "input", "metrics", "deadlines", "review"})
public record ReportDocument(
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate asOf,
        Optional<String> municipality,
        InputCounts input,
        MetricsReport metrics,
        Optional<DeadlineSummary> deadlines,
        Optional<ReviewSummary> review) {}
