package dk.fremdrift.deadlines;

/** Whose deadline a rule describes, which decides what a passed deadline means. */
public enum Obligation {
    /**
     * A duty of the municipality: a deadline that passes without the step is {@link DeadlineStatus#OVERDUE}, a
     * breach of the law.
     */
    MUNICIPALITY,
    /**
     * A period for a party, such as the four-week complaint period (retssikkerhedsloven § 67): a period that passes
     * without the event has {@link DeadlineStatus#EXPIRED}, which is no breach.
     */
    PARTY
}
