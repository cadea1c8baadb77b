package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A management-information report: every indicator's overall value, breakdowns and monthly series, with the
 * definitions of what was counted, for one profile (leaders or politicians). Made by {@link
 * MetricsAggregator#report(ReportProfile)}; a value, not a rendering.
 *
 * <p>In JSON (written with the vendor's Jackson 2 or 3, and readable back) a report is one object with stable
 * camelCase field names; absent numbers are left out, and suppressed numbers are absent with a {@code suppression}
 * mark on their value. It holds no CPR number and no name; the administrative profile names caseworkers and teams
 * by the case system's keys, the political profile names no caseworker.
 *
 * @param asOf the moment the cases were seen at
 * @param zone the zone of the dates, {@code Europe/Copenhagen}
 * @param period the reporting period
 * @param profile who the report is for, and its suppression threshold
 * @param cases the number of cases aggregated; absent when suppressed
 * @param definitions the definitions of the indicators, in the catalogue's order
 * @param indicators the indicators' values, in the same order
 * @param budget the budget commitment (dispositionsregnskab) of the budget year of the last day counted (see {@link
 *     MetricsConfig#lastDayCounted()}), split at that day; in the political
 *     profile only its total line, and absent when that line rests on fewer interventions than the threshold
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"asOf", "zone", "period", "profile", "cases", "definitions", "indicators", "budget"})
public record MetricsReport(
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant asOf,
        String zone,
        ReportingPeriod period,
        ReportProfile profile,
        Optional<Long> cases,
        List<IndicatorDefinition> definitions,
        List<IndicatorResult> indicators,
        Optional<BudgetReport> budget) {

    /**
     * Checks the report and copies its lists.
     *
     * @param asOf the moment the cases were seen at
     * @param zone the zone of the dates
     * @param period the reporting period
     * @param profile who the report is for
     * @param cases the number of cases aggregated
     * @param definitions the definitions of the indicators
     * @param indicators the indicators' values
     * @param budget the budget commitment
     * @throws NullPointerException if an argument is null or a list holds a null
     * @throws IllegalArgumentException if an indicator has no definition
     */
    public MetricsReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(cases, "cases");
        definitions = List.copyOf(definitions);
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(budget, "budget");
        for (IndicatorResult r : indicators) {
            if (definitions.stream().noneMatch(d -> d.id().equals(r.id()))) {
                throw new IllegalArgumentException(
                        "indicators: expected a definition of every indicator, got none for " + r.id());
            }
        }
    }

    /**
     * Finds an indicator's result by its id.
     *
     * @param id the id, such as {@link Indicators#ASSESSMENT_24H_ON_TIME}
     * @return the result, or empty if the report has no such indicator
     */
    public Optional<IndicatorResult> findIndicator(String id) {
        Objects.requireNonNull(id, "id");
        return indicators.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Returns an indicator's result by its id.
     *
     * @param id the id, such as {@link Indicators#ASSESSMENT_24H_ON_TIME}
     * @return the result
     * @throws NoSuchElementException if the report has no such indicator
     */
    public IndicatorResult getIndicator(String id) {
        return findIndicator(id)
                .orElseThrow(() ->
                        new NoSuchElementException("indicator: expected one of the report's ids, got '" + id + "'"));
    }

    /**
     * Finds an indicator's definition by its id.
     *
     * @param id the id
     * @return the definition, or empty if the report has no such indicator
     */
    public Optional<IndicatorDefinition> findDefinition(String id) {
        Objects.requireNonNull(id, "id");
        return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
