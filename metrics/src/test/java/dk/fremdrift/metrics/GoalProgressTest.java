package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoalProgressTest {

    private static final String DESCRIPTION = "Mathilde skal komme i skole hver dag";
    private static final LocalDate DUE = LocalDate.of(2025, 12, 31);
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

    /** Higher is better: school attendance in percent, from 60 toward 90. */
    private static final GoalIndicator ATTENDANCE = GoalIndicator.of("Skolefremmøde (%)", 0, 100, 60, 90);

    /** Lower is better: SDQ total difficulties score, from 25 toward 15. */
    private static final GoalIndicator SDQ = GoalIndicator.of("SDQ samlet vanskelighedsscore", 0, 40, 25, 15);

    /** Maintain: baseline equals target. */
    private static final GoalIndicator MAINTAIN = GoalIndicator.of("Trivsel (1-10)", 1, 10, 7, 7);

    private static Goal goal(GoalIndicator indicator, LocalDate due, GoalMeasurement... measurements) {
        return Goal.of(PartId.of("g1"), GoalArea.SCHOOL, DESCRIPTION)
                .withIndicator(indicator, due)
                .withMeasurements(measurements);
    }

    private static GoalMeasurement m(LocalDate date, double value) {
        return GoalMeasurement.of(date, value);
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                // higher is better
                arguments("up: halfway", goal(ATTENDANCE, DUE, m(MAY_1, 75)), AS_OF, GoalStatus.IMPROVING, 0.5),
                arguments(
                        "up: exactly at target", goal(ATTENDANCE, DUE, m(MAY_1, 90)), AS_OF, GoalStatus.ACHIEVED, 1.0),
                arguments(
                        "up: beyond target, not clamped",
                        goal(ATTENDANCE, DUE, m(MAY_1, 96)),
                        AS_OF,
                        GoalStatus.ACHIEVED,
                        1.2),
                arguments("up: at baseline", goal(ATTENDANCE, DUE, m(MAY_1, 60)), AS_OF, GoalStatus.NO_CHANGE, 0.0),
                arguments("up: below baseline", goal(ATTENDANCE, DUE, m(MAY_1, 45)), AS_OF, GoalStatus.WORSENING, -0.5),
                arguments(
                        "up: above baseline but down from previous",
                        goal(ATTENDANCE, DUE, m(MAY_1, 84), m(JUNE_1, 72)),
                        AS_OF,
                        GoalStatus.WORSENING,
                        0.4),
                arguments(
                        "up: same as previous",
                        goal(ATTENDANCE, DUE, m(MAY_1, 72), m(JUNE_1, 72)),
                        AS_OF,
                        GoalStatus.NO_CHANGE,
                        0.4),
                arguments(
                        "up: below baseline but up from previous",
                        goal(ATTENDANCE, DUE, m(MAY_1, 30), m(JUNE_1, 45)),
                        AS_OF,
                        GoalStatus.IMPROVING,
                        -0.5),
                arguments(
                        "up: listed out of date order",
                        goal(ATTENDANCE, DUE, m(JUNE_1, 72), m(MAY_1, 84)),
                        AS_OF,
                        GoalStatus.WORSENING,
                        0.4),
                arguments(
                        "up: same date, the one listed last is latest",
                        goal(ATTENDANCE, DUE, m(JUNE_1, 66), m(JUNE_1, 78)),
                        AS_OF,
                        GoalStatus.IMPROVING,
                        0.6),
                arguments(
                        "up: target reached, then lost",
                        goal(ATTENDANCE, DUE, m(MAY_1, 90), m(JUNE_1, 87)),
                        AS_OF,
                        GoalStatus.WORSENING,
                        0.9),
                // lower is better
                arguments("down: halfway", goal(SDQ, DUE, m(MAY_1, 20)), AS_OF, GoalStatus.IMPROVING, 0.5),
                arguments("down: exactly at target", goal(SDQ, DUE, m(MAY_1, 15)), AS_OF, GoalStatus.ACHIEVED, 1.0),
                arguments("down: beyond target", goal(SDQ, DUE, m(MAY_1, 12)), AS_OF, GoalStatus.ACHIEVED, 1.3),
                arguments("down: at baseline", goal(SDQ, DUE, m(MAY_1, 25)), AS_OF, GoalStatus.NO_CHANGE, 0.0),
                arguments("down: above baseline", goal(SDQ, DUE, m(MAY_1, 28)), AS_OF, GoalStatus.WORSENING, -0.3),
                arguments(
                        "down: lower than previous",
                        goal(SDQ, DUE, m(MAY_1, 24), m(JUNE_1, 22)),
                        AS_OF,
                        GoalStatus.IMPROVING,
                        0.3),
                arguments(
                        "down: higher than previous, still below baseline",
                        goal(SDQ, DUE, m(MAY_1, 18), m(JUNE_1, 21)),
                        AS_OF,
                        GoalStatus.WORSENING,
                        0.4),
                // maintain (baseline == target): no progress fraction
                arguments("maintain: at target", goal(MAINTAIN, DUE, m(MAY_1, 7)), AS_OF, GoalStatus.ACHIEVED, null),
                arguments(
                        "maintain: off target, up",
                        goal(MAINTAIN, DUE, m(MAY_1, 8)),
                        AS_OF,
                        GoalStatus.WORSENING,
                        null),
                arguments(
                        "maintain: off target, down",
                        goal(MAINTAIN, DUE, m(MAY_1, 6)),
                        AS_OF,
                        GoalStatus.WORSENING,
                        null),
                arguments(
                        "maintain: closer than previous",
                        goal(MAINTAIN, DUE, m(MAY_1, 4), m(JUNE_1, 9)),
                        AS_OF,
                        GoalStatus.IMPROVING,
                        null),
                arguments(
                        "maintain: as far as previous, other side",
                        goal(MAINTAIN, DUE, m(MAY_1, 5), m(JUNE_1, 9)),
                        AS_OF,
                        GoalStatus.NO_CHANGE,
                        null),
                arguments(
                        "maintain: after due, off target",
                        goal(MAINTAIN, DUE, m(MAY_1, 8)),
                        DUE.plusDays(1),
                        GoalStatus.NOT_ACHIEVED_BY_DUE,
                        null),
                // no measurements
                arguments("none at all", goal(ATTENDANCE, DUE), AS_OF, GoalStatus.NO_MEASUREMENTS, null),
                arguments(
                        "only after asOf",
                        goal(ATTENDANCE, DUE, m(AS_OF.plusDays(1), 90)),
                        AS_OF,
                        GoalStatus.NO_MEASUREMENTS,
                        null),
                arguments(
                        "none, past due: no measurements wins",
                        goal(ATTENDANCE, DUE),
                        DUE.plusDays(1),
                        GoalStatus.NO_MEASUREMENTS,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void of_table_statusAndProgress(String name, Goal goal, LocalDate asOf, GoalStatus status, Double progress) {
        GoalProgress p = GoalProgress.of(goal, asOf);

        assertThat(p.status()).isEqualTo(status);
        if (progress == null) {
            assertThat(p.progress()).isEmpty();
        } else {
            assertThat(p.progress()).hasValueSatisfying(v -> assertThat(v).isCloseTo(progress, within()));
        }
        assertThat(p.area()).isEqualTo(GoalArea.SCHOOL);
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-12);
    }

    @Test
    void of_exactlyAtTarget_progressIsExactlyOne() {
        assertThat(GoalProgress.of(goal(ATTENDANCE, DUE, m(MAY_1, 90)), AS_OF).progress())
                .contains(1.0);
        assertThat(GoalProgress.of(goal(SDQ, DUE, m(MAY_1, 15)), AS_OF).progress())
                .contains(1.0);
        GoalIndicator decimals = GoalIndicator.of("Andel (0-1)", 0, 1, 0.1, 0.3);
        GoalProgress p = GoalProgress.of(goal(decimals, DUE, m(MAY_1, 0.3)), AS_OF);
        assertThat(p.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(p.progress()).contains(1.0);
    }

    @Test
    void of_atBaselineOnLowerIsBetterScale_progressIsPositiveZero() {
        double progress =
                GoalProgress.of(goal(SDQ, DUE, m(MAY_1, 25)), AS_OF).progress().orElseThrow();

        assertThat(Double.doubleToRawLongBits(progress)).isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Test
    void of_scaleAtTheLimitsOfDouble_progressAbsentNotThrown() {
        GoalIndicator huge = GoalIndicator.of("Stor skala", -1e308, 1e308, -1e308, 1e308);

        GoalProgress p = GoalProgress.of(goal(huge, DUE, m(MAY_1, 1e308)), AS_OF);

        assertThat(p.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(p.progress()).isEmpty();
    }

    @Test
    void of_noIndicator_notMeasurable() {
        Goal concreteOnly = Goal.of(PartId.of("g1"), GoalArea.FAMILY, DESCRIPTION);

        GoalProgress p = GoalProgress.of(concreteOnly, AS_OF);

        assertThat(p).isEqualTo(new GoalProgress(GoalArea.FAMILY, GoalStatus.NOT_MEASURABLE, Optional.empty()));
    }

    @Test
    void of_indicatorWithoutDueDate_neverNotAchievedByDue() {
        Goal noDue = new Goal(
                PartId.of("g1"),
                GoalArea.SCHOOL,
                Optional.of(DESCRIPTION),
                Optional.of(ATTENDANCE),
                Optional.empty(),
                List.of(m(MAY_1, 75)));

        assertThat(GoalProgress.of(noDue, LocalDate.of(2040, 1, 1)).status()).isEqualTo(GoalStatus.IMPROVING);
    }

    @Test
    void of_dueDateBoundary_notAchievedOnlyFromTheDayAfter() {
        Goal g = goal(ATTENDANCE, DUE, m(MAY_1, 75));

        assertThat(GoalProgress.of(g, DUE.minusDays(1)).status()).isEqualTo(GoalStatus.IMPROVING);
        assertThat(GoalProgress.of(g, DUE).status()).isEqualTo(GoalStatus.IMPROVING);
        assertThat(GoalProgress.of(g, DUE.plusDays(1)).status()).isEqualTo(GoalStatus.NOT_ACHIEVED_BY_DUE);
        assertThat(GoalProgress.of(g, DUE.plusDays(1)).progress()).contains(0.5);
    }

    @Test
    void of_targetReachedOnDueDate_achievedAfterIt() {
        Goal g = goal(SDQ, DUE, m(MAY_1, 20), m(DUE, 15));

        assertThat(GoalProgress.of(g, DUE).status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(GoalProgress.of(g, DUE.plusDays(1)).status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void of_targetReachedAfterDueDate_notAchievedUntilThenAchieved() {
        LocalDate late = DUE.plusMonths(2);
        Goal g = goal(ATTENDANCE, DUE, m(MAY_1, 75), m(late, 92));

        assertThat(GoalProgress.of(g, late.minusDays(1)).status()).isEqualTo(GoalStatus.NOT_ACHIEVED_BY_DUE);
        assertThat(GoalProgress.of(g, late).status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void of_targetReachedThenLostBeforeDue_notAchievedByDueAfterIt() {
        Goal g = goal(ATTENDANCE, DUE, m(MAY_1, 90), m(JUNE_1, 87));

        assertThat(GoalProgress.of(g, DUE.plusDays(1)).status()).isEqualTo(GoalStatus.NOT_ACHIEVED_BY_DUE);
    }

    @Test
    void of_measurementAfterAsOf_ignored() {
        Goal g = goal(ATTENDANCE, DUE, m(MAY_1, 75), m(AS_OF.plusDays(1), 90));

        GoalProgress before = GoalProgress.of(g, AS_OF);
        GoalProgress on = GoalProgress.of(g, AS_OF.plusDays(1));

        assertThat(before.status()).isEqualTo(GoalStatus.IMPROVING);
        assertThat(before.progress()).contains(0.5);
        assertThat(on.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(on.progress()).contains(1.0);
    }

    @Test
    void of_measurementOnAsOf_seen() {
        Goal g = goal(ATTENDANCE, DUE, m(AS_OF, 90));

        assertThat(GoalProgress.of(g, AS_OF).status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(GoalProgress.of(g, AS_OF.minusDays(1)).status()).isEqualTo(GoalStatus.NO_MEASUREMENTS);
    }

    @Test
    void cappedProgress_beyondTarget_one() {
        GoalProgress beyond = GoalProgress.of(goal(ATTENDANCE, DUE, m(MAY_1, 96)), AS_OF);
        GoalProgress below = GoalProgress.of(goal(ATTENDANCE, DUE, m(MAY_1, 45)), AS_OF);
        GoalProgress none = GoalProgress.of(goal(ATTENDANCE, DUE), AS_OF);

        assertThat(beyond.cappedProgress()).contains(1.0);
        assertThat(below.cappedProgress()).contains(-0.5);
        assertThat(none.cappedProgress()).isEmpty();
    }

    @Test
    void toString_goalWithDescription_descriptionNotCopied() {
        GoalProgress p = GoalProgress.of(goal(ATTENDANCE, DUE, m(MAY_1, 75)), AS_OF);

        assertThat(p.toString()).doesNotContain("Mathilde").doesNotContain("Skolefremmøde");
    }

    @Test
    void ofPlans_planMadeAfterAsOf_notSeen() {
        Goal school = goal(ATTENDANCE, DUE, m(MAY_1, 90));
        Goal health = Goal.of(PartId.of("g2"), GoalArea.HEALTH, "Tandlæge");
        Goal family = new Goal(
                PartId.of("g3"), GoalArea.FAMILY, Optional.of("Samvær"), Optional.empty(), Optional.empty(), List.of());
        ChildCase c = ChildCase.builder(
                        CaseId.of("2025-0001"),
                        Child.of(LocalDate.of(2014, 2, 3)),
                        MunicipalityCode.of(101),
                        KleNumber.parse("27.24.00-G01"),
                        LocalDate.of(2025, 1, 6))
                .addPlan(Plan.of(PartId.of("p1"), PlanKind.CHILD_PLAN, LocalDate.of(2025, 3, 1), school, health))
                .addPlan(Plan.of(PartId.of("p2"), PlanKind.CHILD_PLAN, AS_OF.plusDays(1), family))
                .build();

        assertThat(GoalProgress.ofPlans(c, AS_OF))
                .extracting(GoalProgress::area, GoalProgress::status)
                .containsExactly(
                        tuple(GoalArea.SCHOOL, GoalStatus.ACHIEVED), tuple(GoalArea.HEALTH, GoalStatus.NOT_MEASURABLE));
        assertThat(GoalProgress.ofPlans(c, AS_OF.plusDays(1))).hasSize(3);
    }

    @Test
    void of_nullArguments_throw() {
        Goal g = goal(ATTENDANCE, DUE);

        assertThatThrownBy(() -> GoalProgress.of(null, AS_OF))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("goal");
        assertThatThrownBy(() -> GoalProgress.of(g, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("asOf");
    }

    @Test
    void constructor_infiniteProgress_throws() {
        assertThatThrownBy(() ->
                        new GoalProgress(GoalArea.SCHOOL, GoalStatus.IMPROVING, Optional.of(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("progress");
    }

    @Test
    void goalStatus_names_danishAndEnglish() {
        assertThat(GoalStatus.NOT_ACHIEVED_BY_DUE.danishName()).isEqualTo("ikke opnået inden fristen");
        assertThat(GoalStatus.IMPROVING.englishName()).isEqualTo("improving");
    }
}
