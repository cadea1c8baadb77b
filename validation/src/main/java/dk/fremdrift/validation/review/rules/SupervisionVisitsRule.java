package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * A placed child gets supervision visits at least twice a year (barnets lov § 156, stk. 5; serviceloven § 148),
 * read by the deadline rule book as at most 6 months to the first visit and between visits: an error for each visit
 * the engine finds late or overdue. Whether each visit held a conversation with the child is {@link
 * VisitConversationRule}'s check.
 */
final class SupervisionVisitsRule extends TimelinessRule {

    private SupervisionVisitsRule(Spec spec) {
        super(spec.build());
    }

    static SupervisionVisitsRule serviceloven() {
        return new SupervisionVisitsRule(spec("SEL-148-SUPERVISION-VISITS", Spec.sel("148"), SERVICELOVEN_PERIOD));
    }

    static SupervisionVisitsRule barnetsLov() {
        return new SupervisionVisitsRule(spec("BL-156-SUPERVISION-VISITS", Spec.bl("156", 5), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, Duty.SUPERVISION.name(), Severity.ERROR)
                .basis(basis, period)
                .title("Tilsynsbesøg mindst to gange om året", "Supervision visits at least twice a year")
                .timely(
                        "Tilsynsbesøg nr. {occurrence} hos det anbragte barn",
                        "aflagt",
                        "Supervision visit no. {occurrence} to the placed child",
                        "made")
                .duties(Duty.SUPERVISION)
                .note("Read as at most 6 months to the first visit and between visits, as the deadline rule book"
                        + " does.");
    }
}
