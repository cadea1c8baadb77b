package dk.fremdrift.model;

/**
 * What a decision (afgørelse) is about.
 */
public enum DecisionKind {
    /** Support for the child or family (barnets lov § 32; serviceloven § 52). */
    SUPPORT("støttende indsats", "support"),
    /** Placement outside the home with the parents' consent (barnets lov § 46; serviceloven § 52, stk. 3, nr. 7). */
    PLACEMENT_WITH_CONSENT("anbringelse med samtykke", "placement with consent"),
    /** Placement without consent, decided by the children and youth committee (barnets lov § 47; serviceloven § 58). A later decision of this kind on the same child is a re-treatment. */
    PLACEMENT_WITHOUT_CONSENT("anbringelse uden samtykke", "placement without consent"),
    /** Permanent placement (barnets lov § 67), which ends re-treatment of a placement without consent. */
    PERMANENT_PLACEMENT("permanent anbringelse", "permanent placement"),
    /** A child-welfare investigation without consent (barnets lov § 23; serviceloven § 51). */
    INVESTIGATION_WITHOUT_CONSENT("undersøgelse uden samtykke", "investigation without consent"),
    /** Support for a young person aged 18 to 22 (barnets lov §§ 114-116; serviceloven § 76), granted or refused. */
    YOUTH_SUPPORT("støtte efter 18 år", "support after 18"),
    /** Termination of support or placement (barnets lov §§ 99-102). */
    TERMINATION("ophør", "termination"),
    /** Any other decision. */
    OTHER("anden afgørelse", "other decision");

    private final String danishName;
    private final String englishName;

    DecisionKind(String danishName, String englishName) {
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
     * Tells whether the decision places the child outside the home.
     *
     * @return true for the placement kinds
     */
    public boolean isPlacement() {
        return this == PLACEMENT_WITH_CONSENT || this == PLACEMENT_WITHOUT_CONSENT || this == PERMANENT_PLACEMENT;
    }
}
