package dk.fremdrift.deadlines;

/** Which decisions of the trigger's kinds start a deadline. */
public enum DecisionOccurrence {
    /** Every decision of the kinds. */
    ANY,
    /** Only the first decision of the kinds in the case. */
    FIRST,
    /** Only a decision that follows an earlier one of the kinds (a re-treatment). */
    REPEAT
}
