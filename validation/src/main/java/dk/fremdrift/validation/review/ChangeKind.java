package dk.fremdrift.validation.review;

/** How a rule pack differs from the one before it, for one concept. */
public enum ChangeKind {
    /** The pack checks something the one before did not. */
    ADDED,
    /** The pack checks the same thing under another code: a new provision, a new reading or a new severity. */
    CHANGED,
    /** The pack no longer checks something the one before did. */
    REMOVED
}
