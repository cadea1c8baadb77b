package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.BL_114;
import static dk.fremdrift.metrics.Fixtures.BL_32;
import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.assignment;
import static dk.fremdrift.metrics.Fixtures.cell;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.overall;
import static dk.fremdrift.metrics.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.fremdrift.model.AppealOutcome;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The handover and appeal indicators on hand-built cases seen at noon on Thursday 20 November 2025 for the year 2025:
 * the decision on support after 18 (barnets lov § 111) and Ankestyrelsen's omgørelsesprocent (retssikkerhedsloven
 * § 79 b).
 */
class HandoverAndAppealsTest {

    @Nested
    class DecisionBeforeAdulthood {

        /** A young person in foster care since 2024, with the decision on support after 18 on a date or none. */
        private ChildCase placed(String id, String born, String decided) {
            ChildCase.Builder b = aCase(id, date(born), date("2024-01-02"))
                    .addIntervention(
                            Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date("2024-01-02")));
            if (decided != null) {
                b.addDecision(Decision.of(id("a1"), DecisionKind.YOUTH_SUPPORT, BL_114, date(decided)));
            }
            return b.build();
        }

        @Test
        void report_youngPeopleTurning18InThePeriod_decisionSixMonthsBefore() {
            MetricsReport report = report(
                    placed("H-1", "2007-08-10", "2025-01-15"), // due 10 February 2025: met
                    placed("H-2", "2007-05-01", "2025-03-01"), // due 1 November 2024: late
                    placed("H-3", "2007-04-01", null), // due 1 October 2024: none made
                    placed("H-4", "2008-03-01", null)); // 18 in 2026: not this year's

            IndicatorValue v = overall(report, Indicators.DECISION_BEFORE_ADULTHOOD_ON_TIME);

            assertThat(v.denominator()).contains(3L);
            assertThat(v.count()).contains(1L);
            assertThat(v.value().orElseThrow()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(v.cases()).contains(3L);
        }

        @Test
        void report_noSupportAtTheDueDate_noDuty() {
            ChildCase ended = aCase("H-5", date("2007-08-10"), date("2024-01-02"))
                    .addIntervention(Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date("2024-01-02"))
                            .withEnd(date("2024-12-31")))
                    .build();

            assertThat(overall(report(ended), Indicators.DECISION_BEFORE_ADULTHOOD_ON_TIME)
                            .denominator())
                    .contains(0L);
        }
    }

    @Nested
    class Appeals {

        /** A complaint received 1 February 2025 about decision d1, reassessed and forwarded to Ankestyrelsen. */
        private Complaint forwarded(String id) {
            return Complaint.of(id(id), date("2025-02-01"), id("d1"))
                    .withReassessed(date("2025-02-20"))
                    .withForwarded(date("2025-02-25"));
        }

        private Complaint decided(String id, String date, AppealOutcome outcome) {
            return forwarded(id).withAppealDecided(date(date), outcome);
        }

        private ChildCase withComplaints(String id, Complaint... complaints) {
            ChildCase.Builder b = aCase(id)
                    .addAssignment(assignment("a1", "sb-1", "team-nord", "2025-01-02"))
                    .addDecision(Decision.of(id("d1"), DecisionKind.SUPPORT, BL_32, date("2025-01-20")));
            for (Complaint c : complaints) {
                b.addComplaint(c);
            }
            return b.build();
        }

        @Test
        void report_reversedOverDecidedOnTheMerits_dismissedLeftOut() {
            MetricsReport report = report(
                    withComplaints(
                            "K-1",
                            decided("k1", "2025-04-10", AppealOutcome.UPHELD),
                            decided("k2", "2025-05-10", AppealOutcome.REMITTED),
                            decided("k3", "2025-06-10", AppealOutcome.DISMISSED)),
                    withComplaints(
                            "K-2",
                            decided("k1", "2025-07-01", AppealOutcome.CHANGED),
                            decided("k2", "2025-07-02", AppealOutcome.ANNULLED),
                            decided("k3", "2025-11-21", AppealOutcome.CHANGED), // after asOf's date
                            forwarded("k4")), // still with Ankestyrelsen
                    withComplaints(
                            "K-3", // last year's decision
                            Complaint.of(id("k1"), date("2024-10-01"), id("d1"))
                                    .withForwarded(date("2024-10-20"))
                                    .withAppealDecided(date("2024-12-31"), AppealOutcome.CHANGED)));

            IndicatorValue v = overall(report, Indicators.APPEALS_REVERSED);

            assertThat(v.denominator()).contains(4L); // upheld, remitted, changed, annulled
            assertThat(v.count()).contains(3L);
            assertThat(v.excluded()).contains(1L);
            assertThat(v.cases()).contains(2L);
            assertThat(v.value().orElseThrow()).isCloseTo(0.75, within(1e-12));
            IndicatorValue july =
                    report.getIndicator(Indicators.APPEALS_REVERSED).monthly().get(6);
            assertThat(july.key()).isEqualTo("2025-07");
            assertThat(july.denominator()).contains(2L);
            assertThat(cell(report, Indicators.APPEALS_REVERSED, Dimension.TEAM, "team-nord")
                            .denominator())
                    .contains(4L);
        }

        @Test
        void report_noDecisionsYet_noUnits() {
            IndicatorValue v = overall(report(withComplaints("K-4", forwarded("k1"))), Indicators.APPEALS_REVERSED);

            assertThat(v.denominator()).contains(0L);
            assertThat(v.value()).isEmpty();
        }

        @Test
        void outcome_reversalsAndMerits_asAnkestyrelsenCounts() {
            for (AppealOutcome o : AppealOutcome.values()) {
                assertThat(o.onTheMerits()).as(o.name()).isEqualTo(o != AppealOutcome.DISMISSED);
                assertThat(o.isReversal())
                        .as(o.name())
                        .isEqualTo(o == AppealOutcome.REMITTED
                                || o == AppealOutcome.CHANGED
                                || o == AppealOutcome.ANNULLED);
            }
        }
    }
}
