package dk.fremdrift.model;

/**
 * Ankestyrelsen's outcome of a complaint forwarded to it (retssikkerhedsloven § 68): the decision upheld, remitted to
 * the municipality, changed or annulled, or the complaint dismissed without a decision on the merits.
 *
 * <p>Ankestyrelsen's <em>omgørelsesprocent</em>, which the municipal council discusses once a year (retssikkerhedsloven
 * § 79 b), is the share of complaints decided on the merits ({@link #onTheMerits()}) whose decision was remitted,
 * changed or annulled ({@link #isReversal()}).
 */
public enum AppealOutcome {
    /** The decision is upheld (stadfæstet). */
    UPHELD("stadfæstet", "upheld"),
    /** The decision is sent back to the municipality to be made again (hjemvist). */
    REMITTED("hjemvist", "remitted"),
    /** The decision is changed (ændret). */
    CHANGED("ændret", "changed"),
    /** The decision is annulled (ophævet). */
    ANNULLED("ophævet", "annulled"),
    /** The complaint is dismissed without a decision on the merits (afvist): filed too late, say. */
    DISMISSED("afvist", "dismissed");

    private final String danishName;
    private final String englishName;

    AppealOutcome(String danishName, String englishName) {
        this.danishName = danishName;
        this.englishName = englishName;
    }

    /**
     * Tells whether Ankestyrelsen decided the complaint on the merits: every outcome but {@link #DISMISSED}.
     *
     * @return whether the outcome counts in the omgørelsesprocent's denominator
     */
    public boolean onTheMerits() {
        return this != DISMISSED;
    }

    /**
     * Tells whether the municipality's decision was reversed in the sense of the omgørelsesprocent: remitted, changed
     * or annulled.
     *
     * @return whether the outcome counts in the omgørelsesprocent's numerator
     */
    public boolean isReversal() {
        return this == REMITTED || this == CHANGED || this == ANNULLED;
    }

    /**
     * Returns the Danish name, as Ankestyrelsen writes it.
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
