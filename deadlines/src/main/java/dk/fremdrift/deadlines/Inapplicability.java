package dk.fremdrift.deadlines;

/** Why a deadline turned out not to apply. */
enum Inapplicability {
    /** The intervention ended before the step was due. */
    INTERVENTION_ENDED,
    /** The case was closed on or before the due date. */
    CASE_CLOSED,
    /** The investigation was completed in time, so no preliminary assessment was needed. */
    COMPLETED_IN_TIME,
    /** A date falls outside the coverage of the rule's calendar. */
    OUTSIDE_CALENDAR
}
