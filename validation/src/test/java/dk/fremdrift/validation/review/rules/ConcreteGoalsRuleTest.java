package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcreteGoalsRuleTest {

    private static final String BL = "BL-91-CONCRETE-GOALS";

    private static ChildCase plan(PlanKind kind, String created, Goal... goals) {
        return aCase(date("2022-01-01"))
                .addPlan(Plan.of(id("p1"), kind, date(created), goals))
                .build();
    }

    private static Goal vague(String id) {
        return new Goal(id(id), GoalArea.HEALTH, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    @Test
    void check_planWithoutGoals_errorOnThePlan() {
        assertThat(findings(plan(PlanKind.CHILD_PLAN, "2026-03-01"), "2026-03-20", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).contains("plans[0]");
                    assertThat(f.messageDa())
                            .isEqualTo("Barnets plan (plans[0]) fra 2026-03-01 har ingen mål; planen skal indeholde"
                                    + " konkrete mål (barnets lov § 91, stk. 2).");
                });
    }

    @Test
    void check_goalWithoutDescription_errorOnTheGoal() {
        ChildCase c = plan(
                PlanKind.CHILD_PLAN,
                "2026-03-01",
                Goal.of(id("g1"), GoalArea.SCHOOL, "Går i skole hver dag"),
                vague("g2"));

        assertThat(findings(c, "2026-03-20", BL)).singleElement().satisfies(f -> {
            assertThat(f.path()).contains("plans[0].goals[1]");
            assertThat(f.messageEn())
                    .isEqualTo("The goal (plans[0].goals[1]) in the child's plan of 2026-03-01 has no description and"
                            + " is therefore not concrete (Children's Act (barnets lov) section 91(2)).");
        });
    }

    @Test
    void check_concreteGoals_noFinding() {
        assertThat(findings(
                        plan(PlanKind.CHILD_PLAN, "2026-03-01", Goal.of(id("g1"), GoalArea.SCHOOL, "x")),
                        "2026-03-20",
                        BL))
                .isEmpty();
    }

    @Test
    void check_planMadeAfterAsOfOrAYouthPlan_notJudged() {
        assertThat(findings(plan(PlanKind.CHILD_PLAN, "2026-03-21"), "2026-03-20", BL))
                .isEmpty();
        assertThat(findings(plan(PlanKind.YOUTH_PLAN, "2026-03-01"), "2026-03-20", BL))
                .isEmpty();
    }

    @Test
    void check_actionPlanUnderServiceloven_servicelovensCode() {
        assertThat(findings(plan(PlanKind.ACTION_PLAN, "2023-05-01"), "2023-06-01", "SEL-140-CONCRETE-GOALS"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa())
                        .isEqualTo("Handleplan (plans[0]) fra 2023-05-01 har ingen mål; planen skal indeholde konkrete"
                                + " mål (serviceloven § 140, stk. 3)."));
    }
}
