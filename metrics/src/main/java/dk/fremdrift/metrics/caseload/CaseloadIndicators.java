package dk.fremdrift.metrics.caseload;

import dk.fremdrift.metrics.Indicator;

/**
 * The standard indicators of caseload and continuity observed case by case, each in a file of its own (the caseload
 * per caseworker is made at report time from the open cases counted per caseworker). Not API: the indicators reach
 * vendors through {@code Indicators.standard()} and the reports.
 */
public final class CaseloadIndicators {

    /** Open cases without a caseworker at asOf. */
    public static final Indicator OPEN_CASES_UNASSIGNED = UnassignedCases.INDICATOR;

    /** Changes of caseworker per year a case was open in the period. */
    public static final Indicator CASEWORKER_CHANGES_PER_CASE_YEAR = CaseworkerChanges.INDICATOR;

    private CaseloadIndicators() {}

    /**
     * Returns the stalled-cases indicator with a threshold.
     *
     * @param stalledDays days without a step after which an open case is stalled
     * @return the indicator
     */
    public static Indicator stalledCases(int stalledDays) {
        return new StalledCases(stalledDays);
    }
}
