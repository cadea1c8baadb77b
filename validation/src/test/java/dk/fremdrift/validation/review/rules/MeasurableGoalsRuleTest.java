package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.validation.review.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasurableGoalsRuleTest {

    private static final String BL = "BL-GOALS-MEASURABLE";
    private static final GoalIndicator ATTENDANCE = GoalIndicator.of("Skolefremmøde (%)", 0, 100, 60, 95);

    private static ChildCase plan(Goal goal) {
        return aCase(date("2026-01-01"))
                .addPlan(Plan.of(id("p1"), PlanKind.CHILD_PLAN, date("2026-03-01"), goal))
                .build();
    }

    @Test
    void check_concreteGoalWithoutIndicator_warning() {
        assertThat(findings(plan(Goal.of(id("g1"), GoalArea.SCHOOL, "Går i skole")), "2026-03-20", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.path()).contains("plans[0].goals[0]");
                    assertThat(f.messageDa())
                            .isEqualTo("Målet (plans[0].goals[0]) i barnets plan fra 2026-03-01 er ikke målbart:"
                                    + " indikator og slutdato mangler. Målbare mål er god praksis; loven kræver"
                                    + " konkrete mål (barnets lov § 91, stk. 2).");
                });
    }

    @Test
    void check_goalWithIndicatorAndDueDate_noFinding() {
        Goal g = Goal.of(id("g1"), GoalArea.SCHOOL, "Går i skole").withIndicator(ATTENDANCE, date("2026-12-31"));

        assertThat(findings(plan(g), "2026-03-20", BL)).isEmpty();
    }

    @Test
    void check_indicatorWithoutDueDate_warningNamesWhatIsMissing() {
        Goal g = new Goal(
                id("g1"),
                GoalArea.SCHOOL,
                Optional.of("Går i skole"),
                Optional.of(ATTENDANCE),
                Optional.empty(),
                List.of());

        assertThat(findings(plan(g), "2026-03-20", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("is not measurable: it has no due date."));
    }

    @Test
    void check_goalWithoutDescription_leftToTheConcreteGoalsRule() {
        Goal g = new Goal(id("g1"), GoalArea.SCHOOL, Optional.empty(), Optional.empty(), Optional.empty(), List.of());

        assertThat(findings(plan(g), "2026-03-20", BL)).isEmpty();
    }
}
