package dk.fremdrift.model;

/**
 * The outcome of a screening (screening, barnets lov § 18).
 */
public enum ScreeningOutcome {
    /** No further action. */
    NO_ACTION("ingen indsats", "no action"),
    /** An exploration of the child's situation (afdækning, barnets lov § 19). */
    EXPLORATION("afdækning", "exploration"),
    /** A child-welfare investigation (børnefaglig undersøgelse, barnets lov § 20). */
    INVESTIGATION("børnefaglig undersøgelse", "child-welfare investigation");

    private final String danishName;
    private final String englishName;

    ScreeningOutcome(String danishName, String englishName) {
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
}
