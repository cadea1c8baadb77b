package dk.fremdrift.deadlines;

/** The state of one deadline at the moment of evaluation ({@code asOf}). */
public enum DeadlineStatus {
    /** Not yet met, and not due soon. */
    OPEN("åben", "open"),
    /** Not yet met, and due within the rule's due-soon window. */
    DUE_SOON("frist nærmer sig", "due soon"),
    /** Not met, and the deadline has passed: a duty of the municipality is broken. */
    OVERDUE("overskredet", "overdue"),
    /** Met on or before the deadline. */
    MET("overholdt", "met"),
    /** Met, but after the deadline. */
    MET_LATE("overholdt for sent", "met late"),
    /** A party's period that passed without the event (for example no complaint was made); not a breach. */
    EXPIRED("udløbet", "expired"),
    /**
     * The deadline does not apply after all: the intervention ended first, the investigation finished in time so no
     * preliminary assessment was needed, the case was closed, or a date it needs is not recorded. The explanation
     * says which.
     */
    NOT_APPLICABLE("ikke relevant", "not applicable"),
    /**
     * The engine cannot tell the deadline because a legal fact it depends on is not recorded in the case: a
     * decision on placement without consent that does not say whether it places or maintains, a decision on an
     * investigation without consent that names no investigation, a follow-up that records no date for the next one
     * where the municipality has set no frequency. Never guessed; the explanation says which fact is missing. Not
     * judged and not pending: metrics leave it out, and the due date is the earliest the deadline could fall on.
     */
    UNDETERMINED("kan ikke afgøres", "cannot tell");

    private final String danish;
    private final String english;

    DeadlineStatus(String danish, String english) {
        this.danish = danish;
        this.english = english;
    }

    /**
     * Returns the Danish name.
     *
     * @return the Danish name
     */
    public String danishName() {
        return danish;
    }

    /**
     * Returns the English name.
     *
     * @return the English name
     */
    public String englishName() {
        return english;
    }

    /**
     * Tells whether the deadline is still pending: {@link #OPEN} or {@link #DUE_SOON}. This is the one test for a
     * pending deadline: a deadline not yet met and not yet past due, too recent to judge (right-censored in the
     * metrics). {@link #UNDETERMINED} is not pending: the engine cannot tell it.
     *
     * @return true if pending
     */
    public boolean isPending() {
        return this == OPEN || this == DUE_SOON;
    }

    /**
     * Tells whether the deadline's step happened: {@link #MET} or {@link #MET_LATE}.
     *
     * @return true if the step happened
     */
    public boolean isCompleted() {
        return this == MET || this == MET_LATE;
    }

    /**
     * Tells whether the deadline can be judged on time or late: met, met late or overdue. Pending, expired,
     * not-applicable and undetermined deadlines are neither (right-censored, out of scope, or not told).
     *
     * @return true if judged
     */
    public boolean isJudged() {
        return this == MET || this == MET_LATE || this == OVERDUE;
    }
}
