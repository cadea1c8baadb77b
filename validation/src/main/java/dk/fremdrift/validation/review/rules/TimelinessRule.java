package dk.fremdrift.validation.review.rules;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.RuleDescriptor;
import java.util.List;

/**
 * A rule that reports the deadline engine's evaluations of its duties: each evaluation that is overdue or met late,
 * with its trigger date in the pack's period, becomes a finding that cites the engine's rule, provision and dates.
 * Nothing is recomputed here: a deadline that is only due soon, open, met, expired or not applicable is no finding.
 */
abstract class TimelinessRule extends ReviewRule {

    TimelinessRule(RuleDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        // The late evaluations whose trigger date the pack judges, worked out once per pack for all its rules.
        List<DeadlineEvaluation> late = context.lateEvaluationsJudged();
        for (int i = 0; i < late.size(); i++) {
            DeadlineEvaluation e = late.get(i);
            if (covers(e, context) && reports(e, context)) {
                out.add(context.timeliness(this, e, values(e, context), citesOwnBasis()));
            }
        }
    }

    /** Tells whether the evaluation is of this rule's duties; by default, of those its descriptor names. */
    boolean covers(DeadlineEvaluation e, ReviewContext context) {
        return descriptor().deadlineDuties().contains(e.duty());
    }

    /** Tells whether a late evaluation of this rule's duties is this rule's finding; by default, always. */
    boolean reports(DeadlineEvaluation e, ReviewContext context) {
        return true;
    }

    /**
     * Tells whether findings cite this rule's own provision rather than the engine rule's; by default, the engine's.
     */
    boolean citesOwnBasis() {
        return false;
    }

    /** Values for placeholders beyond the standard ones. */
    Values values(DeadlineEvaluation e, ReviewContext context) {
        return Values.of();
    }
}
