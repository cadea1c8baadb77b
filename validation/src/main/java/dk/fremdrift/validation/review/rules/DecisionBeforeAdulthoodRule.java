package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.validation.review.Severity;

/**
 * For a young person with support or a placement, support after 18 is decided no later than 6 months before the
 * 18th birthday (barnets lov § 111): an error when the engine finds the decision late or missing. Barnets lov only:
 * the deadline rule book has no serviceloven rule for it.
 */
final class DecisionBeforeAdulthoodRule extends TimelinessRule {

    private DecisionBeforeAdulthoodRule(Spec spec) {
        super(spec.build());
    }

    static DecisionBeforeAdulthoodRule barnetsLov() {
        return new DecisionBeforeAdulthoodRule(Spec.rule(
                        "BL-111-DECISION-BEFORE-18", Duty.DECISION_BEFORE_ADULTHOOD.name(), Severity.ERROR)
                .basis(Spec.bl("111"), BARNETS_LOV_PERIOD)
                .title(
                        "Afgørelse om støtte efter 18 år senest 6 måneder før 18-årsdagen",
                        "Decision on support after 18 no later than 6 months before the 18th birthday")
                .timely("Afgørelsen om støtte efter 18 år", "truffet", "The decision on support after 18", "made")
                .duties(Duty.DECISION_BEFORE_ADULTHOOD)
                .note("New with barnets lov: the deadline rule book has no serviceloven rule for it."));
    }
}
