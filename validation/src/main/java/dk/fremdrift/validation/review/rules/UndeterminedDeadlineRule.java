package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.List;

/**
 * A deadline the engine cannot tell because a legal fact is not recorded in the case (status {@link
 * DeadlineStatus#UNDETERMINED}): a decision on placement without consent that does not say whether it places or
 * maintains, a decision on an investigation without consent that names no investigation, a follow-up under barnets
 * lov that records no next date where the municipality has set no frequency. A query for each, citing the engine's
 * rule, so the fact is recorded rather than guessed; the engine's explanation says which fact is missing.
 */
final class UndeterminedDeadlineRule extends ReviewRule {

    private UndeterminedDeadlineRule(Spec spec) {
        super(spec.build());
    }

    static UndeterminedDeadlineRule serviceloven() {
        return new UndeterminedDeadlineRule(spec("SEL-DEADLINE-UNDETERMINED", Spec.sel("62"), SERVICELOVEN_PERIOD));
    }

    static UndeterminedDeadlineRule barnetsLov() {
        return new UndeterminedDeadlineRule(spec("BL-DEADLINE-UNDETERMINED", Spec.bl("50"), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "DEADLINE_UNDETERMINED", Severity.QUERY)
                .basis(basis, period)
                .title(
                        "Frist kan ikke afgøres, fordi et retligt faktum ikke er registreret",
                        "Deadline cannot be told because a legal fact is not recorded")
                .message(
                        "Fristen »{deadline}« ({path}) kan ikke afgøres ({basis}): {why}",
                        "The deadline “{deadline}” ({path}) cannot be told ({basis}): {why}")
                .note("Each finding cites the provision of the engine's rule; the provision shown here is one of"
                        + " them (re-treatment). The review never guesses the missing fact.");
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        List<DeadlineEvaluation> all = context.evaluations();
        for (int i = 0; i < all.size(); i++) {
            DeadlineEvaluation e = all.get(i);
            if (e.status() == DeadlineStatus.UNDETERMINED && context.judges(e.triggerDate())) {
                out.add(context.undetermined(this, e));
            }
        }
    }
}
