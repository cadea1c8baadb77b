package dk.fremdrift.model;

/**
 * Whether a decision grants or refuses what it is about.
 */
public enum DecisionOutcome {
    /** Granted, in whole or in part. */
    GRANTED("bevilget", "granted"),
    /** Refused. */
    REFUSED("afslået", "refused");

    private final String danishName;
    private final String englishName;

    DecisionOutcome(String danishName, String englishName) {
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
