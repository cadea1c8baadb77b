package dk.fremdrift.metrics;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Aggregates cases into the standard indicators ({@link Indicators#standard()}), one case at a time, and makes
 * reports.
 *
 * <p><b>Streaming.</b> A case is read once and forgotten: the aggregator keeps counters per indicator and cell
 * (overall, each team, caseworker, age band, intervention kind and month), exact histograms of whole days for the
 * medians, the number of open cases per caseworker for the caseload, and the exact budget sums. Its memory grows
 * with the number of teams, caseworkers and months, never with the number of cases, and it holds no personal
 * data.
 *
 * <p><b>Mergeable.</b> Aggregators of the same {@link MetricsConfig} merge exactly: aggregate each team, month batch
 * or municipality apart, merge, and the report equals that of one aggregator fed every case, in any order and any
 * split. Municipalities can so compare by sharing aggregates, never cases: {@link #toDocument} writes the state as an
 * {@link AggregateDocument} with no case, CPR or caseworker id, {@link AggregateDocument#merge} merges the documents
 * of several municipalities, and {@link #fromDocument} reports on them.
 *
 * <p><b>Deadlines.</b> The deadline indicators are computed from the deadline engine's evaluations of the case, never
 * recomputed: pass the evaluations you already have (and share them with the case review), or the engine.
 *
 * <pre>{@code
 * DeadlineEngine engine = DeadlineEngine.builder(DanishCalendar.statutory()).build();
 * MetricsConfig config = MetricsConfig.of(Instant.parse("2026-01-01T08:00:00Z"), ReportingPeriod.ofYear(2025));
 * MetricsAggregator total = MetricsAggregator.of(config);
 * for (ChildCase c : cases) {
 *     List<DeadlineEvaluation> evaluations = engine.evaluate(c, config.asOf());
 *     total.add(c, evaluations);
 * }
 * MetricsReport forCouncil = total.report(ReportProfile.POLITICAL);
 * }</pre>
 *
 * <p><b>Indicators of one's own.</b> A municipality or vendor adds its own {@link Indicator}s, such as an {@link
 * OnTimeIndicator} for a local processing deadline, with {@link #of(MetricsConfig, List)}: they are counted in the
 * same pass, merged, suppressed in the political profile and reported after the standard ones, with their
 * definitions, exactly as a standard indicator.
 *
 * <p>Not thread-safe: use one aggregator per thread and merge them. {@link #merge} leaves its argument unchanged.
 */
public final class MetricsAggregator {

    private final State state;
    /** The units' pass over a case; null for an aggregator read from a document, which takes no cases. */
    private final CaseMeasures measures;

    private MetricsAggregator(MetricsConfig config, List<Indicator> own) {
        this.state = new State(config, own);
        this.measures = new CaseMeasures(state);
    }

    private MetricsAggregator(State state) {
        this.state = state;
        this.measures = null;
    }

    /**
     * Returns an empty aggregator.
     *
     * @param config the moment, the reporting period and the thresholds
     * @return the aggregator
     */
    public static MetricsAggregator of(MetricsConfig config) {
        return new MetricsAggregator(Objects.requireNonNull(config, "config"), List.of());
    }

    /**
     * Returns an empty aggregator of the standard indicators and indicators of one's own, reported after the
     * standard ones in the order given. Aggregators merge only with aggregators of the same indicators.
     *
     * @param config the moment, the reporting period and the thresholds
     * @param own the indicators of one's own; each with an id no other indicator of the aggregation has
     * @return the aggregator
     * @throws IllegalArgumentException if an id is a standard indicator's or given twice
     */
    public static MetricsAggregator of(MetricsConfig config, List<? extends Indicator> own) {
        Objects.requireNonNull(config, "config");
        return new MetricsAggregator(config, List.copyOf(own));
    }

    /**
     * Returns the definitions of the indicators this aggregator counts, as its reports carry them: the standard ones
     * with its settings, then its own.
     *
     * @return the definitions
     */
    public List<IndicatorDefinition> definitions() {
        return state.definitions;
    }

    /**
     * Returns the settings of this aggregator.
     *
     * @return the settings
     */
    public MetricsConfig config() {
        return state.config;
    }

    /**
     * Returns the number of cases added, merged ones included.
     *
     * @return the number of cases
     */
    public long caseCount() {
        return state.cases;
    }

    /**
     * Adds a case with its deadline evaluations at the aggregator's {@code asOf}, as {@link
     * DeadlineEngine#evaluate(ChildCase, java.time.Instant)} returns them. Add each case once: a case added twice
     * is counted twice.
     *
     * @param childCase the case
     * @param evaluations the case's deadline evaluations at {@code config().asOf()}, by an engine in the
     *     aggregator's zone
     * @return this aggregator
     * @throws NullPointerException if an argument is null or the list holds a null
     * @throws IllegalArgumentException if an evaluation is of another case or another moment, or a follow-up or
     *     supervision evaluation is about no intervention of the case; nothing is counted then
     */
    public MetricsAggregator add(ChildCase childCase, List<DeadlineEvaluation> evaluations) {
        Objects.requireNonNull(childCase, "childCase");
        requireCases();
        // Not copied: the list is read during this call only, and each element is checked for null there.
        measures.add(childCase, Objects.requireNonNull(evaluations, "evaluations"));
        return this;
    }

    /**
     * Adds a case, evaluating its deadlines with the engine at the aggregator's {@code asOf}.
     *
     * @param childCase the case
     * @param engine the deadline engine; its zone must be the aggregator's
     * @return this aggregator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the engine's zone is not the aggregator's
     */
    public MetricsAggregator add(ChildCase childCase, DeadlineEngine engine) {
        Objects.requireNonNull(childCase, "childCase");
        Objects.requireNonNull(engine, "engine");
        if (!engine.zone().equals(state.config.zone())) {
            throw new IllegalArgumentException("engine: expected an engine in the aggregator's zone "
                    + state.config.zone() + ", got one in " + engine.zone());
        }
        return add(childCase, engine.evaluate(childCase, state.config.asOf()));
    }

    /**
     * Adds the counts of another aggregator of the same settings to this one.
     *
     * @param other the other aggregator; unchanged
     * @return this aggregator
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the other aggregator has other settings, or is this one
     */
    public MetricsAggregator merge(MetricsAggregator other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException(
                    "other: expected another aggregator, got this one (its cases would" + " count twice)");
        }
        if (measures == null || other.measures == null) {
            throw new IllegalArgumentException("other: expected aggregators of cases; merge documents with"
                    + " AggregateDocument.merge, which checks that no municipality counts twice");
        }
        if (!other.state.config.equals(state.config)) {
            throw new IllegalArgumentException(
                    "other: expected an aggregator of " + state.config + ", got one of " + other.state.config);
        }
        if (!other.state.definitions.equals(state.definitions)) {
            throw new IllegalArgumentException("other: expected an aggregator of the same indicators, got one of "
                    + other.state.definitions.stream()
                            .map(IndicatorDefinition::id)
                            .toList());
        }
        state.merge(other.state);
        return this;
    }

    /**
     * Makes a report for a profile, with the budget commitment of the budget year of {@link
     * MetricsConfig#lastDayCounted()} and no budget to compare it with.
     *
     * @param profile who the report is for: {@link ReportProfile#ADMINISTRATIVE} or {@link ReportProfile#POLITICAL}
     * @return the report; later changes to this aggregator do not change it
     * @throws NullPointerException if {@code profile} is null
     */
    public MetricsReport report(ReportProfile profile) {
        return report(profile, Budget.none());
    }

    /**
     * Makes a report for a profile, with the budget commitment against a budget: the budget year of {@link
     * MetricsConfig#lastDayCounted()}, spent up to and including that day and committed for the rest of the year.
     *
     * @param profile who the report is for
     * @param budget the budget to set the commitment against; {@link Budget#none()} for none
     * @return the report; later changes to this aggregator do not change it
     * @throws NullPointerException if an argument is null
     */
    public MetricsReport report(ReportProfile profile, Budget budget) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(budget, "budget");
        return ReportBuilder.build(state, profile, budget);
    }

    /**
     * Writes the mergeable state of this aggregator as a document that can leave the municipality: every indicator's
     * counters, the caseload as a histogram and the budget sums, with no case id, CPR number, name or caseworker key
     * (see {@link AggregateDocument}). The aggregator is unchanged and can take more cases.
     *
     * @param municipality the municipality whose cases this aggregator counted
     * @param rules the rule book the cases' deadlines were evaluated with ({@link DeadlineEngine#rules()}); its
     *     {@linkplain RuleBook#fingerprint() fingerprint} goes into the document
     * @return the document
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if this aggregator was read from a document (merge documents with {@link
     *     AggregateDocument#merge(List)})
     */
    public AggregateDocument toDocument(MunicipalityCode municipality, RuleBook rules) {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(rules, "rules");
        requireCases();
        return Aggregates.write(state, Set.of(municipality), false, rules.fingerprint());
    }

    /**
     * Reads a document into an aggregator that makes reports, exactly as the aggregators it was written from (merged)
     * would, except that no caseworker is named: there are no caseworker rows. It takes no cases and merges with no
     * aggregator; merge documents with {@link AggregateDocument#merge(List)} first.
     *
     * @param document the document; checked first (see {@link AggregateDocument})
     * @return the aggregator, with the document's settings and definitions (its own indicators' included)
     * @throws NullPointerException if {@code document} is null
     * @throws IllegalArgumentException if the document fails a check; the message names the field and why
     */
    public static MetricsAggregator fromDocument(AggregateDocument document) {
        return new MetricsAggregator(Aggregates.read(document));
    }

    /**
     * Returns the exact state of this aggregator as bytes, to move a running aggregation between the processes of one
     * run: the partitions of a Spark job, worker processes. {@link #mergeBytes(byte[])} adds them to an aggregator of
     * the same settings and indicators in another process, and the reports are those of one aggregator fed every case.
     *
     * <p>The bytes are not an {@link AggregateDocument} and not for sharing or storing: they keep every cell,
     * caseworkers' keys included (the administrative report names caseworkers), and only an aggregator of the same
     * library version, settings and indicators reads them. They hold no case id, CPR number or name. To share the
     * counts of a municipality, write a document with {@link #toDocument}.
     *
     * @return the state; the aggregator is unchanged and can take more cases
     * @throws IllegalStateException if this aggregator was read from a document
     */
    public byte[] toBytes() {
        requireCases();
        return RunStates.write(state);
    }

    /**
     * Adds a state written by {@link #toBytes()} of an aggregator of the same library version, settings and
     * indicators (standard and one's own, in the same order). All or nothing: bytes that fail a check change
     * nothing.
     *
     * @param bytes the state; unchanged
     * @return this aggregator
     * @throws NullPointerException if {@code bytes} is null
     * @throws IllegalArgumentException if the bytes are of other settings, indicators or library version, or are cut
     *     short or too long; the message says which, never a key or value
     * @throws IllegalStateException if this aggregator was read from a document
     */
    public MetricsAggregator mergeBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        requireCases();
        state.merge(RunStates.read(state, bytes));
        return this;
    }

    private void requireCases() {
        if (measures == null) {
            throw new IllegalStateException("this aggregator was read from a document and takes no cases; expected"
                    + " an aggregator made with MetricsAggregator.of");
        }
    }

    /** The exact state as sorted text, for tests of exact merging. */
    String snapshot() {
        return state.snapshot();
    }

    /** Returns the settings and the number of cases; never personal data. */
    @Override
    public String toString() {
        return "MetricsAggregator[asOf=" + state.config.asOf() + ", period=" + state.config.period() + ", cases="
                + state.cases + "]";
    }
}
