package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * A plan exists before a decision on placement without consent (barnets lov § 91, stk. 2, for a § 47 decision;
 * serviceloven §§ 58 and 140): an error for each such decision the engine finds without a plan on its date. An
 * emergency decision by the committee chair (barnets lov § 143; serviceloven § 75) is not a § 47 decision and has no
 * such deadline; the committee's ordinary decision that follows it has.
 */
final class PlanBeforePlacementRule extends TimelinessRule {

    private PlanBeforePlacementRule(Spec spec) {
        super(spec.build());
    }

    static PlanBeforePlacementRule serviceloven() {
        return new PlanBeforePlacementRule(
                spec("SEL-140-PLAN-BEFORE-58", Spec.sel("140"), SERVICELOVEN_PERIOD, "Handleplan", "Action plan"));
    }

    static PlanBeforePlacementRule barnetsLov() {
        return new PlanBeforePlacementRule(
                spec("BL-91-PLAN-BEFORE-47", Spec.bl("91"), BARNETS_LOV_PERIOD, "Barnets plan", "Child's plan"));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period, String planDa, String planEn) {
        return Spec.rule(code, Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT.name(), Severity.ERROR)
                .basis(basis, period)
                .title(
                        planDa + " før afgørelse om anbringelse uden samtykke",
                        planEn + " before a decision on placement without consent")
                .timely(
                        "Planen før afgørelsen om anbringelse uden samtykke",
                        "udarbejdet",
                        "The plan before the decision on placement without consent",
                        "made")
                .duties(Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT);
    }
}
