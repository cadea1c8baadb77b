package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.AS_OF;
import static dk.fremdrift.metrics.Fixtures.BL_32;
import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.assignment;
import static dk.fremdrift.metrics.Fixtures.cell;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.local;
import static dk.fremdrift.metrics.Fixtures.overall;
import static dk.fremdrift.metrics.Fixtures.report;
import static dk.fremdrift.metrics.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.CaseClosing;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ClosingReason;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The deadline indicators on hand-built cases, seen at noon on Thursday 20 November 2025 for the year 2025. The
 * expected numbers are worked out in each test; the statuses come from the deadline engine and are checked too, so
 * a test shows that the indicator counts what the engine judged, not a recomputation.
 */
class TimelinessIndicatorsTest {

    @Nested
    class Assessment24h {

        // Met: assessed after 5 hours. Met late: one minute past 24 hours. Overdue: received two days before asOf
        // and not assessed. Open: received the evening before asOf, 24 hours not yet run. Outside the period:
        // December 2024.
        private final ChildCase c = aCase("A-1")
                .addAssignment(assignment("a1", "sb-1", "team-nord", "2025-01-02"))
                .addNotification(Notification.of(id("n1"), local("2025-03-03T10:00"), NotifierKind.PROFESSIONAL)
                        .withAssessment(Assessment.of(local("2025-03-03T15:00"), AssessmentOutcome.ENDANGERED)))
                .addNotification(Notification.of(id("n2"), local("2025-03-10T10:00"), NotifierKind.CITIZEN)
                        .withAssessment(Assessment.of(local("2025-03-11T10:01"), AssessmentOutcome.NOT_ENDANGERED)))
                .addNotification(Notification.of(id("n3"), local("2025-11-18T09:00"), NotifierKind.CITIZEN))
                .addNotification(Notification.of(id("n4"), local("2025-11-19T20:00"), NotifierKind.CITIZEN))
                .addNotification(Notification.of(id("n0"), local("2024-12-30T10:00"), NotifierKind.CITIZEN)
                        .withAssessment(Assessment.of(local("2025-01-05T10:00"), AssessmentOutcome.ENDANGERED)))
                .build();

        // Excluded: the case was closed on the day of receipt, before the 24 hours ran out.
        private final ChildCase closed = aCase("A-2", date("2015-06-01"), date("2025-05-01"))
                .addNotification(Notification.of(id("n1"), local("2025-05-05T10:00"), NotifierKind.CITIZEN))
                .closing(CaseClosing.of(date("2025-05-05"), ClosingReason.NO_FURTHER_ACTION))
                .build();

        @Test
        void report_statusesOfTheEngine_countedAsMetJudgedCensoredExcluded() {
            assertThat(status(c, Duty.NOTIFICATION_ASSESSMENT, "n1", 1)).isEqualTo(DeadlineStatus.MET);
            assertThat(status(c, Duty.NOTIFICATION_ASSESSMENT, "n2", 1)).isEqualTo(DeadlineStatus.MET_LATE);
            assertThat(status(c, Duty.NOTIFICATION_ASSESSMENT, "n3", 1)).isEqualTo(DeadlineStatus.OVERDUE);
            assertThat(status(c, Duty.NOTIFICATION_ASSESSMENT, "n4", 1).isPending())
                    .isTrue();
            assertThat(status(closed, Duty.NOTIFICATION_ASSESSMENT, "n1", 1)).isEqualTo(DeadlineStatus.NOT_APPLICABLE);

            IndicatorValue v = overall(report(c, closed), Indicators.ASSESSMENT_24H_ON_TIME);

            // n1 met; n2 late and n3 overdue are judged; n4 is censored; the closed case's is excluded; n0 is 2024.
            assertThat(v.count()).contains(1L);
            assertThat(v.denominator()).contains(3L);
            assertThat(v.censored()).contains(1L);
            assertThat(v.excluded()).contains(1L);
            assertThat(v.value()).contains(1.0 / 3);
            assertThat(v.ci95Lower().orElseThrow()).isCloseTo(Stats.wilson(1, 3)[0], within(1e-12));
            assertThat(v.ci95Upper().orElseThrow()).isCloseTo(Stats.wilson(1, 3)[1], within(1e-12));
            assertThat(v.cases()).contains(2L);
        }

