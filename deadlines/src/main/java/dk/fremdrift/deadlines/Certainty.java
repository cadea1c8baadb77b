package dk.fremdrift.deadlines;

/** How sure the rule book is of a rule's legal facts. */
public enum Certainty {
    /** The rule's length, unit and legal basis are confirmed against the law. */
    CONFIRMED,
    /**
     * Some fact of the rule is not confirmed (its unit, length or paragraph); the rule is configurable and its
     * default is the stricter reading. The rule's note says what is unconfirmed.
     */
    UNCONFIRMED
}
