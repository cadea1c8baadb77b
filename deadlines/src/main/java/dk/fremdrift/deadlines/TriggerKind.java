package dk.fremdrift.deadlines;

/**
 * The event in a case that starts a deadline, and so what the deadline is about.
 *
 * <p>Each kind names the case part that is the deadline's subject and the moment or date the deadline runs
 * from. Only granted decisions trigger deadlines; a decision that refuses support starts none.
 */
public enum TriggerKind {
    /** A notification's receipt, {@code Notification.received} (a moment). Filter: notifier kinds. */
    NOTIFICATION_RECEIVED(SubjectKind.NOTIFICATION, true),
    /**
     * The date the municipality became aware that the child may need support, {@code Investigation.awareOn}.
     */
    INVESTIGATION_AWARENESS(SubjectKind.INVESTIGATION, false),
    /**
     * A granted decision, {@code Decision.decided}. Filters: decision kinds, and whether it is the first decision
     * of those kinds in the case or a repeated one (a re-treatment).
     */
    DECISION_MADE(SubjectKind.DECISION, false),
    /** The date the parties received a decision, {@code Decision.notifiedOn}. Filter: decision kinds. */
    DECISION_NOTIFIED(SubjectKind.DECISION, false),
    /** The implementation of an emergency decision by the committee chair, {@code EmergencyDecision.implemented}. */
    EMERGENCY_IMPLEMENTED(SubjectKind.DECISION, true),
    /** The start of an intervention, {@code Intervention.start}. Filter: all, placements or supporting measures. */
    INTERVENTION_STARTED(SubjectKind.INTERVENTION, false),
    /** The receipt of a complaint, {@code Complaint.received}. */
    COMPLAINT_RECEIVED(SubjectKind.COMPLAINT, false),
    /** The receipt of a request for access to documents, {@code AccessRequest.received}. */
    ACCESS_REQUEST_RECEIVED(SubjectKind.ACCESS_REQUEST, false),
    /**
     * The date from which a young person of the given age receives support: the later of the birthday and the
     * start of the first intervention running on or after it, once per case, and only before the 18th birthday.
     * Filter: the age.
     */
    SUPPORT_FROM_AGE(SubjectKind.CASE, false),
    /**
     * The child's birthday of the given age, once per case, when an intervention runs on the deadline's due date
     * (deadlines relative to a birthday may have a negative length: 6 months before the 18th birthday). Filter: the
     * age.
     */
    BIRTHDAY_WHILE_SUPPORTED(SubjectKind.CASE, false);

    private final SubjectKind subject;
    private final boolean moment;

    TriggerKind(SubjectKind subject, boolean moment) {
        this.subject = subject;
        this.moment = moment;
    }

    /**
     * Returns the kind of case part a deadline with this trigger is about.
     *
     * @return the subject kind
     */
    public SubjectKind subject() {
        return subject;
    }

    /**
     * Tells whether the trigger is a moment ({@code Instant}), which hour-based deadlines need, rather than a date.
     *
     * @return true for moment triggers
     */
    public boolean isMoment() {
        return moment;
    }
}
