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
 * practice, and the deadline engine does not count such a visit towards the two a year. Barnets lov § 156, stk. 5,
 * allows no omission ("hvor kommunen taler med barnet eller den unge"), so a recorded reason changes nothing. Under
 * serviceloven § 148, read by secondary sources as a conversation "som udgangspunkt" (UNCONFIRMED), a visit whose
 * omission has a recorded reason is not this rule's finding but a query of {@link VisitConversationOmittedRule}.
 */
final class VisitConversationRule extends ReviewRule {

    private final boolean reasonMakesAQuery;

    private VisitConversationRule(Spec spec, boolean reasonMakesAQuery) {
        super(spec.build());
        this.reasonMakesAQuery = reasonMakesAQuery;
    }

    static VisitConversationRule serviceloven() {
        return new VisitConversationRule(
                spec("SEL-148-VISIT-CONVERSATION", Spec.sel("148"), SERVICELOVEN_PERIOD)
                        .note("A visit without a conversation whose omission has a recorded reason is a query of"
                                + " SEL-148-VISIT-CONVERSATION-OMITTED instead."),
                true);
    }

    static VisitConversationRule barnetsLov() {
        return new VisitConversationRule(
                spec("BL-156-VISIT-CONVERSATION", Spec.bl("156", 5), BARNETS_LOV_PERIOD)
                        .note("The provision allows no omission: a recorded reason for leaving the conversation out"
                                + " does not change the finding."),
                false);
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
            if (!v.conversationWithChild()
                    && !(reasonMakesAQuery && v.conversationOmissionReason().isPresent())
                    && !v.date().isAfter(context.asOfDate())
                    && context.judges(v.date())) {
                out.add(context.finding(this, v.id(), 0, Values.of().date("date", v.date())));
            }
        }
    }
}
