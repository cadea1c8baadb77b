package dk.fremdrift.model;

/**
 * What a price is per, for the budget commitment (dispositionsregnskab).
 */
public enum PriceUnit {
    /** Per calendar day while the intervention runs, both the first and the last day included. */
    PER_DAY("pr. døgn", "per day"),
    /** Per calendar month while the intervention runs, prorated by days in a part month. */
    PER_MONTH("pr. måned", "per month"),
    /** Once, on the start date. */
    ONE_OFF("engangsbeløb", "one-off");

    private final String danishName;
    private final String englishName;

    PriceUnit(String danishName, String englishName) {
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
