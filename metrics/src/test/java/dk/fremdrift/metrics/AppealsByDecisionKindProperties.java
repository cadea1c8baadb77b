package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.AppealOutcome;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Indicators#APPEALS_BY_DECISION_KIND} recounted plainly on random cases, and reconciled with {@link
 * Indicators#APPEALS_REVERSED}: its categories add up to the omgørelsesprocent's population, its reversed ones to its
 * count.
 */
class AppealsByDecisionKindProperties {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 6).map(i -> 0xA9_0000L + i * 6_007);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void byKind_equalsAPlainCount_andAddsUpToTheOmgoerelsesprocent(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(PlainShares.CASES);
        for (MetricsConfig config : PlainShares.CONFIGS) {
            MetricsAggregator a = MetricsAggregator.of(config);
            Map<String, Long> plain = new TreeMap<>();
            for (ChildCase c : cases) {
                a.add(c, Fixtures.ENGINE.evaluate(c, config.asOf()));
                for (Complaint k : c.complaints()) {
                    if (k.appealOutcome().isEmpty()) {
                        continue;
                    }
                    LocalDate decided = k.appealDecided().orElseThrow();
                    AppealOutcome outcome = k.appealOutcome().get();
                    if (!config.counts(decided) || outcome == AppealOutcome.DISMISSED) {
                        continue;
                    }
                    String kind = c.decisions().stream()
                            .filter(d -> k.decisionId().map(d.id()::equals).orElse(false))
                            .map(Decision::kind)
                            .map(Enum::name)
                            .findFirst()
                            .orElse("UNLINKED");
                    boolean reversed = outcome == AppealOutcome.REMITTED
                            || outcome == AppealOutcome.CHANGED
                            || outcome == AppealOutcome.ANNULLED;
                    plain.merge(kind + (reversed ? "/REVERSED" : "/UPHELD"), 1L, Long::sum);
                }
            }
            MetricsReport r = a.report(ReportProfile.ADMINISTRATIVE);
            Map<String, Long> counted = new TreeMap<>();
            r.getIndicator(Indicators.APPEALS_BY_DECISION_KIND)
                    .overall()
                    .categories()
                    .forEach(c -> c.count().filter(n -> n > 0).ifPresent(n -> counted.put(c.key(), n)));

            assertThat(counted).as("seed %d", seed).isEqualTo(plain).isNotEmpty();
            IndicatorValue reversed =
                    r.getIndicator(Indicators.APPEALS_REVERSED).overall();
            assertThat(counted.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(reversed.denominator().orElse(0L));
            assertThat(counted.entrySet().stream()
                            .filter(e -> e.getKey().endsWith("/REVERSED"))
                            .mapToLong(Map.Entry::getValue)
                            .sum())
                    .isEqualTo(reversed.count().orElse(0L));
        }
    }
}
