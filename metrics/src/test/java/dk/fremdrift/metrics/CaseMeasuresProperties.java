package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.model.ChildCase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The aggregation of the second performance pass ({@link CaseMeasures} with cells found by key number, day numbers
 * and segments in arrays) counts exactly what the aggregation before it counted ({@link ReferenceCaseMeasures}, kept
 * unchanged in the tests): the whole state, every tally's cells, the caseload per caseworker and the budget, for
 * seeded random cases under settings that move the period, asOf and the zone. The seed is in the test's name and in
 * every assertion's description.
 */
class CaseMeasuresProperties {

    private static final int CASES = 150;

    /** The indicators added after the reference was frozen (issue 15); each is checked against its own oracle. */
    private static final Set<String> AFTER_REFERENCE = Set.of(
            Indicators.DECISION_BEFORE_ADULTHOOD_ON_TIME,
            Indicators.INVESTIGATION_TO_DECISION_DAYS,
            Indicators.GOAL_STATUS_BY_INTERVENTION,
            Indicators.GOAL_PROGRESS_BY_INTERVENTION,
            Indicators.GOAL_STATUS_BY_LADDER_STEP,
            Indicators.CONCERNS_COVERED_BY_GOALS,
            Indicators.INTERVENTIONS_BY_CONCERN,
            Indicators.APPEALS_REVERSED,
            Indicators.NOTIFICATIONS_NO_ACTION,
            Indicators.RENOTIFIED_AFTER_NO_ACTION_6M,
            Indicators.RENOTIFIED_AFTER_NO_ACTION_12M,
            Indicators.NOTIFICATIONS_ABOUT_SUPPORTED,
            Indicators.LONG_COURSES_WITHOUT_PROGRESS,
            Indicators.PLACEMENTS_IN_FAMILY_CARE,
            Indicators.STEP_ASSESSMENTS,
            Indicators.NOTIFICATION_TO_SCREENING_DAYS,
            Indicators.STEP_SCREENINGS,
            Indicators.STEP_DECISIONS,
            Indicators.DECISION_TO_START_DAYS,
            Indicators.STEP_STARTED_BY_LADDER,
            Indicators.STEP_CLOSINGS,
            Indicators.APPEALS_BY_DECISION_KIND);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12).map(i -> 0xCA5E_0000L + i * 104_729);
    }

    /** Settings: the hand-built tests' year, a year to a late asOf, odd periods, asOf before the period, a zone. */
    private static List<MetricsConfig> configs() {
        Instant lateAsOf = Instant.parse("2026-11-23T22:59:59Z");
        return List.of(
                Fixtures.CONFIG,
                MetricsConfig.of(lateAsOf, ReportingPeriod.of(LocalDate.of(2025, 11, 24), LocalDate.of(2026, 11, 24))),
                MetricsConfig.of(lateAsOf, ReportingPeriod.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 9, 10)))
                        .withStalledAfterDays(20)
                        .withRecommendedCaseload(2),
                MetricsConfig.of(Instant.parse("2024-12-31T23:30:00Z"), ReportingPeriod.ofYear(2025)),
                MetricsConfig.of(Instant.parse("2025-06-15T03:00:00Z"), ReportingPeriod.ofYear(2025))
                        .withZone(ZoneId.of("America/New_York")));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void add_randomCases_sameStateAsBefore(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(CASES);
        List<MetricsConfig> configs = configs();
        for (int k = 0; k < configs.size(); k++) {
            MetricsConfig config = configs.get(k);
            State now = new State(config, List.of());
            CaseMeasures measures = new CaseMeasures(now);
            ReferenceState before = new ReferenceState(config);
            ReferenceCaseMeasures reference = new ReferenceCaseMeasures(before);
            for (ChildCase c : cases) {
                List<DeadlineEvaluation> evaluations = ENGINE.evaluate(c, config.asOf());
                measures.add(c, evaluations);
                reference.add(c, evaluations);
            }
            // The indicators added after the reference are recomputed by plain implementations of their own tests.
            now.tallies.keySet().removeAll(AFTER_REFERENCE);
            before.tallies.keySet().removeAll(AFTER_REFERENCE);
            assertThat(now.snapshot()).as("seed %d, setting %d", seed, k).isEqualTo(before.snapshot());
            assertThat(text(Caseload.tallies(now)))
                    .as("seed %d, setting %d: caseload", seed, k)
                    .isEqualTo(text(ReferenceCaseMeasures.caseload(before)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bandStart_randomBirthDates_firstDayOfTheWholeYears(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = LocalDate.of(1990, 1, 1).toEpochDay();
        long last = LocalDate.of(2030, 12, 31).toEpochDay();
        LocalDate[] leapBirths = {LocalDate.of(2008, 2, 29), LocalDate.of(2012, 2, 29), LocalDate.of(2000, 2, 29)};
        for (int i = 0; i < 2_000; i++) {
            LocalDate born = i % 4 == 0
                    ? leapBirths[random.nextInt(leapBirths.length)]
                    : LocalDate.ofEpochDay(random.nextLong(first, last));
            int years = new int[] {3, 6, 12, 15, 18}[random.nextInt(5)];
            long start = AgeBands.bandStart(born, born.plusYears(years));
            for (long day = start - 3; day <= start + 3; day++) {
                LocalDate d = LocalDate.ofEpochDay(day);
                assertThat(d.isBefore(born) ? false : AgeBands.wholeYears(born, d) >= years)
                        .as("seed %d: born %s, %d years, on %s", seed, born, years, d)
                        .isEqualTo(day >= start);
            }
        }
    }

    private static String text(Map<String, ?> tallies) {
        Map<String, String> sorted = new TreeMap<>();
        tallies.forEach((id, t) -> sorted.put(id, t.toString()));
        return sorted.toString();
    }
}
