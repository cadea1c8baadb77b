package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.MunicipalityCode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The mergeable state of a {@link MetricsAggregator} as a document that municipalities can exchange: the counters of
 * every indicator, and nothing from which one child or one caseworker can be found. Written with {@link
 * MetricsAggregator#toDocument(MunicipalityCode, RuleBook)}, merged with {@link #merge(List)}, and reported on with
 * {@link MetricsAggregator#fromDocument(AggregateDocument)}.
 *
 * <p><b>What it holds.</b> Per indicator, its definition with a fingerprint, and the counters of its cells: overall,
 * and one per key of its dimensions (team, age band, intervention kind, month). Caseworkers appear in no cell: the
 * {@link Dimension#CASEWORKER} cells are left out, and the caseload enters as a histogram (team, number of open
 * cases, number of caseworkers with that many). It holds no case id, no CPR number, no name and no caseworker key.
 * Team keys are kept: they name the municipality's organisation, not people; in a document of several municipalities
 * they are qualified by the municipality's code ({@code 461/team-nord}), since two municipalities may both have a
 * {@code team-nord}. Counts are exact, small ones included;
 * the political profile's suppression is applied when a report is made from the document, after merging.
 *
 * <p><b>Format.</b> JSON written with the vendor's Jackson 2 (with the JDK 8 and Java time modules) or Jackson 3,
 * field names as the components below, unknown fields refused; {@value #FORMAT}, version {@value #VERSION}. The JSON
 * Schema is {@code metrics/aggregate.schema.json} of the project. A cell's {@code counts} are four numbers whose
 * meaning depends on the indicator's kind: for a proportion the units that met the measure, that did not, that were
 * too recent to judge and that were left out; for a count the count; for a mean the sum and the units; for a rate
 * the events and the exposure days. {@code days} is the histogram of whole days of a days indicator, {@code
 * categories} the counts of a distribution, {@code sum} the exact sum of measured values of a mean.
 *
 * <p><b>Checks.</b> A document is checked when it is read (by {@link #merge(List)} and {@link
 * MetricsAggregator#fromDocument(AggregateDocument)}): the format and version; that synthetic documents are merged
 * only with synthetic ones; each definition against its
 * fingerprint, and each standard indicator's against this library's for the document's settings; every cell's
 * dimension and key (months in the period, age bands and kinds known, categories the definition's); and that the
 * cells of each dimension add up to the overall cell, as they must, since every observation reaches exactly one cell
 * of each dimension. A document that fails is refused with a message naming the field, the expected form and the
 * kind of value found, never the value.
 *
 * @param format always {@value #FORMAT}
 * @param version the format's version, {@value #VERSION}
 * @param municipalities the municipalities whose cases are counted, ascending, each once
 * @param synthetic whether the cases are synthetic (a demo's), not any real child's; left out of JSON when false
 * @param libraryVersion the version of the library that wrote the document ({@code development} when unknown)
 * @param ruleBook the {@linkplain RuleBook#fingerprint() fingerprint} of the rule book the deadlines were evaluated
 *     with
 * @param config the settings of the aggregation: the moment, the zone, the period and the thresholds
 * @param cases the number of cases counted
 * @param indicators the indicators' states, in the report's order; the caseload indicators are computed from {@code
 *     caseload} and have no cells
 * @param caseload the caseload histogram, by team and number of open cases
 * @param budget the exact sums of the budget commitment
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "format",
    "version",
    "municipalities",
    "synthetic",
    "libraryVersion",
    "ruleBook",
    "config",
    "cases",
    "indicators",
    "caseload",
    "budget"
})
public record AggregateDocument(
        String format,
        int version,
        List<MunicipalityCode> municipalities,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean synthetic,
        String libraryVersion,
        String ruleBook,
        MetricsConfig config,
        long cases,
        List<IndicatorState> indicators,
        List<CaseloadBin> caseload,
        BudgetState budget) {

    /** The format's name. */
    public static final String FORMAT = "fremdrift-metrics-aggregate";

    /**
     * The format's version: 2 since the settings carry {@code longCourseMonths} (version 1, of the unreleased
     * 0.1.0 snapshots, had no such setting and is not read).
     */
    public static final int VERSION = 2;

    /**
     * Checks that no part is missing and copies the lists; the content is checked when the document is read.
     *
     * @param format the format's name
     * @param version the format's version
     * @param municipalities the municipalities
     * @param synthetic whether the cases are synthetic
     * @param libraryVersion the writer's version
     * @param ruleBook the rule book's fingerprint
     * @param config the settings
     * @param cases the number of cases
     * @param indicators the indicators' states
     * @param caseload the caseload histogram
     * @param budget the budget sums
     * @throws NullPointerException if an argument is null or a list holds a null
     */
    public AggregateDocument {
        Objects.requireNonNull(format, "format");
        municipalities = List.copyOf(Objects.requireNonNull(municipalities, "municipalities"));
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(ruleBook, "ruleBook");
        Objects.requireNonNull(config, "config");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        caseload = List.copyOf(Objects.requireNonNull(caseload, "caseload"));
        Objects.requireNonNull(budget, "budget");
    }

    /**
     * Merges documents of different municipalities into one: exactly, and in any order or grouping with the same
     * result (merging a region's documents and then the regions equals merging all at once).
     *
     * @param documents the documents; one or more
     * @return the merged document, of every municipality of the documents, written by this library's version
     * @throws NullPointerException if the list or a document is null
     * @throws IllegalArgumentException if the list is empty, a document fails its checks, or the documents do not add
     *     up: other settings (period, moment, zone, thresholds), another rule book, other indicators or definitions,
     *     or a municipality in two of them; the message says which document (by position) and why
     */
    public static AggregateDocument merge(List<AggregateDocument> documents) {
        return Aggregates.merge(documents);
    }

    /**
     * Returns this document marked as made from synthetic cases, such as a demo's, so that it is never merged with
     * documents of real cases, nor taken for one.
     *
     * @return the marked document
     */
    public AggregateDocument asSynthetic() {
        return new AggregateDocument(
                format,
                version,
                municipalities,
                true,
                libraryVersion,
                ruleBook,
                config,
                cases,
                indicators,
                caseload,
                budget);
    }

    /** Returns the format, version, municipalities, period and number of cases; never personal data. */
    @Override
    public String toString() {
        return "AggregateDocument[" + format + " " + version + (synthetic ? ", synthetic" : "") + ", municipalities="
                + municipalities + ", period=" + config.period() + ", cases=" + cases + "]";
    }

    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw unknownField("aggregate document");
    }

    static IllegalArgumentException unknownField(String where) {
        return new IllegalArgumentException(
                where + ": expected only the fields of format " + FORMAT + " " + VERSION + ", got another field");
    }

    /**
     * The state of one indicator.
     *
     * @param id the indicator's id
     * @param fingerprint the SHA-256 (64 lower-case hex digits) of the definition's canonical text
     * @param meanOfCounts whether a mean's sums are counts, shown in reports (see {@link Indicator#meanOfCounts()})
     * @param definition the definition
     * @param cells the cells, overall first (no dimension, key {@code all}), then by dimension and key
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({"id", "fingerprint", "meanOfCounts", "definition", "cells"})
    public record IndicatorState(
            String id, String fingerprint, boolean meanOfCounts, IndicatorDefinition definition, List<Cell> cells) {

        /**
         * Checks that no part is missing and copies the cells.
         *
         * @param id the id
         * @param fingerprint the definition's fingerprint
         * @param meanOfCounts whether a mean's sums are counts
         * @param definition the definition
         * @param cells the cells
         * @throws NullPointerException if an argument is null or the list holds a null
         */
        public IndicatorState {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(definition, "definition");
            cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        }

        @JsonAnySetter
        private void rejectUnknownField(String name, Object value) {
            throw unknownField("indicator state");
        }
    }

    /**
     * The counters of one cell of an indicator.
     *
     * @param dimension the dimension; absent for the overall cell
     * @param key the key in the dimension; {@code all} for the overall cell
     * @param cases the number of distinct cases behind the cell
     * @param counts four counters, whose meaning depends on the indicator's kind (see the class)
     * @param days a days indicator's observations by whole days, ascending; empty for other kinds
     * @param categories a distribution's counts by category; empty for other kinds
     * @param sum a mean's exact sum of measured values; zero for other kinds
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"dimension", "key", "cases", "counts", "days", "categories", "sum"})
    public record Cell(
            Optional<Dimension> dimension,
            String key,
            long cases,
            List<Long> counts,
            SortedMap<Integer, Long> days,
            SortedMap<String, Long> categories,
            BigDecimal sum) {

        /**
         * Checks that no part is missing, copies the maps (sorted) and writes the sum without trailing zeros, so that
         * equal cells are equal.
         *
         * @param dimension the dimension, if not the overall cell
         * @param key the key
         * @param cases the number of cases
         * @param counts the four counters
         * @param days the days histogram; null for none
         * @param categories the category counts; null for none
         * @param sum the sum; null for zero
         * @throws NullPointerException if the dimension, key or counts are null
         */
        public Cell {
            dimension = dimension == null ? Optional.empty() : dimension;
            Objects.requireNonNull(key, "key");
            counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
            days = Collections.unmodifiableSortedMap(new TreeMap<>(days == null ? Map.of() : days));
            categories = Collections.unmodifiableSortedMap(new TreeMap<>(categories == null ? Map.of() : categories));
            sum = sum == null || sum.signum() == 0 ? BigDecimal.ZERO : sum.stripTrailingZeros();
        }

        @JsonAnySetter
        private void rejectUnknownField(String name, Object value) {
            throw unknownField("cell");
        }
    }

    /**
     * Caseworkers with one number of open cases at asOf, in one main team (the team most of their cases belong to).
     *
     * @param team the team's key
     * @param openCases the number of open cases of each of these caseworkers; 1 or more
     * @param caseworkers the number of caseworkers; 1 or more
     */
    @JsonPropertyOrder({"team", "openCases", "caseworkers"})
    public record CaseloadBin(String team, long openCases, long caseworkers) {

        /**
         * Checks that the team is given.
         *
         * @param team the team's key
         * @param openCases the open cases per caseworker
         * @param caseworkers the number of caseworkers
         * @throws NullPointerException if the team is null
         */
        public CaseloadBin {
            Objects.requireNonNull(team, "team");
        }

        @JsonAnySetter
        private void rejectUnknownField(String name, Object value) {
            throw unknownField("caseload bin");
        }
    }

    /**
     * The exact sums of the budget commitment of the budget year of {@link MetricsConfig#lastDayCounted()}.
     *
     * @param lines one line per intervention kind and one per legal basis with a priced intervention
     * @param unpriced the number of interventions without a price that run in the budget year, by kind
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"lines", "unpriced"})
    public record BudgetState(List<BudgetSums> lines, SortedMap<InterventionKind, Long> unpriced) {

        /**
         * Copies the lines and the map.
         *
         * @param lines the lines; null for none
         * @param unpriced the unpriced interventions by kind; null for none
         * @throws NullPointerException if a line is null
         */
        public BudgetState {
            lines = lines == null ? List.of() : List.copyOf(lines);
            unpriced = Collections.unmodifiableSortedMap(new TreeMap<>(unpriced == null ? Map.of() : unpriced));
        }

        @JsonAnySetter
        private void rejectUnknownField(String name, Object value) {
            throw unknownField("budget state");
        }
    }

    /**
     * The sums of the priced interventions of one intervention kind or one legal basis, in the exact scaled amounts
     * of the budget commitment (multiples of 1/377 580 DKK: kroner times the least common multiple of the month
     * lengths), rounded to øre only when a report is made.
     *
     * @param kind the intervention kind; absent on a legal basis line
     * @param legalBasis the legal basis; absent on a kind line
     * @param interventions the number of priced interventions
     * @param spent the scaled amount spent up to and including the last day counted
     * @param committed the scaled amount committed for the rest of the budget year
     * @param days the days of the budget year the line's priced interventions run, for the cost per child-year
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({"kind", "legalBasis", "interventions", "spent", "committed", "days"})
    public record BudgetSums(
            Optional<InterventionKind> kind,
            Optional<LegalReference> legalBasis,
            long interventions,
            BigDecimal spent,
            BigDecimal committed,
            long days) {

        /**
         * Checks that the amounts are given and writes them without trailing zeros.
         *
         * @param kind the kind, on a kind line
         * @param legalBasis the basis, on a basis line
         * @param interventions the number of priced interventions
         * @param spent the scaled amount spent
         * @param committed the scaled amount committed
         * @param days the days of the budget year the line's priced interventions run
         * @throws NullPointerException if an amount is null
         */
        @JsonCreator
        public BudgetSums {
            kind = kind == null ? Optional.empty() : kind;
            legalBasis = legalBasis == null ? Optional.empty() : legalBasis;
            spent = Objects.requireNonNull(spent, "spent").signum() == 0 ? BigDecimal.ZERO : spent.stripTrailingZeros();
            committed = Objects.requireNonNull(committed, "committed").signum() == 0
                    ? BigDecimal.ZERO
                    : committed.stripTrailingZeros();
        }

        /**
         * A line without its days.
         *
         * @param kind the kind, on a kind line
         * @param legalBasis the basis, on a basis line
         * @param interventions the number of priced interventions
         * @param spent the scaled amount spent
         * @param committed the scaled amount committed
         */
        public BudgetSums(
                Optional<InterventionKind> kind,
                Optional<LegalReference> legalBasis,
                long interventions,
                BigDecimal spent,
                BigDecimal committed) {
            this(kind, legalBasis, interventions, spent, committed, 0);
        }

        @JsonAnySetter
        private void rejectUnknownField(String name, Object value) {
            throw unknownField("budget line");
        }
    }
}
