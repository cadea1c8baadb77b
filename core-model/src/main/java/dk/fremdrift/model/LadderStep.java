package dk.fremdrift.model;

/**
 * The step of the intervention ladder (indsatstrappen) that an intervention kind stands on: from support of the child
 * in its own home, through care in a family, to residential care. The ladder is how municipalities and KL describe
 * their mix of interventions and the service level they decide; its grouping of kinds is a practice, not the law,
 * which knows the kinds of support (barnets lov § 32) and the places of placement (barnets lov § 43).
 *
 * <p>Steps ascend by intrusiveness: {@code compareTo} orders them so.
 */
public enum LadderStep {
    /** Support without placement: in the home, the family, at school or at work (barnets lov § 32). */
    PREVENTIVE_SUPPORT("forebyggende støtte", "preventive support"),
    /** Placement in a family: kinship foster care and foster care (barnets lov § 43). */
    FAMILY_CARE("anbringelse i familiepleje", "placement in family care"),
    /** Placement in residential care: residential institutions and residential homes (barnets lov § 43). */
    RESIDENTIAL_CARE("anbringelse på døgninstitution eller opholdssted", "placement in residential care"),
    /** Other placements: an own room, a boarding or continuation school, or another place (barnets lov § 43). */
    OTHER_PLACEMENT("anden anbringelse", "other placement");

    private final String danishName;
    private final String englishName;

    LadderStep(String danishName, String englishName) {
        this.danishName = danishName;
        this.englishName = englishName;
    }

    /**
     * Returns the step of an intervention kind.
     *
     * @param kind the kind
     * @return its step
     */
    public static LadderStep of(InterventionKind kind) {
        return switch (kind) {
            case KINSHIP_FOSTER_CARE, FOSTER_CARE -> FAMILY_CARE;
            case RESIDENTIAL_INSTITUTION, RESIDENTIAL_HOME -> RESIDENTIAL_CARE;
            case OWN_ROOM, BOARDING_SCHOOL, OTHER_PLACEMENT -> OTHER_PLACEMENT;
            default -> PREVENTIVE_SUPPORT;
        };
    }

    /**
     * Tells whether the step places the child outside the home.
     *
     * @return true for every step but preventive support
     */
    public boolean isPlacement() {
        return this != PREVENTIVE_SUPPORT;
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
