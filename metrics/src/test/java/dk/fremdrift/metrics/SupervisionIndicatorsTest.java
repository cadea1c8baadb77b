package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.AS_OF;
import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.cell;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.overall;
import static dk.fremdrift.metrics.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.SupervisionVisit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The supervision indicators on hand-built cases seen at noon on Thursday 20 November 2025 for the year 2025: the
 * visits' deadlines, judged by the deadline engine, and the visits per year of placement.
 */
class SupervisionIndicatorsTest {

    @Nested
    class Supervision {

        // Foster care from 1 January 2025, still running: visits 1 May (due 1 July: met) and 15 November (due 1
        // November: late); the next, due 15 May 2026, is open.
        private final ChildCase fosterCare = aCase("E-1")
                .addIntervention(Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date("2025-01-01")))
                .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v1"), date("2025-05-01")))
                .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v2"), date("2025-11-15")))
                .build();

        // An institution for June only (30 days): a visit on 15 June counts, one on 5 July (after the end) does not.
        private final ChildCase june = aCase("E-2")
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.RESIDENTIAL_INSTITUTION, BL_46, date("2025-06-01"))
                                .withEnd(date("2025-06-30")))
                .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v1"), date("2025-06-15")))
                .addSupervisionVisit(SupervisionVisit.ofNoConversation(id("v2"), date("2025-07-05")))
                .build();

        @Test
        void report_supervisionOnTime_everyOccurrenceJudged() {
            IndicatorValue v = overall(report(fosterCare), Indicators.SUPERVISION_ON_TIME);

            assertThat(v.count()).contains(1L);
            assertThat(v.denominator()).contains(2L);
            assertThat(v.censored()).contains(1L);
        }

        @Test
        void report_visitsPerPlacedChildYear_visitsOverPlacementDays() {
            MetricsReport report = report(fosterCare, june);
            IndicatorValue v = overall(report, Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR);

            // 1 January to 20 November 2025: 304 + 20 = 324 days; June: 30 days. Visits: 2 + 1.
            assertThat(v.count()).contains(3L);
            assertThat(v.exposureDays()).contains(354L);
            assertThat(v.value().orElseThrow()).isCloseTo(3 * 365.0 / 354, within(1e-12));
            IndicatorValue foster = cell(
                    report,
                    Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR,
                    Dimension.INTERVENTION_KIND,
                    "FOSTER_CARE");
            assertThat(foster.count()).contains(2L);
            assertThat(foster.exposureDays()).contains(324L);
            IndicatorValue inJune = report.getIndicator(Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR)
                    .monthly()
                    .get(5);
            assertThat(inJune.key()).isEqualTo("2025-06");
            assertThat(inJune.exposureDays()).contains(60L);
            assertThat(inJune.count()).contains(1L);
            assertThat(v.cases()).contains(2L);
        }

        @Test
        void report_visitWithoutConversationDuringPlacement_notCountedAsTheEngineDoesNot() {
            // A third visit on 1 August, during the placement, without the conversation with the child: it does not
            // meet the duty (barnets lov § 156, stk. 5), so the rate counts it no more than the engine does.
            ChildCase silent = aCase("E-3")
                    .addIntervention(Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date("2025-01-01")))
                    .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v1"), date("2025-05-01")))
                    .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v2"), date("2025-11-15")))
                    .addSupervisionVisit(SupervisionVisit.ofNoConversation(id("v3"), date("2025-08-01")))
                    .build();

            IndicatorValue v = overall(report(silent), Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR);

            assertThat(v.count()).contains(2L);
            assertThat(v.exposureDays()).contains(324L);
            assertThat(ENGINE.evaluate(silent, AS_OF).stream()
                            .filter(e -> e.duty().equals(Duty.SUPERVISION)
                                    && e.status().isCompleted())
                            .map(e -> e.completedOn().orElseThrow()))
                    .doesNotContain(date("2025-08-01"));
        }
    }
}