        @Test
        void report_monthlySeries_byMonthOfReceipt() {
            IndicatorResult r = report(c, closed).getIndicator(Indicators.ASSESSMENT_24H_ON_TIME);

            assertThat(r.monthly())
                    .extracting(IndicatorValue::key)
                    .containsExactly(
                            "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08",
                            "2025-09", "2025-10", "2025-11");
            IndicatorValue march = r.monthly().get(2);
            assertThat(march.count()).contains(1L);
            assertThat(march.denominator()).contains(2L);
            IndicatorValue november = r.monthly().get(10);
            assertThat(november.count()).contains(0L);
            assertThat(november.denominator()).contains(1L);
            assertThat(november.censored()).contains(1L);
            assertThat(r.monthly().get(0).denominator()).contains(0L);
            assertThat(r.monthly().get(0).value()).isEmpty();
        }

        @Test
        void report_breakdowns_byTeamCaseworkerAndAgeAtReceipt() {
            MetricsReport report = report(c, closed);

            assertThat(cell(report, Indicators.ASSESSMENT_24H_ON_TIME, Dimension.TEAM, "team-nord")
                            .denominator())
                    .contains(3L);
            assertThat(cell(report, Indicators.ASSESSMENT_24H_ON_TIME, Dimension.CASEWORKER, "sb-1")
                            .count())
                    .contains(1L);
            // The closed case had no caseworker: its excluded notification is unassigned.
            assertThat(cell(report, Indicators.ASSESSMENT_24H_ON_TIME, Dimension.TEAM, Dimension.UNASSIGNED)
                            .excluded())
                    .contains(1L);
            // Born 12 May 2012: 12 in March 2025, 13 in November; the other child was 9.
            assertThat(cell(report, Indicators.ASSESSMENT_24H_ON_TIME, Dimension.AGE_BAND, "12-14")
                            .denominator())
                    .contains(3L);
            assertThat(cell(report, Indicators.ASSESSMENT_24H_ON_TIME, Dimension.AGE_BAND, "6-11")
                            .excluded())
                    .contains(1L);
            assertThat(report.getIndicator(Indicators.ASSESSMENT_24H_ON_TIME).breakdowns())
                    .extracting(Breakdown::dimension)
                    .containsExactly(Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND);
        }
    }

    @Nested
    class Investigation4Months {

        // Awareness 30 October: three weeks before asOf, open. 19 July: due 19 November (yesterday), not done.
        // 20 July: due today, not done. 1 February: finished 20 May (108 days), due 1 June. 1 March: finished 15
        // August (167 days), due 1 July.
        private final ChildCase c = aCase("B-1")
                .addInvestigation(Investigation.of(id("u1"), date("2025-10-30"), date("2025-10-31")))
                .addInvestigation(Investigation.of(id("u2"), date("2025-07-19"), date("2025-07-21")))
                .addInvestigation(Investigation.of(id("u3"), date("2025-07-20"), date("2025-07-21")))
                .addInvestigation(Investigation.of(id("u4"), date("2025-02-01"), date("2025-02-03"))
                        .withCompleted(date("2025-05-20")))
                .addInvestigation(Investigation.of(id("u5"), date("2025-03-01"), date("2025-03-03"))
                        .withCompleted(date("2025-08-15")))
                .build();

        @Test
        void report_rightCensoringBoundaries_recentNeitherOnTimeNorLateAndDueYesterdayLate() {
            assertThat(status(c, Duty.INVESTIGATION, "u1", 1)).isEqualTo(DeadlineStatus.OPEN);
            assertThat(status(c, Duty.INVESTIGATION, "u2", 1)).isEqualTo(DeadlineStatus.OVERDUE);
            assertThat(status(c, Duty.INVESTIGATION, "u3", 1)).isEqualTo(DeadlineStatus.DUE_SOON);

            IndicatorValue v = overall(report(c), Indicators.INVESTIGATION_4M_ON_TIME);

            // u4 on time; u2 (due yesterday) and u5 late; u1 (three weeks) and u3 (due today) censored.
            assertThat(v.count()).contains(1L);
            assertThat(v.denominator()).contains(3L);
            assertThat(v.censored()).contains(2L);
            assertThat(v.excluded()).contains(0L);
        }

        @Test
        void report_dueYesterdayButOnlyRecentOnes_noJudgedValue() {
            ChildCase recent = aCase("B-2")
                    .addInvestigation(Investigation.of(id("u1"), date("2025-10-30"), date("2025-10-31")))
                    .build();

            IndicatorValue v = overall(report(recent), Indicators.INVESTIGATION_4M_ON_TIME);

            assertThat(v.denominator()).contains(0L);
            assertThat(v.censored()).contains(1L);
            assertThat(v.value()).isEmpty();
            assertThat(v.ci95Lower()).isEmpty();
        }

