package dk.fremdrift.deadlines;

/** A special rule that can bring a deadline forward. */
public enum DueModifier {
    /**
     * The first follow-up is due when a parallel exploration (afdækning) or investigation ends, if that is earlier
     * than the rule's length (barnets lov § 95): an exploration or investigation running on the day the
     * intervention started, and completed before the rule's due date, moves the due date to its completion.
     */
    EARLIER_OF_PARALLEL_INVESTIGATION_END
}
