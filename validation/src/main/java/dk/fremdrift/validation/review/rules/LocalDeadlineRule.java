package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SINCE_2011;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Obligation;
import dk.fremdrift.deadlines.RuleSource;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;
import java.util.List;

/**
 * A municipality's own processing deadline (retssikkerhedsloven § 3, stk. 2), added to the engine's rule book from
 * the municipality's rule file, is kept: an error for each evaluation of a municipal duty that no other review
 * rule reports, when the engine finds it late or overdue. The finding cites the municipal rule's own provision.
 * The same rule in both packs.
 */
final class LocalDeadlineRule extends TimelinessRule {

    private static final LocalDeadlineRule INSTANCE =
            new LocalDeadlineRule(Spec.rule("RSL-3-LOCAL-DEADLINE", "LOCAL_DEADLINE", Severity.ERROR)
                    .basis(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2), SINCE_2011)
                    .title("Kommunens egne sagsbehandlingsfrister", "The municipality's own processing deadlines")
                    .messages(
                            List.of(
                                    "Skridtet til den lokale frist »{deadline}« ({path}) blev taget {done}, {late} efter"
                                            + " fristen {due} ({basis}).",
                                    "Skridtet til den lokale frist »{deadline}« ({path}) var ikke taget pr. {asOf}, {late}"
                                            + " efter fristen {due} ({basis})."),
                            List.of(
                                    "The step for the local deadline “{deadline}” ({path}) was taken on {done}, {late} after"
                                            + " the deadline {due} ({basis}).",
                                    "The step for the local deadline “{deadline}” ({path}) had not been taken by {asOf},"
                                            + " {late} after the deadline {due} ({basis})."))
                    .note("Covers the municipal rules of the engine's rule book whose duties no other rule reports; the"
                            + " finding cites the municipal rule's provision and period."));

    private LocalDeadlineRule(Spec spec) {
        super(spec.build());
    }

    static LocalDeadlineRule bothPeriods() {
        return INSTANCE;
    }

    @Override
    boolean covers(DeadlineEvaluation e, ReviewContext context) {
        return e.rule().source() == RuleSource.MUNICIPAL
                && e.rule().obligation() == Obligation.MUNICIPALITY
                && !context.isClaimed(e.duty());
    }
}
