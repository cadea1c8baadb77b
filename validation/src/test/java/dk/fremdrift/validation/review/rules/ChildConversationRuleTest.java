package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.ReviewFixtures;
import dk.fremdrift.validation.review.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChildConversationRuleTest {

    private static final String BL = "BL-5-CHILD-CONVERSATION";

    private static ChildCase decided(DecisionKind kind, ChildConversation... conversations) {
        ChildCase.Builder b = aCase(date("2025-06-01")).addDecision(decision("d1", kind, "2026-03-10"));
        for (ChildConversation k : conversations) {
            b.addChildConversation(k);
        }
        return b.build();
    }

    @Test
    void check_supportDecidedWithoutAnyConversation_error() {
        assertThat(findings(decided(DecisionKind.SUPPORT), "2026-03-20", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.path()).contains("decisions[0]");
                    assertThat(f.deadline()).isEmpty();
                    assertThat(f.messageDa())
                            .isEqualTo("Der er ikke registreret en børnesamtale før afgørelsen om støttende indsats"
                                    + " (decisions[0]) 2026-03-10 og heller ikke en begrundelse for at undlade den"
                                    + " (barnets lov § 5, stk. 3).");
                    assertThat(f.messageEn())
                            .isEqualTo("No conversation with the child is recorded before the decision on support"
                                    + " (decisions[0]) of 2026-03-10, nor a reason for omitting it (Children's Act"
                                    + " (barnets lov) section 5(3)).");
                });
    }

    @Test
    void check_conversationHeldTheWeekBefore_noFinding() {
        assertThat(findings(
                        decided(DecisionKind.SUPPORT, ChildConversation.held(id("c1"), date("2026-03-03"))),
                        "2026-03-20",
                        BL))
                .isEmpty();
    }

    static Stream<Arguments> conversationsAroundTheWindow() {
        return Stream.of(
                Arguments.of("exactly 3 months before", ChildConversation.held(id("c1"), date("2025-12-10")), 0),
                Arguments.of("a day earlier", ChildConversation.held(id("c1"), date("2025-12-09")), 1),
                Arguments.of(
                        "earlier but naming the decision",
                        ChildConversation.held(id("c1"), date("2025-11-01")).withDecision(id("d1")),
                        0),
                Arguments.of("on the day of the decision", ChildConversation.held(id("c1"), date("2026-03-10")), 0),
                Arguments.of(
                        "after the decision, though naming it",
                        ChildConversation.held(id("c1"), date("2026-03-11")).withDecision(id("d1")),
                        1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversationsAroundTheWindow")
    void check_conversationAtTheEdgesOfTheWindow_countsOnlyInsideIt(
            String when, ChildConversation conversation, int expected) {
        assertThat(findings(decided(DecisionKind.PLACEMENT_WITH_CONSENT, conversation), "2026-03-20", BL))
                .hasSize(expected);
    }

    @Test
    void check_decisionOfAKindThatNeedsNone_noFinding() {
        assertThat(findings(decided(DecisionKind.OTHER), "2026-03-20", BL)).isEmpty();
    }

    @Test
    void check_supportAfter18WithoutAConversation_error() {
        // Serviceloven § 48 lists §§ 76 and 76 a; barnets lov's youth support (chapter 13) falls under § 5.
        assertThat(findings(decided(DecisionKind.YOUTH_SUPPORT), "2026-03-20", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("support after 18"));
    }

    @Test
    void check_lookbackIsASettingOfTheReview_notTheLaws() {
        ChildCase c = decided(DecisionKind.SUPPORT, ChildConversation.held(id("c1"), date("2025-11-01")));
        CaseReview sixMonths = ReviewFixtures.REVIEW.withConversationLookback(java.time.Period.ofMonths(6));

        assertThat(findings(c, "2026-03-20", BL)).hasSize(1);
        assertThat(sixMonths.review(c, ReviewFixtures.noon("2026-03-20")).findingsOf(BL))
                .isEmpty();
        assertThat(sixMonths.conversationLookback()).isEqualTo(java.time.Period.ofMonths(6));
        assertThat(ReviewFixtures.REVIEW.conversationLookback()).isEqualTo(CaseReview.DEFAULT_CONVERSATION_LOOKBACK);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ReviewFixtures.REVIEW.withConversationLookback(java.time.Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void check_omittedWithAReason_noErrorButAQuery() {
        ChildCase c = decided(DecisionKind.SUPPORT, ChildConversation.omitted(id("c1"), date("2026-03-05"), "grund"));

        assertThat(findings(c, "2026-03-20", BL)).isEmpty();
        assertThat(findings(c, "2026-03-20", "BL-5-CONVERSATION-OMITTED")).hasSize(1);
    }

    @Test
    void check_decisionAfterAsOf_notYetJudged() {
        assertThat(findings(decided(DecisionKind.SUPPORT), "2026-03-09", BL)).isEmpty();
    }
}
