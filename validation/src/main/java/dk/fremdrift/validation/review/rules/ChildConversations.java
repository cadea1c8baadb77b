package dk.fremdrift.validation.review.rules;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.ConversationOutcome;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which conversation with the child counts for a decision, shared by {@link ChildConversationRule} and {@link
 * ConversationOmittedRule}.
 *
 * <p>A conversation counts for a decision when it is dated on or before the decision and either names the decision
 * or lies in the {@value #LOOKBACK_MONTHS} months before it. A held one wins over an omitted one.
 */
final class ChildConversations {

    /** How far back a conversation that names no decision counts for it. */
    static final int LOOKBACK_MONTHS = 3;

    /**
     * The kinds of decision that need a conversation with the child first (barnets lov § 5, stk. 3; serviceloven
     * § 48): support, the placements, an investigation without consent and a termination. Support after 18 and
     * other decisions are not checked.
     */
    static final Set<DecisionKind> KINDS = EnumSet.of(
            DecisionKind.SUPPORT,
            DecisionKind.PLACEMENT_WITH_CONSENT,
            DecisionKind.PLACEMENT_WITHOUT_CONSENT,
            DecisionKind.PERMANENT_PLACEMENT,
            DecisionKind.INVESTIGATION_WITHOUT_CONSENT,
            DecisionKind.TERMINATION);

    private ChildConversations() {}

    /** Tells whether the decision is one this check judges: of a kind that needs a conversation, made by asOf. */
    static boolean needsConversation(Decision d, ReviewContext context) {
        return KINDS.contains(d.kind()) && !d.decided().isAfter(context.asOfDate()) && context.judges(d.decided());
    }

    /**
     * The latest conversation with the outcome that counts for the decision: held on or before its date and either
     * naming it or within the lookback before it; the first listed of the latest date. Null if none counts.
     */
    static ChildConversation counting(ChildCase c, Decision d, ConversationOutcome outcome) {
        LocalDate from = d.decided().minusMonths(LOOKBACK_MONTHS);
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
