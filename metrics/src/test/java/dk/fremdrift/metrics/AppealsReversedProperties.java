package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.AppealOutcome;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Indicators#APPEALS_REVERSED} recomputed by a plain second implementation on seeded random cases: every
 * complaint with Ankestyrelsen's decision dated in the period and not after asOf's date is a unit, reversed if
 * remitted, changed or annulled, left out if dismissed. Overall and by month, under two settings.
 */
class AppealsReversedProperties {

    private static final int CASES = 300;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8).map(i -> 0xA99E_A100L + i * 7_919);
    }

    /** Counts of one cell: reversed, decided on the merits, dismissed, and the cases with a unit. */
    private record Plain(long reversed, long merits, long dismissed, long cases) {}

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void report_randomCases_sameAsAPlainCount(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(CASES);
        List<MetricsConfig> configs = List.of(
                Fixtures.CONFIG,
                MetricsConfig.of(
                        Instant.parse("2026-03-10T10:00:00Z"),
                        ReportingPeriod.of(LocalDate.of(2025, 6, 15), LocalDate.of(2026, 6, 15))));
        for (MetricsConfig config : configs) {
            MetricsAggregator aggregator = MetricsAggregator.of(config);
            cases.forEach(c -> aggregator.add(c, ENGINE));
            IndicatorResult result =
                    aggregator.report(ReportProfile.ADMINISTRATIVE).getIndicator(Indicators.APPEALS_REVERSED);

            Map<String, Plain> plain = plain(cases, config);
            Plain all = plain.getOrDefault("all", new Plain(0, 0, 0, 0));
            assertThat(all.merits())
                    .as("seed %d: the random cases have decided appeals", seed)
                    .isPositive();
            assertThat(cells(result.overall()))
                    .as("seed %d, %s: overall", seed, config.period())
                    .isEqualTo(all);
            for (IndicatorValue month : result.monthly()) {
                assertThat(cells(month))
                        .as("seed %d, %s: %s", seed, config.period(), month.key())
                        .isEqualTo(plain.getOrDefault(month.key(), new Plain(0, 0, 0, 0)));
            }
        }
    }

    private static Plain cells(IndicatorValue v) {
        return new Plain(
                v.count().orElse(0L),
                v.denominator().orElse(0L),
                v.excluded().orElse(0L),
                v.cases().orElse(0L));
    }

    private static Map<String, Plain> plain(List<ChildCase> cases, MetricsConfig config) {
        LocalDate first = config.period().startInclusive();
        LocalDate asOfDate = config.asOf().atZone(config.zone()).toLocalDate();
        Map<String, long[]> counts = new TreeMap<>();
        for (ChildCase c : cases) {
            Map<String, Boolean> touched = new TreeMap<>();
            for (Complaint k : c.complaints()) {
                if (k.appealOutcome().isEmpty()) {
                    continue;
                }
                LocalDate decided = k.appealDecided().get();
                if (decided.isBefore(first) || !config.period().contains(decided) || decided.isAfter(asOfDate)) {
                    continue;
                }
                AppealOutcome o = k.appealOutcome().get();
                for (String key : List.of("all", YearMonth.from(decided).toString())) {
                    long[] n = counts.computeIfAbsent(key, x -> new long[4]);
                    if (o == AppealOutcome.DISMISSED) {
                        n[2]++;
                    } else {
                        n[1]++;
                        if (o != AppealOutcome.UPHELD) {
                            n[0]++;
                        }
                    }
                    touched.put(key, true);
                }
            }
            touched.keySet().forEach(key -> counts.get(key)[3]++);
        }
        Map<String, Plain> out = new TreeMap<>();
        counts.forEach((key, n) -> out.put(key, new Plain(n[0], n[1], n[2], n[3])));
        return out;
    }
}
