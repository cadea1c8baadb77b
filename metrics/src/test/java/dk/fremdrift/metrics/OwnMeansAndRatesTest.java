package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.BL_32;
import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.overall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Indicators of one's own that are means of counts (the sum shown beside the units, as notifications per child) and
 * rates broken down by intervention kind (as the supervision visits per placed child): what the standard ones of
 * those shapes use is open to one's own.
 */
class OwnMeansAndRatesTest {

    private static IndicatorDefinition defined(String id, IndicatorKind kind, List<Dimension> dimensions) {
        LocalizedText words = LocalizedText.of("Egen indikator", "An indicator of one's own");
        return new IndicatorDefinition(
                id,
                kind,
                words,
                words,
                List.of(),
                Indicators.standard().get(0).applies(),
                words,
                words,
                words,
                words,
                Optional.empty(),
                Optional.empty(),
                dimensions,
                List.of());
    }

    private static Indicator indicator(
            IndicatorDefinition d, boolean meanOfCounts, BiConsumer<CaseFacts, Observations> observe) {
        return new Indicator() {
            @Override
            public IndicatorDefinition definition() {
                return d;
            }

            @Override
            public void observe(CaseFacts facts, Observations out) {
                observe.accept(facts, out);
            }

            @Override
            public boolean meanOfCounts() {
                return meanOfCounts;
            }
        };
    }

    private static MetricsReport report(Indicator own, ReportProfile profile, ChildCase... cases) {
        MetricsAggregator a = MetricsAggregator.of(CONFIG, List.of(own));
        for (ChildCase c : cases) {
            a.add(c, ENGINE);
        }
        return a.report(profile);
    }

    /** A case with a decision of 20 January 2025 and complaints about it on the given dates. */
    private static ChildCase complained(String caseId, String... dates) {
        ChildCase.Builder b =
                aCase(caseId).addDecision(Decision.of(id("d1"), DecisionKind.SUPPORT, BL_32, date("2025-01-20")));
        for (int i = 0; i < dates.length; i++) {
            b.addComplaint(Complaint.of(id("k" + i), date(dates[i]), id("d1")));
        }
        return b.build();
    }

    /** Complaints per case with a complaint in the period, placed by the case's first complaint in the period. */
    private static final Indicator COMPLAINTS_PER_CASE = indicator(
            defined("LOCAL_COMPLAINTS_PER_CASE", IndicatorKind.MEAN, List.of(Dimension.MONTH)), true, (facts, out) -> {
                List<LocalDate> received = facts.childCase().complaints().stream()
                        .map(Complaint::received)
                        .filter(facts::counts)
                        .sorted()
                        .toList();
                if (!received.isEmpty()) {
                    out.countOf(received.get(0), received.size());
                }
            });

    @Test
    void meanOfCounts_sumShownBesideTheUnits() {
        MetricsReport report = report(
                COMPLAINTS_PER_CASE,
                ReportProfile.ADMINISTRATIVE,
                complained("C-1", "2025-02-01", "2025-03-01", "2025-04-01"),
                complained("C-2", "2025-05-01"),
                complained("C-3"));

        IndicatorValue v = overall(report, "LOCAL_COMPLAINTS_PER_CASE");
        assertThat(v.count()).as("the complaints, shown").contains(4L);
        assertThat(v.denominator()).as("the cases with one").contains(2L);
        assertThat(v.value()).contains(2.0);
    }

    @Test
    void meanOfCounts_political_smallSumWithheldAsACount() {
        // Six cases with one complaint in February; one with two in March, alone in its month.
        ChildCase[] cases = new ChildCase[7];
        for (int i = 0; i < 6; i++) {
            cases[i] = complained("P-" + i, "2025-02-0" + (i + 1));
        }
        cases[6] = complained("P-6", "2025-03-01", "2025-03-02");

        MetricsReport political = report(COMPLAINTS_PER_CASE, ReportProfile.POLITICAL, cases);

        IndicatorValue v = overall(political, "LOCAL_COMPLAINTS_PER_CASE");
        assertThat(v.count()).contains(8L);
        assertThat(v.denominator()).contains(7L);
        List<IndicatorValue> months =
                political.getIndicator("LOCAL_COMPLAINTS_PER_CASE").monthly();
        // February is withheld too: else the overall figures less February's would give March's.
        assertThat(months.get(1).count()).isEmpty();
        assertThat(months.get(1).denominator()).isEmpty();
        assertThat(months.get(2).count())
                .as("March's two complaints, a small count")
                .isEmpty();
        assertThat(months.get(2).denominator()).isEmpty();
        assertThat(months.get(2).value()).isEmpty();
    }

