package dk.fremdrift.deadlines;

/**
 * Why a deadline turned out not to apply ({@link DeadlineStatus#NOT_APPLICABLE}), or why the engine cannot tell it
 * ({@link DeadlineStatus#UNDETERMINED}).
 */
enum Inapplicability {
    /** The intervention ended before the step was due. */
    INTERVENTION_ENDED,
    /** The case was closed on or before the due date. */
    CASE_CLOSED,
    /** The investigation was completed in time, so no preliminary assessment was needed. */
    COMPLETED_IN_TIME,
    /** A date falls outside the coverage of the rule's calendar. */
    OUTSIDE_CALENDAR,
    /** The event came before any rule of the duty was in force. */
    BEFORE_RULE,
    /** Undetermined: a decision on placement without consent does not record whether it places or maintains. */
    PLACEMENT_KIND_NOT_RECORDED,
    /** Undetermined: a decision on an investigation without consent does not name its investigation. */
    INVESTIGATION_NOT_NAMED,
    /**
     * Undetermined: the previous follow-up records no date for the next one, and the municipality has set no
     * frequency.
     */
    NEXT_FOLLOW_UP_NOT_RECORDED
}
