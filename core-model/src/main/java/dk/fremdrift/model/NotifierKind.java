package dk.fremdrift.model;

/**
 * Who made a notification of concern (underretning, barnets lov §§ 132-134; serviceloven §§ 153-154).
 *
 * <p>Professionals have a stricter duty to notify and are owed a receipt ({@link #isProfessional()}).
 */
public enum NotifierKind {
    /** A professional with a duty to notify (skærpet underretningspligt): school, day care, health service, police. */
    PROFESSIONAL("fagperson", "professional"),
    /** A citizen: a neighbour, a relative, a parent. */
    CITIZEN("borger", "citizen"),
    /** An anonymous notifier. */
    ANONYMOUS("anonym", "anonymous"),
    /** The child or young person itself. */
    CHILD("barnet selv", "the child"),
    /** Another municipality, for example when the family moves (barnets lov § 138). */
    OTHER_MUNICIPALITY("anden kommune", "another municipality"),
    /** Ankestyrelsen, on its own initiative. */
    ANKESTYRELSEN("Ankestyrelsen", "the National Social Appeals Board"),
    /** Any other source. */
    OTHER("andet", "other");

    private final String danishName;
    private final String englishName;

    NotifierKind(String danishName, String englishName) {
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
     * Tells whether the notifier is a professional, who is owed a receipt (serviceloven § 155 b, stk. 1).
     *
     * @return true for {@link #PROFESSIONAL}
     */
    public boolean isProfessional() {
        return this == PROFESSIONAL;
    }
}
