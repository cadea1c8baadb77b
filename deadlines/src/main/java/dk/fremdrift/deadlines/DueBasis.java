package dk.fremdrift.deadlines;

/**
 * Where an evaluation's due date comes from: the rule's length and recurrence, a date decided in the case, or the
 * municipality's default frequency. It tells a reader, and the case review, whose requirement a missed deadline
 * breaks.
 */
public enum DueBasis {
    /** The rule's length, or its recurrence: the law's for a statutory rule, the municipality's for its own rule. */
    RULE,
    /**
     * A date the municipality decided in the case and recorded on it: the next follow-up decided at a follow-up
     * ({@code FollowUp.nextFollowUpBy}, barnets lov § 95, stk. 3). The statute sets the duty to decide, not the date.
     */
    RECORDED_DECISION,
    /**
     * The municipality's default frequency of later follow-ups from its rule file ({@link
     * MunicipalRules#followUpFrequency()}), used where the case records no decided date: the municipality's own
     * setting, not the statute's.
     */
    MUNICIPAL_FREQUENCY
}