        @Test
        void report_days_medianAndP90OfFinishedWithUnfinishedCensored() {
            IndicatorValue v = overall(report(c), Indicators.INVESTIGATION_DAYS);

            // 108 and 167 days; nearest rank: median rank 1 -> 108, p90 rank 2 -> 167. u1, u2, u3 unfinished.
            assertThat(v.count()).contains(2L);
            assertThat(v.median()).contains(108);
            assertThat(v.p90()).contains(167);
            assertThat(v.value()).contains(108.0);
            assertThat(v.censored()).contains(3L);
        }

        @Test
        void report_openInvestigationsByAge_wholeMonthsSinceAwareness() {
            ChildCase open = aCase("B-3")
                    .addInvestigation(Investigation.of(id("u1"), date("2025-10-30"), date("2025-10-30")))
                    .addInvestigation(Investigation.of(id("u2"), date("2025-10-20"), date("2025-10-20")))
                    .addInvestigation(Investigation.of(id("u3"), date("2025-09-20"), date("2025-09-20")))
                    .addInvestigation(Investigation.of(id("u4"), date("2025-08-21"), date("2025-08-21")))
                    .addInvestigation(Investigation.of(id("u5"), date("2025-07-20"), date("2025-07-20")))
                    .addInvestigation(Investigation.of(id("u6"), date("2025-06-01"), date("2025-06-01"))
                            .withCompleted(date("2025-12-01")))
                    .addInvestigation(Investigation.of(id("u7"), date("2025-06-01"), date("2025-06-01"))
                            .withCompleted(date("2025-09-01")))
                    .addInvestigation(Investigation.of(id("u8"), date("2025-11-21"), date("2025-11-21")))
                    .build();
            ChildCase closed = aCase("B-4")
                    .addInvestigation(Investigation.of(id("u1"), date("2025-10-30"), date("2025-10-30")))
                    .closing(CaseClosing.of(date("2025-11-01"), ClosingReason.NO_FURTHER_ACTION))
                    .build();

            IndicatorValue v = overall(report(open, closed), Indicators.OPEN_INVESTIGATIONS_BY_AGE);

            // u1: 21 days -> 0-1. u2: exactly 1 month -> 1-2. u3: exactly 2 months, u4: 2 months 30 days -> 2-3.
            // u5: exactly 4 months (due today), u6: finished after asOf, 5 months -> 4+. u7 finished, u8 after asOf,
            // the closed case's: not counted.
            assertThat(v.count()).contains(6L);
            assertThat(v.categories())
                    .extracting(CategoryCount::key, CategoryCount::count)
                    .containsExactly(
                            tuple("0-1", Optional.of(1L)),
                            tuple("1-2", Optional.of(1L)),
                            tuple("2-3", Optional.of(2L)),
                            tuple("3-4", Optional.of(0L)),
                            tuple("4+", Optional.of(2L)));
            assertThat(v.findCategory("2-3").orElseThrow().share()).contains(2.0 / 6);
        }
    }

    @Nested
    class PlansAndFollowUps {

        @Test
        void report_plans_metLateAndCensoredFromPlacementDecisionsOnly() {
            // Due 10 May, plan 1 April: met. Due 2 September, plan 15 September: late. Due 1 January 2026: open.
            ChildCase onTime = aCase("C-1")
                    .addDecision(Decision.of(id("d1"), DecisionKind.PLACEMENT_WITH_CONSENT, BL_46, date("2025-02-10")))
                    .addPlan(Plan.of(id("p1"), PlanKind.CHILD_PLAN, date("2025-04-01")))
                    .build();
            ChildCase late = aCase("C-2")
                    .addDecision(Decision.of(id("d1"), DecisionKind.PLACEMENT_WITH_CONSENT, BL_46, date("2025-06-02")))
                    .addPlan(Plan.of(id("p1"), PlanKind.CHILD_PLAN, date("2025-09-15")))
                    .build();
            ChildCase open = aCase("C-3")
                    .addDecision(Decision.of(id("d1"), DecisionKind.PLACEMENT_WITH_CONSENT, BL_46, date("2025-10-01")))
                    .addDecision(Decision.of(id("d2"), DecisionKind.SUPPORT, BL_32, date("2025-03-01")))
                    .build();

            IndicatorValue v = overall(report(onTime, late, open), Indicators.PLAN_ON_TIME);

            assertThat(v.count()).contains(1L);
            assertThat(v.denominator()).contains(2L);
            assertThat(v.censored()).contains(1L);
            assertThat(v.value()).contains(0.5);
        }

