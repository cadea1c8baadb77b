package dk.fremdrift.metrics;

import java.time.LocalDate;

/**
 * One indicator: its definition and its observation of one case. The standard indicators ({@link
 * Indicators#standard()}) are built this way, and a municipality or vendor adds its own to an aggregation with
 * {@link MetricsAggregator#of(MetricsConfig, java.util.List)}; an indicator of one's own gets the same mergeable
 * tallies, the same suppression in the political profile and the same place in the report as a standard one.
 *
 * <p>{@link #observe} is called once for every case added to an aggregation, with the facts of the case worked out
 * once for all indicators ({@link CaseFacts}), and tells its {@link Observations} what the case adds: a unit met or
 * not, an event, a number of days. It must depend on nothing but the facts, so that the same cases give the same
 * report whichever aggregator counts them and however they are merged; it is called from the aggregator's thread
 * only, so an indicator used by several aggregators at once must keep no state of its own.
 *
 * <p>For the most common kind, the share of a duty's deadlines met on time, {@link OnTimeIndicator} is ready made:
 *
 * <pre>{@code
 * OnTimeIndicator complaints = OnTimeIndicator.builder("LOCAL_COMPLAINT_10D_ON_TIME", Duty.of("COMPLAINT_10D"))
 *         .name(LocalizedText.of("Klager behandlet inden for 10 dage", "Complaints handled within 10 days"))
 *         ...
 *         .build();
 * MetricsAggregator aggregator = MetricsAggregator.of(config, List.of(complaints));
 * }</pre>
 */
public interface Indicator {

    /**
     * Returns the definition: the id (unique in an aggregation), the kind, which decides what {@link Observations}
     * accepts, the breakdowns, and the words a reader checks the figures against.
     *
     * @return the definition
     */
    IndicatorDefinition definition();

    /**
     * Observes one case.
     *
     * @param facts the case and what is worked out once about it
     * @param out where the observations of this indicator go
     */
    void observe(CaseFacts facts, Observations out);

    /**
     * Tells whether a {@link IndicatorKind#MEAN} is a mean of whole counts, such as notifications per child: each
     * unit is observed with {@link Observations#countOf(LocalDate, long)}, and the report shows the sum of the counts
     * beside the units (and withholds it as a count in the political profile). A mean of measured values, observed
     * with {@link Observations#value(LocalDate, java.math.BigDecimal)}, shows the units only. False by default.
     *
     * @return true for a mean of counts
     */
    default boolean meanOfCounts() {
        return false;
    }
}
