package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.Goal;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Plan;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.List;

/**
 * Goals are measurable, with an indicator and a due date: good practice, not law, as the statute asks only for
 * concrete goals (barnets lov § 91, stk. 2; serviceloven § 140, stk. 3). A warning for each concrete goal of a
 * child's plan or action plan that is not measurable; a goal without a description is {@link ConcreteGoalsRule}'s
 * error instead.
 */
final class MeasurableGoalsRule extends ReviewRule {

    private MeasurableGoalsRule(Spec spec) {
        super(spec.build());
    }

    static MeasurableGoalsRule serviceloven() {
        return new MeasurableGoalsRule(spec("SEL-GOALS-MEASURABLE", Spec.sel("140", 3), SERVICELOVEN_PERIOD));
    }

    static MeasurableGoalsRule barnetsLov() {
        return new MeasurableGoalsRule(spec("BL-GOALS-MEASURABLE", Spec.bl("91", 2), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "MEASURABLE_GOALS", Severity.WARNING)
                .basis(basis, period)
                .title("Målene er målbare", "The goals are measurable")
                .message(
                        "Målet ({path}) i {planLower} fra {created} er ikke målbart: {missing} mangler. Målbare mål er"
                                + " god praksis; loven kræver konkrete mål ({basis}).",
                        "The goal ({path}) in the {planLower} of {created} is not measurable: it has no {missing}."
                                + " Measurable goals are good practice; the law asks for concrete goals ({basis}).")
                .note("Good practice, not law: the statute says concrete, not measurable.");
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        for (Plan p : context.childCase().plans()) {
            if (!ConcreteGoalsRule.judged(p, context)) {
                continue;
            }
            for (Goal g : p.goals()) {
                if (g.isConcrete() && !g.isMeasurable()) {
                    Values values = ConcreteGoalsRule.planValues(p);
                    if (g.indicator().isEmpty() && g.due().isEmpty()) {
                        values.put("missing", "indikator og slutdato", "indicator and due date");
                    } else if (g.indicator().isEmpty()) {
                        values.put("missing", "indikator", "indicator");
                    } else {
                        values.put("missing", "slutdato", "due date");
                    }
                    out.add(context.finding(this, g.id(), 0, values));
                }
            }
        }
    }
}
