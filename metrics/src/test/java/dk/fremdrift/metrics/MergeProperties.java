package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.AS_OF;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.model.ChildCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partial aggregates merge exactly: for seeded random cases, the aggregates of any random split (into teams, months,
 * municipalities, threads), merged in any order, equal the aggregate of all the cases: the exact state, and the
 * reports of both profiles. The seed is in the test's name and in every assertion's description.
 */
class MergeProperties {

    private static final int CASES = 120;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12).map(i -> 0x5EED_0000L + i * 7919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void merge_anyRandomSplit_equalsAggregatingTheWhole(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(CASES);
        List<List<DeadlineEvaluation>> evaluations = new ArrayList<>();
        for (ChildCase c : cases) {
            evaluations.add(ENGINE.evaluate(c, AS_OF));
        }
        MetricsAggregator whole = MetricsAggregator.of(CONFIG);
        for (int i = 0; i < cases.size(); i++) {
            whole.add(cases.get(i), evaluations.get(i));
        }

        SplittableRandom random = new SplittableRandom(seed);
        int parts = 1 + random.nextInt(7);
        List<MetricsAggregator> partial = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            partial.add(MetricsAggregator.of(CONFIG));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        for (int i : order) {
            partial.get(random.nextInt(parts)).add(cases.get(i), evaluations.get(i));
        }
        Collections.shuffle(partial, new Random(seed + 1));
        MetricsAggregator merged = MetricsAggregator.of(CONFIG);
        for (MetricsAggregator p : partial) {
            merged.merge(p);
        }

        assertThat(merged.caseCount()).as("seed %d", seed).isEqualTo(CASES);
        assertThat(merged.snapshot()).as("seed %d, %d parts", seed, parts).isEqualTo(whole.snapshot());
        assertThat(merged.report(ReportProfile.ADMINISTRATIVE))
                .as("seed %d, %d parts", seed, parts)
                .isEqualTo(whole.report(ReportProfile.ADMINISTRATIVE));
        assertThat(merged.report(ReportProfile.POLITICAL))
                .as("seed %d, %d parts", seed, parts)
                .isEqualTo(whole.report(ReportProfile.POLITICAL));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void merge_twoHalves_leavesTheArgumentUnchanged(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(40);
        MetricsAggregator first = MetricsAggregator.of(CONFIG);
        MetricsAggregator second = MetricsAggregator.of(CONFIG);
        for (int i = 0; i < cases.size(); i++) {
            (i % 2 == 0 ? first : second).add(cases.get(i), ENGINE);
        }
        String before = second.snapshot();

        first.merge(second);

        assertThat(second.snapshot()).as("seed %d", seed).isEqualTo(before);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomCases_seeded_fillTheIndicators(long seed) {
        // The property above means something only if the random cases reach the indicators.
        MetricsAggregator all = MetricsAggregator.of(CONFIG);
        new RandomCases(seed).cases(CASES).forEach(c -> all.add(c, ENGINE));

        MetricsReport report = all.report(ReportProfile.ADMINISTRATIVE);

        for (String id : List.of(
                Indicators.ASSESSMENT_24H_ON_TIME,
                Indicators.INVESTIGATION_4M_ON_TIME,
                Indicators.FIRST_FOLLOW_UP_ON_TIME,
                Indicators.STALLED_CASES,
                Indicators.CHILD_CONVERSATION_BEFORE_DECISION)) {
            IndicatorValue v = report.getIndicator(id).overall();
            assertThat(v.denominator().orElseThrow())
                    .as("seed %d, %s", seed, id)
                    .isPositive();
        }
        assertThat(report.getIndicator(Indicators.INVESTIGATION_DAYS)
                        .overall()
                        .count()
                        .orElseThrow())
                .as("seed %d", seed)
                .isPositive();
        assertThat(report.getIndicator(Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR)
                        .overall()
                        .exposureDays()
                        .orElseThrow())
                .as("seed %d", seed)
                .isPositive();
        assertThat(report.getIndicator(Indicators.CASELOAD_MEAN)
                        .overall()
                        .denominator()
                        .orElseThrow())
                .as("seed %d", seed)
                .isGreaterThan(3);
    }
}
