package dk.fremdrift.model;

/**
 * The kind of plan for a child (barnets lov §§ 91-92, 108-109; serviceloven § 140).
 */
public enum PlanKind {
    /** Barnets plan (barnets lov §§ 91-92), from 2024. */
    CHILD_PLAN("barnets plan", "child's plan"),
    /** Ungeplan for a young person from 16 (barnets lov §§ 108-109), from 2024. */
    YOUTH_PLAN("ungeplan", "youth plan"),
    /** Handleplan (serviceloven § 140), before 2024. */
    ACTION_PLAN("handleplan", "action plan");

    private final String danishName;
    private final String englishName;

    PlanKind(String danishName, String englishName) {
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
