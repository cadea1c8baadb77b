package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.InForcePeriod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The definition of one indicator, in the manner of a FHIR Measure: which units are counted (the population, or
 * denominator), which of them meet the measure (the numerator), which are left out (exclusions) and which are too
 * recent to judge (right-censored, counted apart: an investigation started three weeks ago is neither on time nor
 * late), in words a reader can check, in Danish and English.
 *
 * <p>Every report carries the definitions of its indicators, so a reader sees exactly what was counted. An
 * indicator that rests on a provision names it, with the period in which it is in force; {@code applies} is the
 * period of events the definition is made for.
 *
 * @param id the stable id, such as {@code ASSESSMENT_24H_ON_TIME}: capital letters, digits and underscores
 * @param kind what the indicator measures, and so which fields its values fill
 * @param name the short name
 * @param description one or two sentences on what the indicator shows
 * @param legalBasis the provisions it rests on, one per law period; empty when it rests on none
 * @param applies the period of events the definition applies to
 * @param population the denominator population, or the units counted
 * @param numerator the numerator, or how the value is computed from the units
 * @param exclusions the units left out, and whether they are counted apart
 * @param censoring the right-censoring rule: which units are too recent to judge
 * @param target the statutory or recommended target, in the indicator's unit (1.0 for a statutory deadline: every
 *     deadline met), if there is one
 * @param nationalReference a published national figure to compare with, if there is one
 * @param dimensions the breakdowns the indicator has, in the order a report shows them; {@link Dimension#MONTH}
 *     when it has a monthly series
 * @param categories the keys of the categories of a {@link IndicatorKind#DISTRIBUTION}, in order; empty for the
 *     other kinds
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "kind",
    "name",
    "description",
    "legalBasis",
    "applies",
    "population",
    "numerator",
    "exclusions",
    "censoring",
    "target",
    "nationalReference",
    "dimensions",
    "categories"
})
public record IndicatorDefinition(
        String id,
        IndicatorKind kind,
        LocalizedText name,
        LocalizedText description,
        List<LegalBasis> legalBasis,
        InForcePeriod applies,
        LocalizedText population,
        LocalizedText numerator,
        LocalizedText exclusions,
        LocalizedText censoring,
        Optional<Double> target,
        Optional<ReferenceFigure> nationalReference,
        List<Dimension> dimensions,
        List<String> categories) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /**
     * Checks the definition and copies its lists.
     *
     * @param id the stable id
     * @param kind what the indicator measures
     * @param name the short name
     * @param description what the indicator shows
     * @param legalBasis the provisions it rests on
     * @param applies the period of events the definition applies to
     * @param population the denominator population
     * @param numerator the numerator
     * @param exclusions the units left out
     * @param censoring the right-censoring rule
     * @param target the target, if any
     * @param nationalReference a national figure, if any
     * @param dimensions the breakdowns
     * @param categories the categories of a distribution
     * @throws NullPointerException if an argument is null or a list holds a null
     * @throws IllegalArgumentException if the id is not in capitals and underscores, a dimension is listed twice,
     *     a distribution has fewer than two categories, or another kind has categories
     */
    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        legalBasis = List.copyOf(legalBasis);
        Objects.requireNonNull(applies, "applies");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(exclusions, "exclusions");
        Objects.requireNonNull(censoring, "censoring");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(nationalReference, "nationalReference");
        dimensions = List.copyOf(dimensions);
        categories = List.copyOf(categories);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "id: expected capital letters, digits and underscores such as ASSESSMENT_24H_ON_TIME, got '" + id
                            + "'");
        }
        if (dimensions.stream().distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException(id + ".dimensions: expected each dimension once, got " + dimensions);
        }
        if (kind == IndicatorKind.DISTRIBUTION && categories.size() < 2) {
            throw new IllegalArgumentException(
                    id + ".categories: expected two or more for a distribution, got " + categories);
        }
        if (kind != IndicatorKind.DISTRIBUTION && !categories.isEmpty()) {
            throw new IllegalArgumentException(id + ".categories: expected none for a " + kind + ", got " + categories);
        }
    }

    /**
     * Tells whether the indicator has a breakdown.
     *
     * @param dimension the breakdown
     * @return true if {@link #dimensions()} lists it
     */
    public boolean hasDimension(Dimension dimension) {
        return dimensions.contains(Objects.requireNonNull(dimension, "dimension"));
    }
}
