package dk.fremdrift.model;

/**
 * Whether a conversation with the child (børnesamtale, barnets lov § 5, stk. 3-4; serviceloven § 48) was held or omitted.
 */
public enum ConversationOutcome {
    /** The conversation was held. */
    HELD("afholdt", "held"),
    /** The conversation was omitted; allowed only in very special cases, with the reason recorded. */
    OMITTED("undladt", "omitted");

    private final String danishName;
    private final String englishName;

    ConversationOutcome(String danishName, String englishName) {
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
