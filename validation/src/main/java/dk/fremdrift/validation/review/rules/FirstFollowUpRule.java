package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * The first follow-up on an intervention comes no later than 3 months after it starts, or when a parallel
 * investigation or exploration ends if that is earlier (barnets lov § 95; serviceloven § 70, stk. 1: 3 months): an
 * error for each first follow-up the engine finds late or overdue.
 */
final class FirstFollowUpRule extends TimelinessRule {

    private FirstFollowUpRule(Spec spec) {
        super(spec.build());
    }

    static FirstFollowUpRule serviceloven() {
        return new FirstFollowUpRule(spec("SEL-70-FIRST-FOLLOW-UP", Spec.sel("70", 1), SERVICELOVEN_PERIOD));
    }

    static FirstFollowUpRule barnetsLov() {
        return new FirstFollowUpRule(spec("BL-95-FIRST-FOLLOW-UP", Spec.bl("95"), BARNETS_LOV_PERIOD)
                .note("The deadline is brought forward to the end of a parallel investigation or exploration, as"
                        + " the deadline rule book reads barnets lov § 95."));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "FIRST_FOLLOW_UP", Severity.ERROR)
                .basis(basis, period)
                .title("Første opfølgning til tiden", "First follow-up on time")
                .timely(
                        "Den første opfølgning på indsatsen",
                        "foretaget",
                        "The first follow-up on the intervention",
                        "carried out")
                .duties(Duty.FOLLOW_UP);
    }

    @Override
    boolean reports(DeadlineEvaluation e, ReviewContext context) {
        return e.occurrence() == 1;
    }
}
