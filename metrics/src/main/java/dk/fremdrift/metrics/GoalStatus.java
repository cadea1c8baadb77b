package dk.fremdrift.metrics;

/**
 * The achievement status of a goal in the child's plan (målopfyldelse), derived from the goal's indicator and
 * measurements by {@link GoalProgress#of(dk.fremdrift.model.Goal, java.time.LocalDate)}; never entered by hand.
 *
 * <p>The statuses are exclusive and are decided in the order they are declared here: a goal without an indicator
 * is {@link #NOT_MEASURABLE}; a goal with an indicator but no measurement on or before the date of the question is
 * {@link #NO_MEASUREMENTS}; a goal whose latest measurement reached the target is {@link #ACHIEVED}, even if it was
 * reached after the due date; a goal whose due date has passed without the latest measurement reaching the target
 * is {@link #NOT_ACHIEVED_BY_DUE}; any other goal is {@link #IMPROVING}, {@link #NO_CHANGE} or {@link #WORSENING},
 * by comparing its latest measurement with the one before it (or with the baseline when there is only one).
 */
public enum GoalStatus {
    /** The goal has no indicator, so its progress cannot be derived. */
    NOT_MEASURABLE("ikke målbart", "not measurable"),
    /** The goal has an indicator, but no measurement on or before the date of the question. */
    NO_MEASUREMENTS("ingen målinger", "no measurements"),
    /** The latest measurement reached the target, in the direction of improvement. */
    ACHIEVED("opnået", "achieved"),
    /** The due date has passed, and the latest measurement has not reached the target. */
    NOT_ACHIEVED_BY_DUE("ikke opnået inden fristen", "not achieved by the due date"),
    /** The latest measurement is better than the previous one (or the baseline); the target is not reached. */
    IMPROVING("i fremgang", "improving"),
    /** The latest measurement equals the previous one (or the baseline); the target is not reached. */
    NO_CHANGE("uændret", "no change"),
    /** The latest measurement is worse than the previous one (or the baseline); the target is not reached. */
    WORSENING("i tilbagegang", "worsening");

    private final String danishName;
    private final String englishName;

    GoalStatus(String danishName, String englishName) {
        this.danishName = danishName;
        this.englishName = englishName;
    }

    /**
     * Returns the Danish name, as a report for leaders would show it.
     *
     * @return the Danish name
     */
    public String danishName() {
        return danishName;
    }

    /**
     * Returns the English name.
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }
}