    @Test
    void rateByKind_exposureAndEventsUnderTheKindGiven() {
        Indicator placedDays = indicator(
                defined("LOCAL_DECISIONS_PER_PLACED_YEAR", IndicatorKind.RATE, List.of(Dimension.INTERVENTION_KIND)),
                false,
                (facts, out) -> {
                    for (Intervention iv : facts.childCase().interventions()) {
                        LocalDate end = iv.end()
                                .map(e -> e.plusDays(1))
                                .orElse(facts.asOfDate().plusDays(1));
                        out.exposure(iv.start(), end, iv.kind());
                        for (Decision d : facts.childCase().decisions()) {
                            if (facts.counts(d.decided()) && !d.decided().isBefore(iv.start())) {
                                out.event(d.decided(), iv.kind());
                            }
                        }
                    }
                });
        // Foster care from 1 March to 30 April 2025 (61 days), a residential placement from 1 October to asOf, 20
        // November (51 days); one decision on 1 April, during the foster care only.
        ChildCase c = aCase("R-1")
                .addDecision(Decision.of(id("d1"), DecisionKind.PLACEMENT_WITH_CONSENT, BL_46, date("2025-04-01")))
                .addIntervention(Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date("2025-03-01"))
                        .withEnd(date("2025-04-30")))
                .addIntervention(
                        Intervention.of(id("i2"), InterventionKind.RESIDENTIAL_INSTITUTION, BL_46, date("2025-10-01")))
                .build();

        MetricsReport report = report(placedDays, ReportProfile.ADMINISTRATIVE, c);

        IndicatorValue v = overall(report, "LOCAL_DECISIONS_PER_PLACED_YEAR");
        assertThat(v.exposureDays()).contains(112L);
        assertThat(v.count()).contains(1L);
        Breakdown kinds = report.getIndicator("LOCAL_DECISIONS_PER_PLACED_YEAR")
                .findBreakdown(Dimension.INTERVENTION_KIND)
                .orElseThrow();
        IndicatorValue foster = kinds.findCell("FOSTER_CARE").orElseThrow();
        assertThat(foster.exposureDays()).contains(61L);
        assertThat(foster.value().orElseThrow()).isCloseTo(365.0 / 61, within(1e-12));
        assertThat(kinds.findCell("RESIDENTIAL_INSTITUTION").orElseThrow().exposureDays())
                .contains(51L);
    }

    @Test
    void observations_meanOrKindMisused_mistakesOfTheIndicatorNamed() {
        List<String> errors = new ArrayList<>();
        BiConsumer<CaseFacts, Observations> misuse = (facts, out) -> {
            LocalDate day = facts.asOfDate();
            for (Runnable r : List.<Runnable>of(
                    () -> out.value(day, BigDecimal.ONE), () -> out.countOf(day, -1), () -> out.event(day))) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        };
        Indicator counts = indicator(defined("LOCAL_COUNTS", IndicatorKind.MEAN, List.of()), true, misuse);
        Indicator measured = indicator(defined("LOCAL_MEASURED", IndicatorKind.MEAN, List.of()), false, misuse);
        Indicator rate = indicator(
                defined("LOCAL_RATE", IndicatorKind.RATE, List.of(Dimension.INTERVENTION_KIND)),
                false,
                (facts, out) -> {
                    LocalDate day = facts.asOfDate();
                    for (Runnable r :
                            List.<Runnable>of(() -> out.exposure(day.minusDays(1), day), () -> out.event(day))) {
                        try {
                            r.run();
                        } catch (RuntimeException e) {
                            errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                });

        report(counts, ReportProfile.ADMINISTRATIVE, aCase("X-1").build());
        report(measured, ReportProfile.ADMINISTRATIVE, aCase("X-2").build());
        report(rate, ReportProfile.ADMINISTRATIVE, aCase("X-3").build());

        String noKind = ": the definition has an INTERVENTION_KIND breakdown; give the kind of each observation";
        assertThat(errors)
                .containsExactly(
                        "IllegalStateException: LOCAL_COUNTS: a mean of counts observes each unit with countOf",
                        "IllegalArgumentException: LOCAL_COUNTS.count: expected 0 or more, got a negative number",
                        "IllegalStateException: LOCAL_COUNTS: a MEAN indicator cannot observe as a RATE",
                        "IllegalStateException: LOCAL_MEASURED: a mean of measured values observes each unit with"
                                + " value; a mean of counts says so with meanOfCounts()",
                        "IllegalStateException: LOCAL_MEASURED: a MEAN indicator cannot observe as a RATE",
                        "IllegalStateException: LOCAL_RATE" + noKind,
                        "IllegalStateException: LOCAL_RATE" + noKind);
    }
}
