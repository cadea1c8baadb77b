package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.PlacementDecisionKind;
import org.junit.jupiter.api.Test;

class RetreatmentRuleTest {

    private static final String BL = "BL-50-RETREATMENT";

    // Placed without consent 2025-04-17: re-treatment within 1 year, by 2026-04-17, counted date to date.
    private static ChildCase retreated(String again) {
        ChildCase.Builder b =
                aCase(date("2025-03-01")).addDecision(placement("d1", PlacementDecisionKind.PLACEMENT, "2025-04-17"));
        if (again != null) {
            b.addDecision(placement("d2", PlacementDecisionKind.MAINTENANCE, again));
        }
        return b.build();
    }

    @Test
    void check_reTreatedFifteenDaysLate_errorOnTheFirstDecision() {
        assertThat(findings(retreated("2026-05-02"), "2026-06-01", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).contains("decisions[0]");
                    assertThat(f.messageDa())
                            .isEqualTo("Genbehandlingen af anbringelsen uden samtykke (decisions[0]) blev foretaget"
                                    + " 2026-05-02, 15 dage efter fristen 2026-04-17 (barnets lov § 50).");
                    assertThat(f.deadline().orElseThrow().ruleId()).isEqualTo("BL-50-RETREATMENT-1Y");
                });
    }

    @Test
    void check_reTreatedOnTheDueDate_noFinding() {
        assertThat(findings(retreated("2026-04-17"), "2026-06-01", BL)).isEmpty();
    }

    @Test
    void check_notReTreated_overdueTheDayAfter() {
        assertThat(findings(retreated(null), "2026-04-17", BL)).isEmpty();
        assertThat(findings(retreated(null), "2026-04-18", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa()).contains("var ikke foretaget pr. 2026-04-18, 1 dag efter"));
    }
}
