package dk.fremdrift.model;

/**
 * The kind of an intervention (indsats; foranstaltning before 2024): the supporting measures of barnets lov
 * § 32 (serviceloven § 52, stk. 3) and the places of placement of barnets lov § 43 (serviceloven § 66).
 *
 * <p>{@link #isPlacement()} separates placements outside the home from preventive support, for the
 * intervention mix of the management information and for the supervision duty (barnets lov § 156).
 */
public enum InterventionKind {
    /** Practical, pedagogical or other support in the home (praktisk, pædagogisk eller anden støtte i hjemmet). */
    PRACTICAL_SUPPORT_AT_HOME("praktisk pædagogisk støtte i hjemmet", "practical support at home", false),
    /** Family therapy (familiebehandling). */
    FAMILY_THERAPY("familiebehandling", "family therapy", false),
    /** A residential stay for the whole family (døgnophold for hele familien). */
    FAMILY_RESIDENTIAL_STAY("døgnophold for familien", "residential stay for the family", false),
    /** Respite care (aflastning). */
    RESPITE_CARE("aflastning", "respite care", false),
    /** A permanent contact person (fast kontaktperson). */
    CONTACT_PERSON("fast kontaktperson", "contact person", false),
    /** Arranging a traineeship (formidling af praktiktilbud). */
    TRAINEESHIP("praktiktilbud", "traineeship", false),
    /** Financial support (økonomisk støtte). */
    FINANCIAL_SUPPORT("økonomisk støtte", "financial support", false),
    /** Other supporting measures (anden støtte). */
    OTHER_SUPPORT("anden støtte", "other support", false),
    /** Support for a young person aged 18 to 22 (ungestøtte, efterværn). */
    YOUTH_SUPPORT("ungestøtte (efterværn)", "youth support (aftercare)", false),
    /** Placement with a kinship or network foster family (netværksplejefamilie). */
    KINSHIP_FOSTER_CARE("netværksplejefamilie", "kinship foster care", true),
    /** Placement with a foster family (plejefamilie). */
    FOSTER_CARE("plejefamilie", "foster care", true),
    /** Placement at a residential institution (døgninstitution). */
    RESIDENTIAL_INSTITUTION("døgninstitution", "residential institution", true),
    /** Placement at a social residential home (socialt opholdssted). */
    RESIDENTIAL_HOME("opholdssted", "residential home", true),
    /** Placement in an own room, a hall of residence or similar (eget værelse, kollegium). */
    OWN_ROOM("eget værelse", "own room", true),
    /** Placement at a boarding school (efterskole, kostskole). */
    BOARDING_SCHOOL("kostskole eller efterskole", "boarding school", true),
    /** Any other place of placement. */
    OTHER_PLACEMENT("anden anbringelse", "other placement", true);

    private final String danishName;
    private final String englishName;
    private final boolean placement;

    InterventionKind(String danishName, String englishName, boolean placement) {
        this.danishName = danishName;
        this.englishName = englishName;
        this.placement = placement;
    }

    /**
     * Tells whether this kind places the child outside the home (anbringelse uden for hjemmet).
     *
     * @return true for placements, false for preventive support
     */
    public boolean isPlacement() {
        return placement;
    }

    /**
     * Returns the step of the intervention ladder this kind stands on ({@link LadderStep#of}).
     *
     * @return the step
     */
    public LadderStep ladderStep() {
        return LadderStep.of(this);
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
