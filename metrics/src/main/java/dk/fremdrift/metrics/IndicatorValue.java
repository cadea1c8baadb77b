package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of an indicator overall or in one cell of a breakdown: the headline number, the counts it is made of,
 * and its suppression mark. Which fields are present depends on the {@link IndicatorKind} (see there); a number
 * withheld by suppression is absent, and {@link #suppression()} says why.
 *
 * <p>For a {@link IndicatorKind#PROPORTION}, {@code count} is the numerator, {@code denominator} the units judged,
 * {@code censored} the units too recent to judge and {@code excluded} the units left out; {@code value} is {@code
 * count / denominator} with its 95 % Wilson score interval. Absent when the denominator is 0.
 *
 * @param key the cell's key (see {@link Dimension}); {@code all} for the overall value
 * @param suppression whether, and why, numbers were withheld
 * @param cases the number of cases (children) behind the value; shown in the administrative profile only
 * @param value the headline number: share, median days, count, mean, rate per year or total, by kind
 * @param count the numerator, observations, count, events or total, by kind
 * @param denominator the denominator of a proportion, or the units of a mean
 * @param exposureDays the days of exposure of a rate
 * @param censored the units too recent to judge, counted apart
 * @param excluded the units left out, counted apart
 * @param ci95Lower the lower end of the 95 % Wilson score interval of a proportion
 * @param ci95Upper the upper end of the 95 % Wilson score interval of a proportion
 * @param median the median days, by the nearest-rank method
 * @param p90 the 90th percentile of days, by the nearest-rank method
 * @param categories the categories of a distribution, in the definition's order; empty for the other kinds (and
 *     then left out of JSON)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "key",
    "suppression",
    "cases",
    "value",
    "count",
    "denominator",
    "exposureDays",
    "censored",
    "excluded",
    "ci95Lower",
    "ci95Upper",
    "median",
    "p90",
    "categories"
})
public record IndicatorValue(
        String key,
        Suppression suppression,
        Optional<Long> cases,
        Optional<Double> value,
        Optional<Long> count,
        Optional<Long> denominator,
        Optional<Long> exposureDays,
        Optional<Long> censored,
        Optional<Long> excluded,
        Optional<Double> ci95Lower,
        Optional<Double> ci95Upper,
        Optional<Integer> median,
        Optional<Integer> p90,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CategoryCount> categories) {

    /** The key of the overall value. */
    public static final String ALL = "all";

    /**
     * Checks the value and copies its categories.
     *
     * @param key the cell's key
     * @param suppression whether numbers were withheld
     * @param cases the number of cases behind the value
     * @param value the headline number
     * @param count the numerator, observations, count, events or total
     * @param denominator the denominator or units
     * @param exposureDays the days of exposure
     * @param censored the units too recent to judge
     * @param excluded the units left out
     * @param ci95Lower the lower end of the interval
     * @param ci95Upper the upper end of the interval
     * @param median the median days
     * @param p90 the 90th percentile of days
     * @param categories the categories of a distribution
     * @throws NullPointerException if an argument other than {@code categories} is null, or the list holds a null
     */
    public IndicatorValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(suppression, "suppression");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(exposureDays, "exposureDays");
        Objects.requireNonNull(censored, "censored");
        Objects.requireNonNull(excluded, "excluded");
        Objects.requireNonNull(ci95Lower, "ci95Lower");
        Objects.requireNonNull(ci95Upper, "ci95Upper");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
        // JSON leaves an empty list out; it reads back as empty.
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * Finds a category of a distribution by its key.
     *
     * @param key the category's key
     * @return the category, or empty if the value has none with that key
     */
    public Optional<CategoryCount> findCategory(String key) {
        Objects.requireNonNull(key, "key");
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
