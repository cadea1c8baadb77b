package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.List;

/**
 * A conversation with the child may be omitted only in very special cases (barnets lov § 5, stk. 3; serviceloven
 * § 48): a query for each decision that needs a conversation ({@link ChildConversations#KINDS}) and has only an
 * omitted one, with its reason, counting for it. A justification confirms that the case was a very special one. The
 * omission's reason is free text and never copied into the finding.
 */
final class ConversationOmittedRule extends ReviewRule {

    private ConversationOmittedRule(Spec spec) {
        super(spec.build());
    }

    static ConversationOmittedRule serviceloven() {
        return new ConversationOmittedRule(spec("SEL-48-CONVERSATION-OMITTED", Spec.sel("48", 1), SERVICELOVEN_PERIOD));
    }

    static ConversationOmittedRule barnetsLov() {
        return new ConversationOmittedRule(spec("BL-5-CONVERSATION-OMITTED", Spec.bl("5", 3), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "CONVERSATION_OMITTED", Severity.QUERY)
                .basis(basis, period)
                .title("Børnesamtale undladt", "Conversation with the child omitted")
                .message(
                        "Børnesamtalen før afgørelsen om {kind} ({path}) {decided} blev undladt ({conversation},"
                                + " {omitted}). Det er kun tilladt i helt særlige tilfælde: bekræft begrundelsen"
                                + " ({basis}).",
                        "The conversation with the child before the decision on {kind} ({path}) of {decided} was"
                                + " omitted ({conversation}, {omitted}). That is allowed only in very special cases:"
                                + " confirm the reason ({basis}).")
                .note("The omission's recorded reason is not copied into the finding: it is free text.");
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        ChildCase c = context.childCase();
        List<Decision> decisions = c.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (!ChildConversations.needsConversation(d, context)
                    || context.facts().heldFor(i) != null) {
                continue;
            }
            ChildConversation omitted = context.facts().omittedFor(i);
            if (omitted != null) {
                out.add(context.finding(
                        this,
                        d.id(),
                        0,
                        Values.of()
                                .put("kind", d.kind().danishName(), d.kind().englishName())
                                .date("decided", d.decided())
                                .put("conversation", c.pathOf(omitted.id()).orElse("?"))
                                .date("omitted", omitted.date())));
            }
        }
    }
}
