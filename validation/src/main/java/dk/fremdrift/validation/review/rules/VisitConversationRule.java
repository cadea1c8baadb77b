package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.SupervisionVisit;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.List;

/**
 * A supervision visit to a placed child includes a conversation with the child (barnets lov § 156, stk. 5;
 * serviceloven § 148): an error for each visit without one.
 *
 * <p>An error rather than a warning: the conversation is part of the statutory supervision duty, not good
 * practice. The model records no reason for leaving it out (as it does for a conversation before a decision), so
 * there is no omission to turn into a query; when it does, an omission with a reason should become one.
 */
final class VisitConversationRule extends ReviewRule {

    private VisitConversationRule(Spec spec) {
        super(spec.build());
    }

    static VisitConversationRule serviceloven() {
        return new VisitConversationRule(spec("SEL-148-VISIT-CONVERSATION", Spec.sel("148"), SERVICELOVEN_PERIOD));
    }

    static VisitConversationRule barnetsLov() {
        return new VisitConversationRule(spec("BL-156-VISIT-CONVERSATION", Spec.bl("156", 5), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "VISIT_CONVERSATION", Severity.ERROR)
                .basis(basis, period)
                .title("Samtale med barnet ved tilsynsbesøg", "Conversation with the child at a supervision visit")
                .message(
                        "Tilsynsbesøget ({path}) {date} omfattede ikke en samtale med barnet ({basis}).",
                        "The supervision visit ({path}) on {date} did not include a conversation with the child"
                                + " ({basis}).");
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        for (SupervisionVisit v : context.childCase().supervisionVisits()) {
            if (!v.conversationWithChild() && !v.date().isAfter(context.asOfDate()) && context.judges(v.date())) {
                out.add(context.finding(this, v.id(), 0, Values.of().date("date", v.date())));
            }
        }
    }
}