        @Test
        void report_firstFollowUp_onlyFirstOccurrenceByInterventionKind() {
            // Family therapy from 15 January, followed up 10 April (due 15 April): met; its second follow-up, due 10
            // October as decided at the first (barnets lov § 95, stk. 3), is overdue but not counted. Foster care from
            // 1 March, followed up 10 June (due 1 June): late.
            // Contact person from 1 October: due 1 January 2026, open.
            ChildCase c = aCase("D-1")
                    .addIntervention(
                            Intervention.of(id("i1"), InterventionKind.FAMILY_THERAPY, BL_32, date("2025-01-15")))
                    .addIntervention(Intervention.of(id("i2"), InterventionKind.FOSTER_CARE, BL_46, date("2025-03-01")))
                    .addIntervention(
                            Intervention.of(id("i3"), InterventionKind.CONTACT_PERSON, BL_32, date("2025-10-01")))
                    .addFollowUp(
                            FollowUp.of(id("f1"), date("2025-04-10"), id("i1")).withNextFollowUpBy(date("2025-10-10")))
                    .addFollowUp(FollowUp.of(id("f2"), date("2025-06-10"), id("i2")))
                    .build();
            assertThat(status(c, Duty.FOLLOW_UP, "i1", 2)).isEqualTo(DeadlineStatus.OVERDUE);

            MetricsReport report = report(c);
            IndicatorValue v = overall(report, Indicators.FIRST_FOLLOW_UP_ON_TIME);

            assertThat(v.count()).contains(1L);
            assertThat(v.denominator()).contains(2L);
            assertThat(v.censored()).contains(1L);
            assertThat(cell(report, Indicators.FIRST_FOLLOW_UP_ON_TIME, Dimension.INTERVENTION_KIND, "FAMILY_THERAPY")
                            .value())
                    .contains(1.0);
            assertThat(cell(report, Indicators.FIRST_FOLLOW_UP_ON_TIME, Dimension.INTERVENTION_KIND, "FOSTER_CARE")
                            .value())
                    .contains(0.0);
            assertThat(cell(report, Indicators.FIRST_FOLLOW_UP_ON_TIME, Dimension.INTERVENTION_KIND, "CONTACT_PERSON")
                            .censored())
                    .contains(1L);
            assertThat(report.getIndicator(Indicators.FIRST_FOLLOW_UP_ON_TIME)
                            .findBreakdown(Dimension.INTERVENTION_KIND)
                            .orElseThrow()
                            .cells())
                    .extracting(IndicatorValue::key)
                    .containsExactly("FAMILY_THERAPY", "CONTACT_PERSON", "FOSTER_CARE");
        }
    }

    @Test
    void add_evaluationsGiven_sameAsEngineEvaluatedInside() {
        ChildCase c = aCase("F-1")
                .addInvestigation(Investigation.of(id("u1"), date("2025-02-01"), date("2025-02-03"))
                        .withCompleted(date("2025-05-20")))
                .build();
        MetricsAggregator given = MetricsAggregator.of(CONFIG).add(c, ENGINE.evaluate(c, AS_OF));
        MetricsAggregator inside = MetricsAggregator.of(CONFIG).add(c, ENGINE);

        assertThat(given.report(ReportProfile.ADMINISTRATIVE)).isEqualTo(inside.report(ReportProfile.ADMINISTRATIVE));
    }

    @Test
    void add_evaluationsChanged_indicatorFollowsTheEvaluationsNotTheCase() {
        // The indicator counts what the evaluations say: with none given, the case's investigation counts nowhere.
        ChildCase c = aCase("F-2")
                .addInvestigation(Investigation.of(id("u1"), date("2025-02-01"), date("2025-02-03"))
                        .withCompleted(date("2025-05-20")))
                .build();

        MetricsReport report = MetricsAggregator.of(CONFIG).add(c, List.of()).report(ReportProfile.ADMINISTRATIVE);

        assertThat(overall(report, Indicators.INVESTIGATION_4M_ON_TIME).denominator())
                .contains(0L);
    }
}
