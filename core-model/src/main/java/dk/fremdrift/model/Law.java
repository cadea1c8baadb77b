package dk.fremdrift.model;

/**
 * The Danish acts that the child-welfare rules of Fremdrift rest on.
 *
 * <p>The act in force for a case event is chosen by the date of its trigger: the child-welfare provisions of
 * {@link #SERVICELOVEN} (chapter 11) apply until 31 December 2023, {@link #BARNETS_LOV} from 1 January 2024.
 */
public enum Law {
    /** Barnets lov (lov nr. 721 af 13/06/2023; consolidated LBK nr. 282 af 17/03/2025), from 2024-01-01. */
    BARNETS_LOV("barnets lov", "Children's Act (barnets lov)", "BL"),
    /** Serviceloven, lov om social service; its chapter 11 held the child-welfare rules until 2023-12-31. */
    SERVICELOVEN("serviceloven", "Social Services Act (serviceloven)", "SEL"),
    /** Retssikkerhedsloven: processing deadlines (§ 3), complaints (§§ 66-67, 73). */
    RETSSIKKERHEDSLOVEN("retssikkerhedsloven", "Act on Legal Protection and Administration in Social Matters", "RSL"),
    /** Offentlighedsloven: access to documents (aktindsigt, § 36). */
    OFFENTLIGHEDSLOVEN("offentlighedsloven", "Access to Public Administration Files Act", "OFL"),
    /** Forvaltningsloven: access to documents for parties (§ 16). */
    FORVALTNINGSLOVEN("forvaltningsloven", "Public Administration Act", "FVL"),
    /** Forældelsesloven: its § 27 treats grundlovsdag, 24 and 31 December as closed days. */
    FORAELDELSESLOVEN("forældelsesloven", "Limitation Act", "FORÆLDL");

    private final String danishName;
    private final String englishName;
    private final String abbreviation;

    Law(String danishName, String englishName, String abbreviation) {
        this.danishName = danishName;
        this.englishName = englishName;
        this.abbreviation = abbreviation;
    }

    /**
     * Returns the act's short Danish name in lower case, as it is cited in running text ("barnets lov").
     *
     * @return the Danish name
     */
    public String danishName() {
        return danishName;
    }

    /**
     * Returns an English name for the act.
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Returns the common abbreviation (BL, SEL, RSL, OFL, FVL), used as the prefix of rule ids.
     *
     * @return the abbreviation
     */
    public String abbreviation() {
        return abbreviation;
    }
}
