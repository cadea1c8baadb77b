package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.overall;
import static dk.fremdrift.metrics.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Indicators#LONG_COURSES_WITHOUT_PROGRESS} on hand-built cases seen at noon on Thursday 20 November 2025: open
 * cases with an intervention of 12 months or more, and whether any goal of their plans shows measured progress.
 */
class LongCoursesTest {

    private static final GoalIndicator ATTENDANCE = GoalIndicator.of("Skolefremmøde (%)", 0, 100, 60, 90);

    /** A case opened in 2024 with foster care from a date, to a date or running, and its plan's goals. */
    private static ChildCase course(String id, String from, String to, Goal... goals) {
        Intervention iv = Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date(from));
        ChildCase.Builder b = aCase(id, date("2012-05-12"), date("2024-01-02"))
                .addIntervention(to == null ? iv : iv.withEnd(date(to)));
        if (goals.length > 0) {
            b.addPlan(Plan.of(id("p1"), PlanKind.CHILD_PLAN, date("2024-03-01"), goals));
        }
        return b.build();
    }

    private static Goal school(double... values) {
        GoalMeasurement[] ms = new GoalMeasurement[values.length];
        for (int i = 0; i < values.length; i++) {
            ms[i] = GoalMeasurement.of(date("2024-04-01").plusMonths(3L * i), values[i]);
        }
        return Goal.of(id("g1"), GoalArea.SCHOOL, "Går i skole")
                .withIndicator(ATTENDANCE, date("2026-06-30"))
                .withMeasurements(ms);
    }

    @Test
    void report_longCourses_thoseWithoutAnyGoalInProgress() {
        IndicatorValue v = overall(
                report(
                        course("L-1", "2024-02-01", null, school(60, 70, 75)), // improving: progress
                        course("L-2", "2024-02-01", null), // no goals at all
                        course("L-3", "2024-11-20", null, school(60, 60)), // exactly 12 months, no change
                        course("L-4", "2025-01-10", null), // 10 months: not long yet
                        course("L-5", "2024-02-01", "2025-06-01")), // ended: not running at asOf
                Indicators.LONG_COURSES_WITHOUT_PROGRESS);

        assertThat(v.denominator()).contains(3L);
        assertThat(v.count()).contains(2L); // L-2 and L-3
    }

    @Test
    void report_aMunicipalitysOwnLimit_movesThePopulationAndTheDefinitionSaysIt() {
        MetricsConfig sixMonths = Fixtures.CONFIG.withLongCourseMonths(6);
        MetricsAggregator a = MetricsAggregator.of(sixMonths);
        List.of(
                        course("L-2", "2024-02-01", null), // long under both limits, no goals
                        course("L-4", "2025-01-10", null), // 10 months: long under 6, not under 12
                        course("L-6", "2025-06-01", null)) // under 6 months: not long
                .forEach(c -> a.add(c, Fixtures.ENGINE));
        MetricsReport r = a.report(ReportProfile.ADMINISTRATIVE);

        IndicatorValue v =
                r.getIndicator(Indicators.LONG_COURSES_WITHOUT_PROGRESS).overall();
        assertThat(v.denominator()).contains(2L);
        assertThat(v.count()).contains(2L);
        IndicatorDefinition d = r.definitions().stream()
                .filter(x -> x.id().equals(Indicators.LONG_COURSES_WITHOUT_PROGRESS))
                .findFirst()
                .orElseThrow();
        assertThat(d.population().en()).contains("the same date 6 months earlier");
        assertThat(Indicators.find(Indicators.LONG_COURSES_WITHOUT_PROGRESS)
                        .orElseThrow()
                        .population()
                        .en())
                .contains("the same date 12 months earlier");
        assertThatThrownBy(() -> Fixtures.CONFIG.withLongCourseMonths(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("longCourseMonths: expected 1 or more, got 0");
    }

    @Test
    void longCourse_namesTheCasesTheIndicatorCounts_withTheLongestIntervention() {
        List<ChildCase> cases = List.of(
                course("L-1", "2024-02-01", null, school(60, 70, 75)),
                course("L-2", "2024-02-01", null),
                course("L-3", "2024-11-20", null, school(60, 60)),
                course("L-4", "2025-01-10", null),
                course("L-5", "2024-02-01", "2025-06-01"));

        List<LongCourse> found = cases.stream()
                .flatMap(c -> LongCourse.of(c, Fixtures.CONFIG).stream())
                .toList();

        assertThat(found).extracting(l -> l.caseId().value()).containsExactly("L-2", "L-3");
        assertThat(found.get(0).since()).isEqualTo(date("2024-02-01"));
        assertThat(found.get(0).goals()).isZero();
        assertThat(found.get(1).goals()).isEqualTo(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void longCourse_onRandomCases_asManyAsTheIndicatorCounts(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(PlainShares.CASES);
        for (MetricsConfig config : PlainShares.CONFIGS) {
            MetricsAggregator a = MetricsAggregator.of(config);
            cases.forEach(c -> a.add(c, Fixtures.ENGINE.evaluate(c, config.asOf())));
            long listed = cases.stream()
                    .filter(c -> LongCourse.of(c, config).isPresent())
                    .count();

            assertThat(listed)
                    .as("seed %d", seed)
                    .isEqualTo(a.report(ReportProfile.ADMINISTRATIVE)
                            .getIndicator(Indicators.LONG_COURSES_WITHOUT_PROGRESS)
                            .overall()
                            .count()
                            .orElse(0L));
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 6).map(i -> 0x10C0_0000L + i * 4_421);
    }

    /** Recomputed plainly on random cases: the population from the interventions, progress from GoalProgress. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void report_randomCases_sameAsAPlainCount(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(PlainShares.CASES);
        for (MetricsConfig config : PlainShares.CONFIGS) {
            LocalDate asOf = config.asOfDate();
            long units = 0;
            long without = 0;
            for (ChildCase c : cases) {
                boolean longCourse = c.isOpenOn(asOf)
                        && c.interventions().stream()
                                .anyMatch(iv -> !iv.start().plusMonths(12).isAfter(asOf) && iv.isActiveOn(asOf));
                if (longCourse) {
                    units++;
                    boolean progress = GoalProgress.ofPlans(c, asOf).stream()
                            .anyMatch(g -> g.status() == GoalStatus.ACHIEVED || g.status() == GoalStatus.IMPROVING);
                    without += progress ? 0 : 1;
                }
            }
            MetricsAggregator aggregator = MetricsAggregator.of(config);
            cases.forEach(c -> aggregator.add(c, Fixtures.ENGINE));
            IndicatorValue v = aggregator
                    .report(ReportProfile.ADMINISTRATIVE)
                    .getIndicator(Indicators.LONG_COURSES_WITHOUT_PROGRESS)
                    .overall();

            assertThat(units)
                    .as("seed %d: long courses in the random cases", seed)
                    .isPositive();
            assertThat(v.denominator()).as("seed %d, %s", seed, config.period()).contains(units);
            assertThat(v.count()).as("seed %d, %s", seed, config.period()).contains(without);
            assertThat(v.cases()).contains(units);
        }
    }

    @Test
    void definition_describesAndDoesNotProve() {
        IndicatorDefinition d =
                Indicators.find(Indicators.LONG_COURSES_WITHOUT_PROGRESS).orElseThrow();

        assertThat(d.description().en()).contains("12 months", "describes and does not prove");
        assertThat(d.legalBasis()).hasSize(2);
    }
}
