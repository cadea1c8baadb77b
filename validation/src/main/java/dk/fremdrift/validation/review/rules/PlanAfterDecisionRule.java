package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * A plan exists in time after a decision on placement: within 3 months (barnets lov § 91, stk. 2: barnets plan), or
 * no later than 4 months (serviceloven § 140, stk. 1: handleplan, when it could not be made before the decision): an
 * error for each placement decision the engine finds without a plan in time.
 */
final class PlanAfterDecisionRule extends TimelinessRule {

    private PlanAfterDecisionRule(Spec spec) {
        super(spec.build());
    }

    static PlanAfterDecisionRule serviceloven() {
        return new PlanAfterDecisionRule(spec(
                "SEL-140-PLAN-4M",
                LegalReference.of(Law.SERVICELOVEN, "140", 1),
                SERVICELOVEN_PERIOD,
                "Handleplan",
                "Action plan",
                4));
    }

    static PlanAfterDecisionRule barnetsLov() {
        return new PlanAfterDecisionRule(
                spec("BL-91-PLAN-3M", Spec.bl("91"), BARNETS_LOV_PERIOD, "Barnets plan", "Child's plan", 3));
    }

    private static Spec spec(
            String code, LegalReference basis, InForcePeriod period, String planDa, String planEn, int months) {
        return Spec.rule(code, Duty.PLAN.name(), Severity.ERROR)
                .basis(basis, period)
                .title(
                        planDa + " inden " + months + " måneder efter afgørelse om anbringelse",
                        planEn + " within " + months + " months of a placement decision")
                .timely("Planen efter afgørelsen", "udarbejdet", "The plan for the decision", "made")
                .duties(Duty.PLAN)
                .note("A plan made or revised in the 6 months before the decision counts, as the deadline rule"
                        + " book reads it.");
    }
}
