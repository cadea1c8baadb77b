package dk.fremdrift.validation.review.rules;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.ConversationOutcome;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which conversation with the child counts for a decision, shared by {@link ChildConversationRule} and {@link
 * ConversationOmittedRule}.
 *
 * <p>A conversation counts for a decision when it is dated on or before the decision and either names the decision
 * or lies within the review's lookback before it ({@link dk.fremdrift.validation.review.CaseReview#conversationLookback()},
 * {@value #LOOKBACK_MONTHS} months by default). The lookback is a setting of the review, not a legal period: the law
 * asks for the conversation before the decision and names no window. A held one wins over an omitted one.
 */
final class ChildConversations {

    /** How far back, by default, a conversation that names no decision counts for it: good practice, not law. */
    static final int LOOKBACK_MONTHS = 3;

    /**
     * The kinds of decision that need a conversation with the child first (barnets lov § 5, stk. 3; serviceloven
     * § 48): support, the placements, an investigation without consent, a termination, and support after 18
     * (serviceloven §§ 76 and 76 a, which § 48 lists; barnets lov's youth support in chapter 13, under § 5).
     * Other decisions are not checked.
     */
    static final Set<DecisionKind> KINDS = EnumSet.of(
            DecisionKind.SUPPORT,
            DecisionKind.PLACEMENT_WITH_CONSENT,
            DecisionKind.PLACEMENT_WITHOUT_CONSENT,
            DecisionKind.PERMANENT_PLACEMENT,
            DecisionKind.INVESTIGATION_WITHOUT_CONSENT,
            DecisionKind.TERMINATION,
            DecisionKind.YOUTH_SUPPORT);

    private ChildConversations() {}

    /** Tells whether the decision is one this check judges: of a kind that needs a conversation, made by asOf. */
    static boolean needsConversation(Decision d, ReviewContext context) {
        return KINDS.contains(d.kind()) && !d.decided().isAfter(context.asOfDate()) && context.judges(d.decided());
    }

    /**
     * The latest conversation with the outcome that counts for the decision: held on or before its date and either
     * naming it or within the lookback before it; the first listed of the latest date. Null if none counts.
     */
    static ChildConversation counting(ChildCase c, Decision d, ConversationOutcome outcome, Period lookback) {
        LocalDate from = d.decided().minus(lookback);
        ChildConversation best = null;
        for (ChildConversation k : c.childConversations()) {
            if (k.outcome() != outcome || k.date().isAfter(d.decided())) {
                continue;
            }
            boolean named =
                    k.decisionId().isPresent() && d.id().equals(k.decisionId().get());
            if ((named || !k.date().isBefore(from)) && (best == null || k.date().isAfter(best.date()))) {
                best = k;
            }
        }
        return best;
    }
}
