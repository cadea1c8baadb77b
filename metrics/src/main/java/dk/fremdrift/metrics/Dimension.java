package dk.fremdrift.metrics;

/**
 * A breakdown of an indicator. Each breakdown splits the indicator's units into cells that do not overlap and add up
 * to its overall value, so that suppressed cells can be protected against subtraction from the total.
 *
 * <p>A unit is placed by the date it happened on: the trigger of a deadline (a notification's receipt, an
 * investigation's awareness date, a decision, an intervention's start, the previous visit), the date of a decision
 * or a visit, each day of exposure by itself. Indicators taken at {@code asOf} (open cases, open investigations,
 * caseload, goals, active interventions) place their units by {@code asOf}'s date.
 *
 * <p>Keys of the cells, as they appear in {@link IndicatorValue#key()}:
 *
 * <ul>
 *   <li>{@link #TEAM}, {@link #CASEWORKER}: the case system's key of the team or caseworker responsible for the case
 *       ({@code ChildCase.assignmentOn}) on that date, or {@value #UNASSIGNED} when no caseworker was assigned that
 *       day; for the caseload, the caseworker and the team most of the caseworker's open cases belong to;
 *   <li>{@link #AGE_BAND}: the child's age in whole years on that date: {@code unborn}, {@code 0-2}, {@code 3-5},
 *       {@code 6-11}, {@code 12-14}, {@code 15-17}, {@code 18+};
 *   <li>{@link #INTERVENTION_KIND}: the name of an {@link dk.fremdrift.model.InterventionKind};
 *   <li>{@link #MONTH}: the month of the event counted, {@code 2026-03}: the monthly series for trends.
 * </ul>
 */
public enum Dimension {
    /** The team responsible. */
    TEAM("team", "team"),
    /** The caseworker responsible; shown to leaders only, never in the political profile. */
    CASEWORKER("sagsbehandler", "caseworker"),
    /** The child's age band. */
    AGE_BAND("aldersgruppe", "age band"),
    /** The kind of intervention. */
    INTERVENTION_KIND("indsatstype", "intervention kind"),
    /** The month of the event: the monthly series. */
    MONTH("måned", "month");

    /** The key of the cell for units with no caseworker assigned on the date that counts. */
    public static final String UNASSIGNED = "unassigned";

    private final String danishName;
    private final String englishName;

    Dimension(String danishName, String englishName) {
        this.danishName = danishName;
        this.englishName = englishName;
    }

    /**
     * Returns the Danish name.
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
