package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.AppealOutcome;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Indicators#APPEALS_REVERSED} recomputed by a plain second implementation on seeded random cases: every
 * complaint with Ankestyrelsen's decision dated in the period and not after asOf's date is a unit, reversed if
 * remitted, changed or annulled, left out if dismissed. Overall and by month, under two settings.
 */
class AppealsReversedProperties {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8).map(i -> 0xA99E_A100L + i * 7_919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void report_randomCases_sameAsAPlainCount(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(PlainShares.CASES);
        for (MetricsConfig config : PlainShares.CONFIGS) {
            MetricsAggregator aggregator = MetricsAggregator.of(config);
            cases.forEach(c -> aggregator.add(c, ENGINE));
            IndicatorResult result =
                    aggregator.report(ReportProfile.ADMINISTRATIVE).getIndicator(Indicators.APPEALS_REVERSED);

            PlainShares.Cell all = plain(cases, config).assertSameAs(result, "seed " + seed + ", " + config.period());
            assertThat(all.judged())
                    .as("seed %d: the random cases have decided appeals", seed)
                    .isPositive();
        }
    }

    /** The units: complaints with Ankestyrelsen's decision dated in the period, not after asOf's date. */
    private static PlainShares plain(List<ChildCase> cases, MetricsConfig config) {
        LocalDate asOfDate = config.asOf().atZone(config.zone()).toLocalDate();
        PlainShares plain = new PlainShares();
        for (ChildCase c : cases) {
            for (Complaint k : c.complaints()) {
                if (k.appealOutcome().isEmpty()) {
                    continue;
                }
                LocalDate decided = k.appealDecided().get();
                if (!config.period().contains(decided) || decided.isAfter(asOfDate)) {
                    continue;
                }
                AppealOutcome o = k.appealOutcome().get();
                plain.unit(
                        decided,
                        o == AppealOutcome.DISMISSED
                                ? Outcome.EXCLUDED
                                : o == AppealOutcome.UPHELD ? Outcome.NOT_MET : Outcome.MET);
            }
            plain.endCase();
        }
        return plain;
    }
}
