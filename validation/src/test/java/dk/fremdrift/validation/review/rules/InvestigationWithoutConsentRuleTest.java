package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.Investigation;
import org.junit.jupiter.api.Test;

class InvestigationWithoutConsentRuleTest {

    private static final String BL = "BL-23-INVESTIGATION-WITHOUT-CONSENT";

    // Decided 2026-02-02: 2 months by the rule book's default, due 2026-04-02.
    private static ChildCase withoutConsent(DecisionKind kind, String completed) {
        return aCase(date("2026-01-15"))
                .addInvestigation(Investigation.of(id("u1"), date("2026-01-15"), date("2026-02-02"))
                        .withCompleted(date(completed)))
                .addDecision(
                        kind == DecisionKind.INVESTIGATION_WITHOUT_CONSENT
                                ? decision("d1", kind, "2026-02-02").withInvestigation(id("u1"))
                                : decision("d1", kind, "2026-02-02"))
                .build();
    }

    @Test
    void check_noInvestigationNamed_noFindingOfThisRuleButAQuery() {
        ChildCase c = aCase(date("2026-01-15"))
                .addInvestigation(Investigation.of(id("u1"), date("2026-01-15"), date("2026-02-02")))
                .addDecision(decision("d1", DecisionKind.INVESTIGATION_WITHOUT_CONSENT, "2026-02-02"))
                .build();

        assertThat(findings(c, "2026-05-01", BL)).isEmpty();
        assertThat(findings(c, "2026-05-01", "BL-DEADLINE-UNDETERMINED"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("does not name the investigation"));
    }

    @Test
    void check_finishedFiveDaysLate_errorOnTheDecision() {
        assertThat(findings(withoutConsent(DecisionKind.INVESTIGATION_WITHOUT_CONSENT, "2026-04-07"), "2026-05-01", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).contains("decisions[0]");
                    assertThat(f.messageDa())
                            .isEqualTo("Undersøgelsen efter afgørelsen om undersøgelse uden samtykke (decisions[0])"
                                    + " blev afsluttet 2026-04-07, 5 dage efter fristen 2026-04-02 (barnets lov"
                                    + " § 23).");
                });
    }

    @Test
    void check_anotherKindOfDecision_noFinding() {
        assertThat(findings(withoutConsent(DecisionKind.SUPPORT, "2026-04-07"), "2026-05-01", BL))
                .isEmpty();
    }

    @Test
    void check_finishedOnTheDueDate_noFinding() {
        assertThat(findings(withoutConsent(DecisionKind.INVESTIGATION_WITHOUT_CONSENT, "2026-04-02"), "2026-05-01", BL))
                .isEmpty();
    }
}
