package dk.fremdrift.validation.review.rules;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Notification;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which notifications need a re-assessment by someone not involved before (barnets lov § 137; serviceloven
 * § 155 a), shared by {@link IndependentAssessorRule} and {@link AssessorUnrecordedRule}.
 */
final class Reassessments {

    private Reassessments() {}

    /**
     * The assessment of a notification received while the child had an intervention running, if it was made by
     * asOf and the notification's receipt falls in the context's period.
     */
    static Optional<Assessment> reassessment(Notification n, ReviewContext context) {
        if (n.received().isAfter(context.asOf())) {
            return Optional.empty();
        }
        LocalDate received = context.dateOf(n.received());
        if (!context.judges(received) || !hadSupport(context.childCase(), received)) {
            return Optional.empty();
        }
        return n.assessment().filter(a -> !a.assessed().isAfter(context.asOf()));
    }

    private static boolean hadSupport(ChildCase c, LocalDate date) {
        for (Intervention iv : c.interventions()) {
            if (iv.isActiveOn(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The caseworkers involved before a notification: those assigned to the case from a date on or before the day
     * it was received.
     */
    static Set<CaseworkerId> involvedBefore(ChildCase c, LocalDate received) {
        Set<CaseworkerId> out = new LinkedHashSet<>();
        for (CaseworkerAssignment a : c.assignments()) {
            if (!a.from().isAfter(received)) {
                out.add(a.caseworker());
            }
        }
        return out;
    }
}
