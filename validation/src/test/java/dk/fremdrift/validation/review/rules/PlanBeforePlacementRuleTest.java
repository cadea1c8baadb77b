package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.EmergencyDecision;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.PlacementDecisionKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.validation.review.ReviewFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanBeforePlacementRuleTest {

    private static final String BL = "BL-91-PLAN-BEFORE-47";

    private static ChildCase placement(DecisionKind kind, String planMade) {
        return aCase(date("2026-01-05"))
                .addDecision(
                        kind == DecisionKind.PLACEMENT_WITHOUT_CONSENT
                                ? ReviewFixtures.placement("d1", PlacementDecisionKind.PLACEMENT, "2026-02-10")
                                : decision("d1", kind, "2026-02-10"))
                .addPlan(
                        Plan.of(id("p1"), PlanKind.CHILD_PLAN, date(planMade), Goal.of(id("g1"), GoalArea.FAMILY, "x")))
                .build();
    }

    @Test
    void check_planTwoDaysAfterAPlacementWithoutConsent_error() {
        assertThat(findings(placement(DecisionKind.PLACEMENT_WITHOUT_CONSENT, "2026-02-12"), "2026-03-01", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).contains("decisions[0]");
                    assertThat(f.messageEn())
                            .isEqualTo("The plan before the decision on placement without consent (decisions[0]) was"
                                    + " made on 2026-02-12, 2 days after the deadline 2026-02-10 (Children's Act"
                                    + " (barnets lov) section 91).");
                });
    }

    @Test
    void check_placementWithConsent_noFinding() {
        assertThat(findings(placement(DecisionKind.PLACEMENT_WITH_CONSENT, "2026-02-12"), "2026-03-01", BL))
                .isEmpty();
    }

    @Test
    void check_emergencyDecisionByTheChair_noPlanBeforeIt() {
        ChildCase c = aCase(date("2026-01-05"))
                .addDecision(Decision.of(
                                id("e1"),
                                DecisionKind.PLACEMENT_WITHOUT_CONSENT,
                                LegalReference.of(Law.BARNETS_LOV, "143"),
                                date("2026-02-10"))
                        .withEmergency(EmergencyDecision.of(Instant.parse("2026-02-10T09:00:00Z"))))
                .build();

        assertThat(findings(c, "2026-03-01", BL)).isEmpty();
    }

    @Test
    void check_planOnTheDayOfTheDecision_noFinding() {
        assertThat(findings(placement(DecisionKind.PLACEMENT_WITHOUT_CONSENT, "2026-02-10"), "2026-03-01", BL))
                .isEmpty();
    }
}
