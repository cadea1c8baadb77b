package dk.fremdrift.deadlines;

import java.util.EnumSet;
import java.util.Set;

/**
 * The step in a case that meets a deadline. Each kind applies to deadlines about certain kinds of subject.
 *
 * <p>Steps recorded after the moment of evaluation are not seen: an evaluation as of last March does not know
 * what happened in April.
 */
public enum CompletionKind {
    /** The notification's 24-hour assessment, {@code Notification.assessment.assessed} (a moment). */
    NOTIFICATION_ASSESSED(true, EnumSet.of(SubjectKind.NOTIFICATION)),
    /** The receipt sent to the notifier, {@code Notification.receiptSent} (a moment). */
    RECEIPT_SENT(true, EnumSet.of(SubjectKind.NOTIFICATION)),
    /** The notifier told whether an investigation or support followed, {@code Notification.notifierInformed}. */
    NOTIFIER_INFORMED(false, EnumSet.of(SubjectKind.NOTIFICATION)),
    /** A screening of the notification: the earliest screening that lists it. */
    SCREENED(false, EnumSet.of(SubjectKind.NOTIFICATION)),
    /**
     * The investigation's completion, {@code Investigation.completed}. For a decision (an investigation without
     * consent), the earliest investigation completed on or after the decision.
     */
    INVESTIGATION_COMPLETED(false, EnumSet.of(SubjectKind.INVESTIGATION, SubjectKind.DECISION)),
    /**
     * A preliminary assessment made by the deadline because the investigation was not finished
     * (foreløbig vurdering): the earlier of the preliminary assessment and the completion. If the investigation was
     * completed by the deadline, none is needed and the deadline is not applicable.
     */
    PRELIMINARY_ASSESSMENT(false, EnumSet.of(SubjectKind.INVESTIGATION)),
    /**
     * A plan exists: a plan of the allowed kinds made on or before the trigger date meets the deadline on the
     * trigger date; otherwise the earliest plan made after it.
     */
    PLAN_EXISTS(false, EnumSet.of(SubjectKind.DECISION, SubjectKind.CASE)),
    /**
     * A follow-up on the intervention, or on the whole case, dated on or after the trigger (for a recurring
     * deadline: after the previous follow-up).
     */
    FOLLOW_UP(false, EnumSet.of(SubjectKind.INTERVENTION)),
    /**
     * A supervision visit to the placement, or one that names no placement, dated on or after the trigger (for a
     * recurring deadline: after the previous visit).
     */
    SUPERVISION_VISIT(false, EnumSet.of(SubjectKind.INTERVENTION)),
    /**
     * A later decision on the placement: placement without consent (a re-treatment), permanent placement,
     * placement with consent, or termination, dated after the trigger decision.
     */
    LATER_PLACEMENT_DECISION(false, EnumSet.of(SubjectKind.DECISION)),
    /** Written notice of an emergency decision to the parties, {@code EmergencyDecision.partiesNotified} (a moment). */
    PARTIES_NOTIFIED(true, EnumSet.of(SubjectKind.DECISION)),
    /** The committee's approval of an emergency decision, {@code EmergencyDecision.approvedOn}. */
    EMERGENCY_APPROVED(false, EnumSet.of(SubjectKind.DECISION)),
    /** An ordinary decision (not an emergency one) dated on or after the trigger decision, which replaces it. */
    ORDINARY_DECISION(false, EnumSet.of(SubjectKind.DECISION)),
    /** A decision on support after 18 ({@code DecisionKind.YOUTH_SUPPORT}), granted or refused. */
    YOUTH_SUPPORT_DECISION(false, EnumSet.of(SubjectKind.CASE)),
    /** The municipality's reassessment of a complaint, {@code Complaint.reassessed}, or else its forwarding. */
    COMPLAINT_REASSESSED(false, EnumSet.of(SubjectKind.COMPLAINT)),
    /** A complaint about the decision: the earliest complaint that names it. */
    COMPLAINT_MADE(false, EnumSet.of(SubjectKind.DECISION)),
    /** The answer to a request for access to documents, {@code AccessRequest.answered}. */
    ACCESS_REQUEST_ANSWERED(false, EnumSet.of(SubjectKind.ACCESS_REQUEST));

    private final boolean moment;
    private final Set<SubjectKind> subjects;

    CompletionKind(boolean moment, Set<SubjectKind> subjects) {
        this.moment = moment;
        this.subjects = subjects;
    }

    /**
     * Tells whether the step is recorded as a moment rather than a date.
     *
     * @return true for moment steps
     */
    public boolean isMoment() {
        return moment;
    }

    /**
     * Tells whether this step can meet a deadline about the given kind of subject.
     *
     * @param subject the subject kind
     * @return true if compatible
     */
    public boolean appliesTo(SubjectKind subject) {
        return subjects.contains(subject);
    }
}
