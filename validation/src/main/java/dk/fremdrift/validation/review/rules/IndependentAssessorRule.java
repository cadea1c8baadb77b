package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Notification;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * A new notification about a child who already has support or is placed is re-assessed by someone not involved
 * before (barnets lov § 137; serviceloven § 155 a): an error for each such notification assessed by a caseworker
 * assigned to the case on or before the day it was received.
 *
 * <p>The child "has support" when an intervention runs on the day of receipt. An assessment with no assessor
 * recorded is {@link AssessorUnrecordedRule}'s query instead.
 */
final class IndependentAssessorRule extends ReviewRule {

    private IndependentAssessorRule(Spec spec) {
        super(spec.build());
    }

    static IndependentAssessorRule serviceloven() {
        return new IndependentAssessorRule(
                spec("SEL-155A-INDEPENDENT-ASSESSOR", Spec.sel("155 a"), SERVICELOVEN_PERIOD));
    }

    static IndependentAssessorRule barnetsLov() {
        return new IndependentAssessorRule(spec("BL-137-INDEPENDENT-ASSESSOR", Spec.bl("137"), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "INDEPENDENT_ASSESSOR", Severity.ERROR)
                .basis(basis, period)
                .title(
                        "Ny underretning i en sag med indsats vurderet af en, der ikke har været involveret",
                        "New notification on a case with support assessed by someone not involved before")
                .message(
                        "Underretningen ({path}) modtaget {received}, mens barnet havde en indsats, blev vurderet af"
                                + " en sagsbehandler, der var tilknyttet sagen før underretningen; den skal vurderes"
                                + " af en, der ikke tidligere har været involveret ({basis}).",
                        "The notification ({path}) received on {received}, while the child had support, was"
                                + " assessed by a caseworker assigned to the case before the notification; it must be"
                                + " assessed by someone not involved before ({basis}).")
                .note("Involved: assigned to the case from a date on or before the day the notification was"
                        + " received.");
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        ChildCase c = context.childCase();
        List<Notification> notifications = c.notifications();
        for (int i = 0; i < notifications.size(); i++) {
            Assessment a = Reassessments.reassessment(i, context);
            if (a != null && a.assessedBy().isPresent()) {
                LocalDate received = context.facts().receivedOn(i);
                if (Reassessments.involvedBefore(c, received, a.assessedBy().get())) {
                    out.add(context.finding(
                            this, notifications.get(i).id(), 0, Values.of().date("received", received)));
                }
            }
        }
    }
}
