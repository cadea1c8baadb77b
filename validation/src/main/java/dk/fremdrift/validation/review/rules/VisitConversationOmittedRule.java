package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.SupervisionVisit;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.List;

/**
 * Under serviceloven § 148 a supervision visit includes a conversation with the child as a starting point ("som
 * udgangspunkt", as secondary sources read it; the statute's text is UNCONFIRMED here): a query for each visit
 * whose conversation was left out with a recorded reason, so a leader weighs the reason and a justification records
 * the answer. The reason is free text and never copied into the finding. The deadline engine, by the stricter
 * reading, does not count such a visit towards the two a year. Barnets lov § 156, stk. 5, has no such exception
 * ({@link VisitConversationRule}).
 */
final class VisitConversationOmittedRule extends ReviewRule {

    private VisitConversationOmittedRule(Spec spec) {
        super(spec.build());
    }

    static VisitConversationOmittedRule serviceloven() {
        return new VisitConversationOmittedRule(Spec.rule(
                        "SEL-148-VISIT-CONVERSATION-OMITTED", "VISIT_CONVERSATION_OMITTED", Severity.QUERY)
                .basis(Spec.sel("148"), SERVICELOVEN_PERIOD)
                .title("Samtale med barnet udeladt ved tilsynsbesøg", "Conversation with the child left out at a visit")
                .message(
                        "Samtalen med barnet blev udeladt ved tilsynsbesøget ({path}) {date} med en registreret"
                                + " begrundelse. Samtalen er udgangspunktet: vurdér begrundelsen ({basis}).",
                        "The conversation with the child was left out at the supervision visit ({path}) on {date},"
                                + " with a recorded reason. The conversation is the starting point: weigh the reason"
                                + " ({basis}).")
                .note("UNCONFIRMED reading of serviceloven § 148 ('som udgangspunkt'); the reason is free text and"
                        + " never copied into the finding."));
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        for (SupervisionVisit v : context.childCase().supervisionVisits()) {
            if (!v.conversationWithChild()
                    && v.conversationOmissionReason().isPresent()
                    && !v.date().isAfter(context.asOfDate())
                    && context.judges(v.date())) {
                out.add(context.finding(this, v.id(), 0, Values.of().date("date", v.date())));
            }
        }
    }
}
