package dk.fremdrift.metrics.supervision;

import dk.fremdrift.metrics.Indicator;

/**
 * The standard indicators of the supervision of placed children (tilsyn) that are not deadlines, each in a file of
 * its own; the visits' deadlines are in {@code timeliness}. Not API: the indicators reach vendors through {@code
 * Indicators.standard()} and the reports.
 */
public final class SupervisionIndicators {

    /** Supervision visits per year of placement. */
    public static final Indicator SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR = SupervisionVisitRate.INDICATOR;

    private SupervisionIndicators() {}
}
