package dk.fremdrift.deadlines;

/**
 * The unit a deadline's length is counted in (fristberegning), as the law writes it.
 *
 * <ul>
 *   <li>{@link #HOURS}: elapsed hours from the trigger moment; across a daylight-saving change 24 hours are still
 *       24 real hours.
 *   <li>{@link #CALENDAR_DAYS}: days; the trigger day is not counted unless the rule says it is.
 *   <li>{@link #WORKING_DAYS}: working days of the rule's calendar, counted from the day after the trigger.
 *   <li>{@link #WEEKS}: the same weekday that many weeks later.
 *   <li>{@link #MONTHS}: the same date that many months later; where that date does not exist, the month's last
 *       day (31 January + 1 month = 28 or 29 February).
 *   <li>{@link #YEARS}: the same date that many years later (29 February + 1 year = 28 February).
 * </ul>
 */
public enum DeadlineUnit {
    /** Elapsed hours. */
    HOURS("timer", "hours"),
    /** Calendar days. */
    CALENDAR_DAYS("dage", "days"),
    /** Working days of the rule's calendar. */
    WORKING_DAYS("arbejdsdage", "working days"),
    /** Weeks. */
    WEEKS("uger", "weeks"),
    /** Months. */
    MONTHS("måneder", "months"),
    /** Years. */
    YEARS("år", "years");

    private final String danish;
    private final String english;

    DeadlineUnit(String danish, String english) {
        this.danish = danish;
        this.english = english;
    }

    /**
     * Returns the unit's Danish plural, as in "4 måneder".
     *
     * @return the Danish word
     */
    public String danishName() {
        return danish;
    }

    /**
     * Returns the unit's English plural, as in "4 months".
     *
     * @return the English word
     */
    public String englishName() {
        return english;
    }

    /**
     * Tells whether the unit counts dates rather than elapsed time.
     *
     * @return false for {@link #HOURS}, true otherwise
     */
    public boolean isDateBased() {
        return this != HOURS;
    }
}
