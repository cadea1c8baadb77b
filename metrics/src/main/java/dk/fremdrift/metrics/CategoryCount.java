package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * One category of a {@link IndicatorKind#DISTRIBUTION}: its count and its share of the value's total.
 *
 * @param key the category's key, one of the definition's {@link IndicatorDefinition#categories()}
 * @param count the count; absent when suppressed
 * @param share the count over the total, from 0 to 1; absent when the total is 0 or either is suppressed
 * @param suppression whether, and why, the count was withheld
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"key", "count", "share", "suppression"})
public record CategoryCount(String key, Optional<Long> count, Optional<Double> share, Suppression suppression) {

    /**
     * Checks the category.
     *
     * @param key the category's key
     * @param count the count
     * @param share the share of the total
     * @param suppression whether the count was withheld
     * @throws NullPointerException if an argument is null
     */
    public CategoryCount {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(suppression, "suppression");
    }
}
