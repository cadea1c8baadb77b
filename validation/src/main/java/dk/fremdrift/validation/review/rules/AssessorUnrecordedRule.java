package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Notification;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.List;

/**
 * A new notification about a child with support must be re-assessed by someone not involved before (barnets lov
 * § 137; serviceloven § 155 a), which can be checked only when the assessor is recorded: a query for each such
 * notification whose assessment names no assessor. A justification confirms who assessed it.
 */
final class AssessorUnrecordedRule extends ReviewRule {

    private AssessorUnrecordedRule(Spec spec) {
        super(spec.build());
    }

    static AssessorUnrecordedRule serviceloven() {
        return new AssessorUnrecordedRule(spec("SEL-155A-ASSESSOR-UNRECORDED", Spec.sel("155 a"), SERVICELOVEN_PERIOD));
    }

    static AssessorUnrecordedRule barnetsLov() {
        return new AssessorUnrecordedRule(spec("BL-137-ASSESSOR-UNRECORDED", Spec.bl("137"), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "ASSESSOR_UNRECORDED", Severity.QUERY)
                .basis(basis, period)
                .title(
                        "Vurdering af ny underretning i en sag med indsats uden registreret vurderer",
                        "Assessor of a new notification on a case with support not recorded")
                .message(
                        "Underretningen ({path}) modtaget {received}, mens barnet havde en indsats, skal vurderes af"
                                + " en, der ikke tidligere har været involveret, men det er ikke registreret, hvem der"
                                + " vurderede den ({basis}).",
                        "The notification ({path}) received on {received}, while the child had support, must be"
                                + " assessed by someone not involved before, but who assessed it is not recorded"
                                + " ({basis}).");
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        List<Notification> notifications = context.childCase().notifications();
        for (int i = 0; i < notifications.size(); i++) {
            Assessment a = Reassessments.reassessment(i, context);
            if (a != null && a.assessedBy().isEmpty()) {
                out.add(context.finding(
                        this,
                        notifications.get(i).id(),
                        0,
                        Values.of().date("received", context.facts().receivedOn(i))));
            }
        }
    }
}
