package dk.fremdrift.metrics.handover;

import dk.fremdrift.metrics.OnTimeIndicator;

/**
 * The standard indicators of the handover from child to adult services, each in a file of its own. Not API: the
 * indicators reach vendors through {@code Indicators.standard()} and the reports.
 */
public final class HandoverIndicators {

    /** Young people turning 18 whose decision on support after 18 came no later than 6 months before. */
    public static final OnTimeIndicator DECISION_BEFORE_ADULTHOOD_ON_TIME = DecisionBeforeAdulthoodOnTime.INDICATOR;

    private HandoverIndicators() {}
}
