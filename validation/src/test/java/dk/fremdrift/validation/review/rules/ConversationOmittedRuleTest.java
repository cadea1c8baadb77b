package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.local;
import static dk.fremdrift.validation.review.ReviewFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.Justification;
import dk.fremdrift.validation.review.Severity;
import org.junit.jupiter.api.Test;

class ConversationOmittedRuleTest {

    private static final String BL = "BL-5-CONVERSATION-OMITTED";
    private static final String REASON = "Barnet Anna Jensen var indlagt";

    private static ChildCase decided(ChildConversation... conversations) {
        ChildCase.Builder b = aCase(date("2025-06-01"))
                .addDecision(decision("d1", DecisionKind.PLACEMENT_WITH_CONSENT, "2026-03-10"));
        for (ChildConversation k : conversations) {
            b.addChildConversation(k);
        }
        return b.build();
    }

    @Test
    void check_onlyAnOmissionWithReason_queryWithoutTheReason() {
        assertThat(findings(decided(ChildConversation.omitted(id("c1"), date("2026-03-05"), REASON)), "2026-03-20", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.QUERY);
                    assertThat(f.path()).contains("decisions[0]");
                    assertThat(f.messageDa())
                            .isEqualTo("Børnesamtalen før afgørelsen om anbringelse med samtykke (decisions[0])"
                                    + " 2026-03-10 blev undladt (childConversations[0], 2026-03-05). Det er kun"
                                    + " tilladt i helt særlige tilfælde: bekræft begrundelsen (barnets lov § 5, stk."
                                    + " 3).");
                    assertThat(f.messageDa() + f.messageEn() + f).doesNotContain("Anna", "indlagt");
                });
    }

    @Test
    void check_heldAsWellAsOmitted_noQuery() {
        assertThat(findings(
                        decided(
                                ChildConversation.omitted(id("c1"), date("2026-02-01"), REASON),
                                ChildConversation.held(id("c2"), date("2026-03-01"))),
                        "2026-03-20",
                        BL))
                .isEmpty();
    }

    @Test
    void check_omissionRecordedAfterTheDecision_errorNotQuery() {
        ChildCase c = decided(ChildConversation.omitted(id("c1"), date("2026-03-11"), REASON));

        assertThat(findings(c, "2026-03-20", BL)).isEmpty();
        assertThat(findings(c, "2026-03-20", "BL-5-CHILD-CONVERSATION")).hasSize(1);
    }

    @Test
    void check_justificationForTheDecision_acceptedAndStillReported() {
        ChildCase c = decided(ChildConversation.omitted(id("c1"), date("2026-03-05"), REASON)).toBuilder()
                .addJustification(Justification.of(id("j1"), BL, worker("leder-7"), local("2026-03-15T09:00"), "ok")
                        .withPart(id("d1")))
                .build();

        assertThat(findings(c, "2026-03-20", BL)).singleElement().satisfies(f -> {
            assertThat(f.isAccepted()).isTrue();
            assertThat(f.acceptance()).hasValueSatisfying(a -> {
                assertThat(a.justificationId()).isEqualTo(id("j1"));
                assertThat(a.recordedBy()).isEqualTo(worker("leder-7"));
            });
        });
    }
}
