package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.Decision;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.List;

/**
 * Before a decision the child's view is obtained in a conversation, which may be omitted only in very special cases
 * with the reason recorded (barnets lov § 5, stk. 3; serviceloven § 48): an error for each decision of a kind that
 * needs one ({@link ChildConversations#KINDS}) with neither a held nor an omitted conversation that counts for it.
 *
 * <p>A conversation counts when it names the decision or lies in the 3 months before it, and is dated no later than
 * the decision. An omission with its reason is not this rule's finding but a query of {@link
 * ConversationOmittedRule}.
 */
final class ChildConversationRule extends ReviewRule {

    private ChildConversationRule(Spec spec) {
        super(spec.build());
    }

    static ChildConversationRule serviceloven() {
        return new ChildConversationRule(spec("SEL-48-CHILD-CONVERSATION", Spec.sel("48", 1), SERVICELOVEN_PERIOD));
    }

    static ChildConversationRule barnetsLov() {
        return new ChildConversationRule(spec("BL-5-CHILD-CONVERSATION", Spec.bl("5", 3), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "CHILD_CONVERSATION", Severity.ERROR)
                .basis(basis, period)
                .title("Børnesamtale før afgørelse", "Conversation with the child before a decision")
                .message(
                        "Der er ikke registreret en børnesamtale før afgørelsen om {kind} ({path}) {decided} og heller"
                                + " ikke en begrundelse for at undlade den ({basis}).",
                        "No conversation with the child is recorded before the decision on {kind} ({path}) of"
                                + " {decided}, nor a reason for omitting it ({basis}).")
                .note("A conversation counts when it names the decision, or is held within the review's lookback before"
                        + " it: a setting (CaseReview.withConversationLookback), 3 months by default, not a period of"
                        + " the law. Decisions on support after 18 are included (serviceloven §§ 76 and 76 a, listed"
                        + " in § 48; barnets lov chapter 13, under § 5).");
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        List<Decision> decisions = context.childCase().decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (ChildConversations.needsConversation(d, context)
                    && context.facts().heldFor(i) == null
                    && context.facts().omittedFor(i) == null) {
                out.add(context.finding(
                        this,
                        d.id(),
                        0,
                        Values.of()
                                .put("kind", d.kind().danishName(), d.kind().englishName())
                                .date("decided", d.decided())));
            }
        }
    }
}
