package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.validation.review.Severity;

/**
 * A young person with support gets an ungeplan within 3 months of turning 16 or of the start of the support,
 * whichever is later (barnets lov §§ 108-109): an error when the engine finds it late or missing. Barnets lov only:
 * the deadline rule book has no serviceloven rule for it.
 */
final class YouthPlanRule extends TimelinessRule {

    private YouthPlanRule(Spec spec) {
        super(spec.build());
    }

    static YouthPlanRule barnetsLov() {
        return new YouthPlanRule(Spec.rule("BL-108-YOUTH-PLAN", Duty.YOUTH_PLAN.name(), Severity.ERROR)
                .basis(Spec.bl("108"), BARNETS_LOV_PERIOD)
                .title("Ungeplan fra 16 år", "Youth plan from 16")
                .timely("Ungeplanen", "udarbejdet", "The youth plan", "made")
                .duties(Duty.YOUTH_PLAN)
                .note("New with barnets lov: the deadline rule book has no serviceloven rule for it."));
    }
}
