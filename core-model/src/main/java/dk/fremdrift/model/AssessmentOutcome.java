package dk.fremdrift.model;

/**
 * The outcome of the 24-hour assessment of a notification (barnets lov § 136; serviceloven § 155, stk. 2):
 * is the child's health or development in danger, and is acute action needed.
 */
public enum AssessmentOutcome {
    /** The child's health or development is not found to be in danger. */
    NOT_ENDANGERED("ikke i fare", "not endangered"),
    /** The child's health or development may be in danger; no acute action is needed. */
    ENDANGERED("i fare", "endangered"),
    /** Acute action is needed. */
    ACUTE_ACTION_NEEDED("akut indsats", "acute action needed");

    private final String danishName;
    private final String englishName;

    AssessmentOutcome(String danishName, String englishName) {
        this.danishName = danishName;
        this.englishName = englishName;
    }

    /**
     * Returns the Danish name, as a caseworker would write it.
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

    /**
     * Tells whether the notification is serious: the child may be in danger, or acute action is needed. A case
     * with a serious notification is expected to get a management review.
     *
     * @return true for {@link #ENDANGERED} and {@link #ACUTE_ACTION_NEEDED}
     */
    public boolean isSerious() {
        return this != NOT_ENDANGERED;
    }
}
