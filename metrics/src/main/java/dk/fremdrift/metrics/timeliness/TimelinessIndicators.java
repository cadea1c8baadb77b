package dk.fremdrift.metrics.timeliness;

import dk.fremdrift.metrics.OnTimeIndicator;
import java.util.List;

/**
 * The standard timeliness indicators: the shares of statutory deadlines met on time, each in a file of its own with
 * its definition, counted from the deadline engine's evaluations by {@link OnTimeIndicator}. Not API: the
 * indicators reach vendors through {@code Indicators.standard()} and the reports.
 */
public final class TimelinessIndicators {

    /** Notifications assessed within 24 hours. */
    public static final OnTimeIndicator ASSESSMENT_24H_ON_TIME = AssessmentOnTime.INDICATOR;

    /** Child-welfare investigations finished within 4 months. */
    public static final OnTimeIndicator INVESTIGATION_4M_ON_TIME = InvestigationOnTime.INDICATOR;

    /** The child's plan on time. */
    public static final OnTimeIndicator PLAN_ON_TIME = PlanOnTime.INDICATOR;

    /** The first follow-up on an intervention on time. */
    public static final OnTimeIndicator FIRST_FOLLOW_UP_ON_TIME = FirstFollowUpOnTime.INDICATOR;

    /** Supervision visits on time. */
    public static final OnTimeIndicator SUPERVISION_ON_TIME = SupervisionOnTime.INDICATOR;

    private TimelinessIndicators() {}

    /**
     * Returns the timeliness indicators, in the order of the report.
     *
     * @return the indicators
     */
    public static List<OnTimeIndicator> all() {
        return List.of(
                ASSESSMENT_24H_ON_TIME,
                INVESTIGATION_4M_ON_TIME,
                PLAN_ON_TIME,
                FIRST_FOLLOW_UP_ON_TIME,
                SUPERVISION_ON_TIME);
    }
}
