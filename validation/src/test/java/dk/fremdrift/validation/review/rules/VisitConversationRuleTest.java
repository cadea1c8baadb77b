package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.fosterCare;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.SupervisionVisit;
import dk.fremdrift.validation.review.Severity;
import org.junit.jupiter.api.Test;

class VisitConversationRuleTest {

    private static final String BL = "BL-156-VISIT-CONVERSATION";

    private static ChildCase visited(SupervisionVisit visit) {
        return aCase(date("2026-01-15"))
                .addIntervention(fosterCare("i1", "2026-01-15"))
                .addSupervisionVisit(visit.withIntervention(id("i1")))
                .build();
    }

    @Test
    void check_visitWithoutConversation_error() {
        assertThat(findings(visited(SupervisionVisit.ofNoConversation(id("v1"), date("2026-04-01"))), "2026-04-10", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageDa())
                            .isEqualTo("Tilsynsbesøget (supervisionVisits[0]) 2026-04-01 omfattede ikke en samtale med"
                                    + " barnet (barnets lov § 156, stk. 5).");
                });
    }

    @Test
    void check_visitWithConversation_noFinding() {
        assertThat(findings(
                        visited(SupervisionVisit.ofHeldConversation(id("v1"), date("2026-04-01"))), "2026-04-10", BL))
                .isEmpty();
    }

    @Test
    void check_visitOnOrAfterTheDayOfTheReview_onlyTheFormerIsJudged() {
        assertThat(findings(visited(SupervisionVisit.ofNoConversation(id("v1"), date("2026-04-10"))), "2026-04-10", BL))
                .hasSize(1);
        assertThat(findings(visited(SupervisionVisit.ofNoConversation(id("v1"), date("2026-04-11"))), "2026-04-10", BL))
                .isEmpty();
    }
}
