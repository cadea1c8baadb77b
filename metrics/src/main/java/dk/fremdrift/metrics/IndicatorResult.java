package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator in a report: its overall value, its breakdowns and its monthly series. The definition is in the
 * report's {@link MetricsReport#definitions()} under the same id.
 *
 * @param id the indicator's id
 * @param kind what it measures
 * @param overall the value over all cases
 * @param breakdowns the breakdowns, in the definition's order of dimensions (the monthly series apart); the
 *     political profile leaves out the caseworker breakdown
 * @param monthly the monthly series: one value per month of the reporting period up to {@code asOf}, empty months
 *     included; empty for indicators taken at {@code asOf} (and then left out of JSON)
 */
@JsonPropertyOrder({"id", "kind", "overall", "breakdowns", "monthly"})
public record IndicatorResult(
        String id,
        IndicatorKind kind,
        IndicatorValue overall,
        List<Breakdown> breakdowns,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IndicatorValue> monthly) {

    /**
     * Checks the result and copies its lists.
     *
     * @param id the indicator's id
     * @param kind what it measures
     * @param overall the value over all cases
     * @param breakdowns the breakdowns
     * @param monthly the monthly series
     * @throws NullPointerException if an argument other than {@code monthly} is null, or a list holds a null
     */
    public IndicatorResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(overall, "overall");
        breakdowns = List.copyOf(breakdowns);
        // JSON leaves an empty series out; it reads back as empty.
        monthly = monthly == null ? List.of() : List.copyOf(monthly);
    }

    /**
     * Finds the breakdown by a dimension.
     *
     * @param dimension the dimension; {@link Dimension#MONTH} gives the monthly series as a breakdown
     * @return the breakdown, or empty if the result has none by that dimension
     */
    public Optional<Breakdown> findBreakdown(Dimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        if (dimension == Dimension.MONTH) {
            return monthly.isEmpty() ? Optional.empty() : Optional.of(new Breakdown(Dimension.MONTH, monthly));
        }
        return breakdowns.stream().filter(b -> b.dimension() == dimension).findFirst();
    }
}
