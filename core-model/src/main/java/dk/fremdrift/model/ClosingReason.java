package dk.fremdrift.model;

/**
 * Why a case was closed.
 */
public enum ClosingReason {
    /** No (further) support was needed. */
    NO_FURTHER_ACTION("ingen yderligere indsats", "no further action"),
    /** The support or placement ended. */
    SUPPORT_ENDED("indsats afsluttet", "support ended"),
    /** The family moved to another municipality (the case was handed over). */
    MOVED("fraflytning", "moved"),
    /** The young person became an adult and youth support ended. */
    ADULT("overgang til voksen", "transition to adulthood"),
    /** Any other reason. */
    OTHER("andet", "other");

    private final String danishName;
    private final String englishName;

    ClosingReason(String danishName, String englishName) {
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
