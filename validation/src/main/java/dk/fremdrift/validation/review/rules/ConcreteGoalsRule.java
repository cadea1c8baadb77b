package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.Goal;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.List;
import java.util.Set;

/**
 * A child's plan or action plan holds concrete goals (barnets lov § 91, stk. 2; serviceloven § 140, stk. 3): an
 * error for a plan with no goals, and for each goal without a description, which is therefore not concrete. Plans
 * are judged by the date they were made; youth plans (ungeplan) are not checked here, as their provision on goals
 * is not in the project's fact sheet.
 */
final class ConcreteGoalsRule extends ReviewRule {

    /** The plan kinds whose goals this rule and {@link MeasurableGoalsRule} check. */
    static final Set<PlanKind> KINDS = Set.of(PlanKind.CHILD_PLAN, PlanKind.ACTION_PLAN);

    private ConcreteGoalsRule(Spec spec) {
        super(spec.build());
    }

    static ConcreteGoalsRule serviceloven() {
        return new ConcreteGoalsRule(spec("SEL-140-CONCRETE-GOALS", Spec.sel("140", 3), SERVICELOVEN_PERIOD));
    }

    static ConcreteGoalsRule barnetsLov() {
        return new ConcreteGoalsRule(spec("BL-91-CONCRETE-GOALS", Spec.bl("91", 2), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "CONCRETE_GOALS", Severity.ERROR)
                .basis(basis, period)
                .title("Planen har konkrete mål", "The plan has concrete goals")
                .messages(
                        List.of(
                                "{plan} ({path}) fra {created} har ingen mål; planen skal indeholde konkrete mål"
                                        + " ({basis}).",
                                "Målet ({path}) i {planLower} fra {created} har ingen beskrivelse og er derfor ikke"
                                        + " konkret ({basis})."),
                        List.of(
                                "{plan} ({path}) of {created} has no goals; the plan must hold concrete goals"
                                        + " ({basis}).",
                                "The goal ({path}) in the {planLower} of {created} has no description and is"
                                        + " therefore not concrete ({basis})."));
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        for (Plan p : context.childCase().plans()) {
            if (!judged(p, context)) {
                continue;
            }
            if (p.goals().isEmpty()) {
                out.add(context.finding(this, p.id(), 0, planValues(p)));
            }
            for (Goal g : p.goals()) {
                if (!g.isConcrete()) {
                    out.add(context.finding(this, g.id(), 1, planValues(p)));
                }
            }
        }
    }

    static boolean judged(Plan p, ReviewContext context) {
        return KINDS.contains(p.kind()) && !p.created().isAfter(context.asOfDate()) && context.judges(p.created());
    }

    static Values planValues(Plan p) {
        return Values.of()
                .put(
                        "plan",
                        Messages.capitalize(p.kind().danishName()),
                        "The " + p.kind().englishName())
                .put("planLower", p.kind().danishName(), p.kind().englishName())
                .date("created", p.created());
    }
}
