package dk.fremdrift.metrics.concerns;

import dk.fremdrift.metrics.Indicator;

/**
 * The standard indicators that compare the concerns an investigation found with the plan's goals and the interventions
 * chosen, each in a file of its own. Not API: the indicators reach vendors through {@code Indicators.standard()} and
 * the reports.
 */
public final class ConcernIndicators {

    /** The share of the concerns found that a goal of the plan covers. */
    public static final Indicator CONCERNS_COVERED_BY_GOALS = ConcernsCoveredByGoals.INDICATOR;

    /** The interventions started by the concerns they answer. */
    public static final Indicator INTERVENTIONS_BY_CONCERN = InterventionsByConcern.INDICATOR;

    private ConcernIndicators() {}
}
