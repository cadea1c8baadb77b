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

    /**
     * Starts a definition: the id and the kind, then the words a reader checks the figures against. Name,
     * description, applies, population, numerator, exclusions and censoring must be set, as the report shows each;
     * the legal basis, target, national reference, breakdowns and categories default to none.
     *
     * <pre>{@code
     * IndicatorDefinition d = IndicatorDefinition.builder("LOCAL_COMPLAINTS_PER_CASE", IndicatorKind.MEAN)
     *         .name(LocalizedText.of("Klager pr. sag", "Complaints per case"))
     *         ...
     *         .dimensions(List.of(Dimension.TEAM, Dimension.MONTH))
     *         .build();
     * }</pre>
     *
     * @param id the stable id: capital letters, digits and underscores
     * @param kind what the indicator measures
     * @return a builder
     */
    public static Builder builder(String id, IndicatorKind kind) {
        return new Builder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(kind, "kind"));
    }

    /** Builds a {@link IndicatorDefinition}; each method sets one field and returns the builder. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final IndicatorKind kind;
        private LocalizedText name;
        private LocalizedText description;
        private List<LegalBasis> legalBasis = List.of();
        private InForcePeriod applies;
        private LocalizedText population;
        private LocalizedText numerator;
        private LocalizedText exclusions;
        private LocalizedText censoring;
        private Optional<Double> target = Optional.empty();
        private Optional<ReferenceFigure> nationalReference = Optional.empty();
        private List<Dimension> dimensions = List.of();
        private List<String> categories = List.of();

        private Builder(String id, IndicatorKind kind) {
            this.id = id;
            this.kind = kind;
        }

        /**
         * Sets the short name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets what the indicator shows, in one or two sentences.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets the provisions the indicator rests on, one per law period; none by default.
         *
         * @param legalBasis the provisions
         * @return this builder
         */
        public Builder legalBasis(List<LegalBasis> legalBasis) {
            this.legalBasis = List.copyOf(legalBasis);
            return this;
        }

        /**
         * Sets the period of events the definition applies to.
         *
         * @param applies the period
         * @return this builder
         */
        public Builder applies(InForcePeriod applies) {
            this.applies = Objects.requireNonNull(applies, "applies");
            return this;
        }

        /**
         * Sets the denominator population, or the units counted.
         *
         * @param population the population
         * @return this builder
         */
        public Builder population(LocalizedText population) {
            this.population = Objects.requireNonNull(population, "population");
            return this;
        }

        /**
         * Sets the numerator, or how the value is computed from the units.
         *
         * @param numerator the numerator
         * @return this builder
         */
        public Builder numerator(LocalizedText numerator) {
            this.numerator = Objects.requireNonNull(numerator, "numerator");
            return this;
        }

        /**
         * Sets the units left out, and whether they are counted apart.
         *
         * @param exclusions the exclusions
         * @return this builder
         */
        public Builder exclusions(LocalizedText exclusions) {
            this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
            return this;
        }

        /**
         * Sets the right-censoring rule: which units are too recent to judge.
         *
         * @param censoring the rule
         * @return this builder
         */
        public Builder censoring(LocalizedText censoring) {
            this.censoring = Objects.requireNonNull(censoring, "censoring");
            return this;
        }

        /**
         * Sets the statutory or recommended target, in the indicator's unit; none by default.
         *
         * @param target the target
         * @return this builder
         */
        public Builder target(double target) {
            this.target = Optional.of(target);
            return this;
        }

        /**
         * Sets a published national figure to compare with; none by default.
         *
         * @param nationalReference the figure
         * @return this builder
         */
        public Builder nationalReference(ReferenceFigure nationalReference) {
            this.nationalReference = Optional.of(nationalReference);
            return this;
        }

        /**
         * Sets the breakdowns, in the order a report shows them; none by default.
         *
         * @param dimensions the breakdowns
         * @return this builder
         */
        public Builder dimensions(List<Dimension> dimensions) {
            this.dimensions = List.copyOf(dimensions);
            return this;
        }

        /**
         * Sets the categories of a {@link IndicatorKind#DISTRIBUTION}, in order; none by default.
         *
         * @param categories the categories' keys
         * @return this builder
         */
        public Builder categories(List<String> categories) {
            this.categories = List.copyOf(categories);
            return this;
        }

        /**
         * Builds the definition, with the checks of its constructor.
         *
         * @return the definition
         * @throws NullPointerException if a text or the period it applies to is not set (the message names it)
         * @throws IllegalArgumentException as {@link IndicatorDefinition#IndicatorDefinition}
         */
        public IndicatorDefinition build() {
            return new IndicatorDefinition(
                    id,
                    kind,
                    name,
                    description,
                    legalBasis,
                    applies,
                    population,
                    numerator,
                    exclusions,
                    censoring,
                    target,
                    nationalReference,
                    dimensions,
                    categories);
        }
    }
}
