package dk.fremdrift.metrics.goals;

import dk.fremdrift.metrics.Indicator;

/**
 * The standard indicators of the goals of the children's plans, each in a file of its own. Not API: the indicators
 * reach vendors through {@code Indicators.standard()} and the reports.
 */
public final class GoalIndicators {

    /** The goals of the open cases by status. */
    public static final Indicator GOAL_STATUS = GoalStatusIndicator.INDICATOR;

    /** The mean progress of the open cases' goals. */
    public static final Indicator GOAL_PROGRESS = GoalProgressIndicator.INDICATOR;

    /** The goals of the open cases by status, for each kind of intervention working toward them. */
    public static final Indicator GOAL_STATUS_BY_INTERVENTION = GoalStatusByIntervention.INDICATOR;

    /** The goals of the open cases by the ladder step of the interventions working toward them and by status. */
    public static final Indicator GOAL_STATUS_BY_LADDER_STEP = GoalStatusByLadderStep.INDICATOR;

    /** The mean progress of the open cases' goals, for each kind of intervention working toward them. */
    public static final Indicator GOAL_PROGRESS_BY_INTERVENTION = GoalProgressByIntervention.INDICATOR;

    /**
     * Open cases with an intervention of a number of months or more whose goals show no measured progress.
     *
     * @param months the months an intervention must have run to be a long course
     * @return the indicator
     */
    public static Indicator longCourses(int months) {
        return new LongCoursesWithoutProgress(months);
    }

    private GoalIndicators() {}
}
