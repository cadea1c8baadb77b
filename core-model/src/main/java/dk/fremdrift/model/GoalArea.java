package dk.fremdrift.model;

/**
 * The area of the child's life a goal is about (the areas of barnets lov § 91 and serviceloven § 140, stk. 3).
 */
public enum GoalArea {
    /** Development and behaviour. */
    DEVELOPMENT_AND_BEHAVIOUR("udvikling og adfærd", "development and behaviour"),
    /** Family relations. */
    FAMILY("familieforhold", "family"),
    /** School, day care and education. */
    SCHOOL("skoleforhold", "school"),
    /** Health. */
    HEALTH("sundhedsforhold", "health"),
    /** Leisure and friendships. */
    LEISURE_AND_FRIENDSHIPS("fritidsforhold og venskaber", "leisure and friendships"),
    /** Other relevant matters. */
    OTHER("andre relevante forhold", "other");

    private final String danishName;
    private final String englishName;

    GoalArea(String danishName, String englishName) {
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
