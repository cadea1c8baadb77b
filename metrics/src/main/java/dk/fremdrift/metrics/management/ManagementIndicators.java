package dk.fremdrift.metrics.management;

import dk.fremdrift.metrics.Indicator;

/**
 * The standard indicators of management reviews (ledelsestilsyn), each in a file of its own. Not API: the indicators
 * reach vendors through {@code Indicators.standard()} and the reports.
 */
public final class ManagementIndicators {

    /** Open cases reviewed by a leader in the last 12 months. */
    public static final Indicator MANAGEMENT_REVIEW_COVERAGE = ManagementReviewCoverage.INDICATOR;

    /** Open cases with a serious notification reviewed by a leader since. */
    public static final Indicator MANAGEMENT_REVIEW_SERIOUS_COVERAGE = SeriousReviewCoverage.INDICATOR;

    private ManagementIndicators() {}
}
