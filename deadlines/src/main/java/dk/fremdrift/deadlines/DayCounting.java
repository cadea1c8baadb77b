package dk.fremdrift.deadlines;

/** Whether the trigger day counts as the first day of a day-based deadline. */
public enum DayCounting {
    /**
     * The trigger day is not counted, the general rule of Danish deadline computation: received on Monday, 1 day
     * later is Tuesday.
     */
    EXCLUDE_TRIGGER_DAY,
    /**
     * The trigger day is day 1. The committee's approval of an emergency decision is due within 7 days counting
     * the day of implementation (barnets lov § 143; serviceloven § 75): implemented Monday, due Sunday.
     */
    INCLUDE_TRIGGER_DAY
}
