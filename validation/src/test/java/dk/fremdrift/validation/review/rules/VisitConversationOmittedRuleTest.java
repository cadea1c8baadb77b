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

class VisitConversationOmittedRuleTest {

    private static final String SEL = "SEL-148-VISIT-CONVERSATION-OMITTED";

    private static ChildCase visited(String start, SupervisionVisit visit) {
        return aCase(date(start))
                .addIntervention(fosterCare("i1", start))
                .addSupervisionVisit(visit.withIntervention(id("i1")))
                .build();
    }

    @Test
    void check_omittedWithAReasonIn2023_queryWithoutTheReasonsText() {
        SupervisionVisit v = SupervisionVisit.ofOmittedConversation(id("v1"), date("2023-04-01"), "Barnet var syg");

        assertThat(findings(visited("2023-01-15", v), "2023-05-01", SEL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.QUERY);
                    assertThat(f.messageDa())
                            .isEqualTo("Samtalen med barnet blev udeladt ved tilsynsbesøget (supervisionVisits[0])"
                                    + " 2023-04-01 med en registreret begrundelse. Samtalen er udgangspunktet: vurdér"
                                    + " begrundelsen (serviceloven § 148).")
                            .doesNotContain("syg");
                });
    }

    @Test
    void check_noReasonRecorded_notThisRulesFinding() {
        SupervisionVisit v = SupervisionVisit.ofNoConversation(id("v1"), date("2023-04-01"));

        assertThat(findings(visited("2023-01-15", v), "2023-05-01", SEL)).isEmpty();
    }

    @Test
    void check_omittedWithAReasonIn2024_notJudgedByServiceloven() {
        SupervisionVisit v = SupervisionVisit.ofOmittedConversation(id("v1"), date("2024-04-01"), "Barnet var syg");

        assertThat(findings(visited("2024-01-15", v), "2024-05-01", SEL)).isEmpty();
    }
}
