package dk.fremdrift.deadlines;

/** What kind of case part a deadline is about. */
public enum SubjectKind {
    /** A notification of concern. */
    NOTIFICATION,
    /** A child-welfare investigation. */
    INVESTIGATION,
    /** A decision. */
    DECISION,
    /** An intervention. */
    INTERVENTION,
    /** A complaint. */
    COMPLAINT,
    /** A request for access to documents. */
    ACCESS_REQUEST,
    /** The case as a whole (deadlines tied to the child's age). */
    CASE
}
