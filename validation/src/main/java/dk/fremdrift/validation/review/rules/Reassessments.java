package dk.fremdrift.validation.review.rules;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Notification;
import java.time.LocalDate;

/**
 * Which notifications need a re-assessment by someone not involved before (barnets lov § 137; serviceloven
 * § 155 a), shared by {@link IndependentAssessorRule} and {@link AssessorUnrecordedRule}.
 */
final class Reassessments {

    private Reassessments() {}

    /**
     * The assessment of the notification with the index, if the notification was received by asOf while the child
     * had an intervention running, its receipt falls in the context's period, and the assessment was made by asOf;
     * null otherwise.
     */
    static Assessment reassessment(int notification, ReviewContext context) {
        CaseFacts facts = context.facts();
        Notification n = context.childCase().notifications().get(notification);
        if (n.received().isAfter(context.asOf())) {
            return null;
        }
        if (!context.judges(facts.receivedOn(notification)) || !facts.hadSupportWhenReceived(notification)) {
            return null;
        }
        if (n.assessment().isEmpty()) {
            return null;
        }
        Assessment a = n.assessment().get();
        return a.assessed().isAfter(context.asOf()) ? null : a;
    }

    /**
     * Tells whether a caseworker was involved before a notification: assigned to the case from a date on or before
     * the day it was received.
     */
    static boolean involvedBefore(ChildCase c, LocalDate received, CaseworkerId caseworker) {
        for (CaseworkerAssignment a : c.assignments()) {
            if (!a.from().isAfter(received) && a.caseworker().equals(caseworker)) {
                return true;
            }
        }
        return false;
    }
}
