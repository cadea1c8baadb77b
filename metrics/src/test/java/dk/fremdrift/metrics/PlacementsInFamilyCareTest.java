package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.BL_32;
import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Indicators#PLACEMENTS_IN_FAMILY_CARE}: the placements active at asOf, and those in family care. */
class PlacementsInFamilyCareTest {

    private static ChildCase placed(String id, InterventionKind kind, String from, String to) {
        Intervention iv = Intervention.of(id("i1"), kind, kind.isPlacement() ? BL_46 : BL_32, date(from));
        return aCase(id, date("2012-05-12"), date("2024-01-02"))
                .addIntervention(to == null ? iv : iv.withEnd(date(to)))
                .build();
    }

    @Test
    void report_activePlacements_shareInKinshipOrFosterCare() {
        MetricsAggregator a = MetricsAggregator.of(CONFIG);
        List.of(
                        placed("P-1", InterventionKind.KINSHIP_FOSTER_CARE, "2025-02-01", null), // family care
                        placed("P-2", InterventionKind.FOSTER_CARE, "2024-06-01", null), // family care
                        placed("P-3", InterventionKind.RESIDENTIAL_INSTITUTION, "2025-03-01", null), // institution
                        placed("P-4", InterventionKind.FOSTER_CARE, "2024-06-01", "2025-06-01"), // ended: not counted
                        placed("P-5", InterventionKind.FAMILY_THERAPY, "2025-03-01", null)) // not a placement
                .forEach(c -> a.add(c, ENGINE));

        IndicatorResult r = a.report(ReportProfile.ADMINISTRATIVE).getIndicator(Indicators.PLACEMENTS_IN_FAMILY_CARE);

        assertThat(r.overall().denominator()).contains(3L);
        assertThat(r.overall().count()).contains(2L);
        assertThat(r.findBreakdown(Dimension.INTERVENTION_KIND).orElseThrow().cells())
                .extracting(IndicatorValue::key)
                .containsExactlyInAnyOrder("KINSHIP_FOSTER_CARE", "FOSTER_CARE", "RESIDENTIAL_INSTITUTION");
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 6).map(i -> 0xFA_0000L + i * 7_717);
    }

    /** Recomputed plainly on random cases: open cases, active placements, by kind. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void report_randomCases_sameAsAPlainCount(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(PlainShares.CASES);
        for (MetricsConfig config : PlainShares.CONFIGS) {
            LocalDate asOf = config.asOfDate();
            long placements = 0;
            long family = 0;
            Map<String, Long> byKind = new TreeMap<>();
            for (ChildCase c : cases) {
                if (!c.isOpenOn(asOf)) {
                    continue;
                }
                for (Intervention iv : c.interventions()) {
                    if (iv.kind().isPlacement() && iv.isActiveOn(asOf)) {
                        placements++;
                        boolean familyCare = iv.kind() == InterventionKind.KINSHIP_FOSTER_CARE
                                || iv.kind() == InterventionKind.FOSTER_CARE;
                        family += familyCare ? 1 : 0;
                        byKind.merge(iv.kind().name(), 1L, Long::sum);
                    }
                }
            }
            MetricsAggregator aggregator = MetricsAggregator.of(config);
            cases.forEach(c -> aggregator.add(c, ENGINE));
            IndicatorResult r =
                    aggregator.report(ReportProfile.ADMINISTRATIVE).getIndicator(Indicators.PLACEMENTS_IN_FAMILY_CARE);

            assertThat(placements)
                    .as("seed %d: active placements in the random cases", seed)
                    .isPositive();
            assertThat(r.overall().denominator())
                    .as("seed %d, %s", seed, config.period())
                    .contains(placements);
            assertThat(r.overall().count())
                    .as("seed %d, %s", seed, config.period())
                    .contains(family);
            Map<String, Long> reported = new TreeMap<>();
            r.findBreakdown(Dimension.INTERVENTION_KIND)
                    .orElseThrow()
                    .cells()
                    .forEach(v -> reported.put(v.key(), v.denominator().orElse(0L)));
            assertThat(reported)
                    .as("seed %d, %s: by kind", seed, config.period())
                    .isEqualTo(byKind);
        }
    }
}
