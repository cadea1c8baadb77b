package dk.fremdrift.metrics.appeals;

import dk.fremdrift.metrics.Indicator;

/**
 * The standard indicators of complaints and their outcome in Ankestyrelsen, each in a file of its own. Not API: the
 * indicators reach vendors through {@code Indicators.standard()} and the reports.
 */
public final class AppealIndicators {

    /** Complaints decided by Ankestyrelsen whose decision was remitted, changed or annulled: the omgørelsesprocent. */
    public static final Indicator APPEALS_REVERSED = AppealsReversed.INDICATOR;

    /** The same complaints by the kind of the decision complained about, reversed or upheld. */
    public static final Indicator APPEALS_BY_DECISION_KIND = AppealsByDecisionKind.INDICATOR;

    private AppealIndicators() {}
}
