package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import org.junit.jupiter.api.Test;

class PlanAfterDecisionRuleTest {

    private static final String BL = "BL-91-PLAN-3M";
    private static final String SEL = "SEL-140-PLAN-4M";

    // Placement with consent decided 2026-02-10: a plan is due by 2026-05-10.
    private static ChildCase placement(String decided, String planMade) {
        ChildCase.Builder b =
                aCase(date("2022-01-10")).addDecision(decision("d1", DecisionKind.PLACEMENT_WITH_CONSENT, decided));
        if (planMade != null) {
            b.addPlan(Plan.of(id("p1"), PlanKind.CHILD_PLAN, date(planMade), Goal.of(id("g1"), GoalArea.SCHOOL, "x")));
        }
        return b.build();
    }

    @Test
    void check_planTwoDaysLate_errorOnTheDecision() {
        assertThat(findings(placement("2026-02-10", "2026-05-12"), "2026-06-01", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa())
                        .isEqualTo("Planen efter afgørelsen (decisions[0]) blev udarbejdet 2026-05-12, 2 dage efter"
                                + " fristen 2026-05-10 (barnets lov § 91)."));
    }

    @Test
    void check_planMadeBeforeTheDecision_noFinding() {
        assertThat(findings(placement("2026-02-10", "2026-01-05"), "2026-06-01", BL))
                .isEmpty();
    }

    @Test
    void check_planOnTheDueDate_noFinding() {
        assertThat(findings(placement("2026-02-10", "2026-05-10"), "2026-06-01", BL))
                .isEmpty();
    }

    @Test
    void check_planAfterThreeMonthsUnderServiceloven_inTime() {
        // Serviceloven § 140, stk. 1: no later than 4 months; decided 2023-02-10, plan 2023-06-01 (3 months 22 days).
        assertThat(findings(placement("2023-02-10", "2023-06-01"), "2023-07-01", SEL))
                .isEmpty();
    }

    @Test
    void check_noPlanUnderServiceloven_overdueWithServicelovensCode() {
        assertThat(findings(placement("2023-02-10", null), "2023-07-01", SEL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.legalBasis().toDanish()).isEqualTo("serviceloven § 140, stk. 1");
                    assertThat(f.messageDa())
                            .contains("var ikke udarbejdet pr. 2023-07-01, 21 dage efter fristen" + " 2023-06-10");
                });
    }
}
