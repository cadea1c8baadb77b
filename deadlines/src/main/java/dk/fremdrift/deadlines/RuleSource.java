package dk.fremdrift.deadlines;

/** Where a rule comes from. */
public enum RuleSource {
    /** Built into Fremdrift's statutory rule book. */
    STATUTORY,
    /** Loaded from a municipality's rule file (retssikkerhedsloven § 3, stk. 2: local processing deadlines). */
    MUNICIPAL
}
