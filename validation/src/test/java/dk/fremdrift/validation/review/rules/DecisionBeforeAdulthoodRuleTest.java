package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.fosterCare;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.DecisionKind;
import org.junit.jupiter.api.Test;

class DecisionBeforeAdulthoodRuleTest {

    private static final String BL = "BL-111-DECISION-BEFORE-18";

    // Born 2008-09-20, 18 on 2026-09-20: support after 18 is decided by 2026-03-20.
    private static ChildCase placedYouth(boolean placed, String decided) {
        ChildCase.Builder b = aCase(date("2025-01-01"), date("2008-09-20"));
        if (placed) {
            b.addIntervention(fosterCare("i1", "2025-01-10"));
        }
        if (decided != null) {
            b.addDecision(decision("d1", DecisionKind.YOUTH_SUPPORT, decided));
        }
        return b.build();
    }

    @Test
    void check_decidedFiveDaysLate_errorAboutTheCase() {
        assertThat(findings(placedYouth(true, "2026-03-25"), "2026-04-01", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEmpty();
                    assertThat(f.messageDa())
                            .isEqualTo("Afgørelsen om støtte efter 18 år (sagen) blev truffet 2026-03-25, 5 dage efter"
                                    + " fristen 2026-03-20 (barnets lov § 111).");
                });
    }

    @Test
    void check_noSupportOrPlacement_noFinding() {
        assertThat(findings(placedYouth(false, null), "2026-04-01", BL)).isEmpty();
    }

    @Test
    void check_decidedOnTheDueDate_noFinding() {
        assertThat(findings(placedYouth(true, "2026-03-20"), "2026-04-01", BL)).isEmpty();
    }
}
