package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.AS_OF;
import static dk.fremdrift.metrics.Fixtures.BL_114;
import static dk.fremdrift.metrics.Fixtures.BL_32;
import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.assignment;
import static dk.fremdrift.metrics.Fixtures.cell;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.local;
import static dk.fremdrift.metrics.Fixtures.noon;
import static dk.fremdrift.metrics.Fixtures.notification;
import static dk.fremdrift.metrics.Fixtures.overall;
import static dk.fremdrift.metrics.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.CaseClosing;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.ClosingReason;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.ManagementReview;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The indicators computed from the case's parts, on hand-built cases seen at noon on Thursday 20 November 2025
 * for the year 2025, with the expected numbers worked out in each test.
 */
class CaseIndicatorsTest {

    private static final CaseClosing CLOSED_1_OCTOBER = CaseClosing.of(date("2025-10-01"), ClosingReason.MOVED);

    @Nested
    class ChildConversations {

        @Test
        void report_conversationBeforeDecision_heldLinkedOmittedAndAdultsApart() {
            ChildCase c = aCase("K-1")
                    // d1 10 March: held 1 February, within 3 months before: met.
                    .addDecision(Decision.of(id("d1"), DecisionKind.SUPPORT, BL_32, date("2025-03-10")))
                    // d2 10 June: 1 February is more than 3 months before: not met.
                    .addDecision(Decision.of(id("d2"), DecisionKind.SUPPORT, BL_32, date("2025-06-10")))
                    // d3 1 August: a conversation on 5 August linked to it: met.
                    .addDecision(Decision.of(id("d3"), DecisionKind.SUPPORT, BL_32, date("2025-08-01")))
                    // d4 10 November: omitted with a reason on 1 November: excluded.
                    .addDecision(Decision.of(id("d4"), DecisionKind.SUPPORT, BL_32, date("2025-11-10")))
                    // d5 25 November: after asOf, not counted.
                    .addDecision(Decision.of(id("d5"), DecisionKind.SUPPORT, BL_32, date("2025-11-25")))
                    .addChildConversation(ChildConversation.held(id("k1"), date("2025-02-01")))
                    .addChildConversation(
                            ChildConversation.held(id("k2"), date("2025-08-05")).withDecision(id("d3")))
                    .addChildConversation(ChildConversation.omitted(id("k3"), date("2025-11-01"), "Barnet er syg"))
                    .build();
            ChildCase adult = aCase("K-2", date("2006-01-01"), date("2025-01-02"))
                    .addDecision(Decision.of(id("d1"), DecisionKind.YOUTH_SUPPORT, BL_114, date("2025-04-01")))
                    .build();

            IndicatorValue v = overall(report(c, adult), Indicators.CHILD_CONVERSATION_BEFORE_DECISION);

            assertThat(v.count()).contains(2L);
            assertThat(v.denominator()).contains(3L);
            assertThat(v.excluded()).contains(2L);
            assertThat(v.censored()).contains(0L);
        }

        @Test
        void report_conversationExactlyThreeMonthsBefore_counts() {
            ChildCase c = aCase("K-3")
                    .addDecision(Decision.of(id("d1"), DecisionKind.SUPPORT, BL_32, date("2025-06-10")))
                    .addDecision(Decision.of(id("d2"), DecisionKind.SUPPORT, BL_32, date("2025-09-11")))
                    .addChildConversation(ChildConversation.held(id("k1"), date("2025-03-10")))
                    .addChildConversation(ChildConversation.held(id("k2"), date("2025-06-10")))
                    .build();

            // d1: 10 March is exactly 3 months before (and 10 June the same day): met. d2 11 September: 10 June is
            // 3 months and a day before: not met.
            IndicatorValue v = overall(report(c), Indicators.CHILD_CONVERSATION_BEFORE_DECISION);

            assertThat(v.count()).contains(1L);
            assertThat(v.denominator()).contains(2L);
        }
    }

    @Nested
    class OpenCases {

        @Test
        void report_stalled_noStepForSixtyDaysOrMore() {
            // 21 September is 60 days before 20 November: stalled; 22 September is 59: not.
            ChildCase sixty = aCase("S-1")
                    .addNotification(notification("n1", "2025-09-21T10:00"))
                    .build();
            ChildCase fiftyNine = aCase("S-2")
                    .addNotification(notification("n1", "2025-09-22T10:00"))
                    .build();
            // A management review is not a step in the child's case.
            ChildCase reviewed = aCase("S-3")
                    .addNotification(notification("n1", "2025-03-01T10:00"))
                    .addManagementReview(ManagementReview.of(id("r1"), date("2025-11-01")))
                    .build();
            // A follow-up after asOf is not seen.
            ChildCase future = aCase("S-4")
                    .addIntervention(
                            Intervention.of(id("i1"), InterventionKind.FAMILY_THERAPY, BL_32, date("2025-03-01")))
                    .addFollowUp(FollowUp.of(id("f1"), date("2025-12-01"), id("i1")))
                    .build();
            ChildCase closed = aCase("S-5").closing(CLOSED_1_OCTOBER).build();

            MetricsReport report = report(sixty, fiftyNine, reviewed, future, closed);
            IndicatorValue v = overall(report, Indicators.STALLED_CASES);

            assertThat(v.count()).contains(3L);
            assertThat(v.denominator()).contains(4L);
            MetricsReport at61 =
                    Fixtures.report(CONFIG.withStalledAfterDays(61), List.of(sixty, fiftyNine, reviewed, future));
            assertThat(overall(at61, Indicators.STALLED_CASES).count()).contains(2L);
            assertThat(at61.findDefinition(Indicators.STALLED_CASES)
                            .orElseThrow()
                            .numerator()
                            .en())
                    .contains("61 days or more");
        }

        @Test
        void report_caseload_perCaseworkerAtAsOfWithMainTeam() {
            List<ChildCase> cases = List.of(
                    caseOf("L-1", "sb-1", "T1"),
                    caseOf("L-2", "sb-1", "T1"),
                    caseOf("L-3", "sb-1", "T1"),
                    caseOf("L-4", "sb-2", "T1"),
                    caseOf("L-5", "sb-2", "T2"),
                    caseOf("L-6", "sb-2", "T2"),
                    caseOf("L-7", "sb-3", "T2"),
                    aCase("L-8").build(),
                    aCase("L-9")
                            .addAssignment(assignment("a1", "sb-3", "T2", "2025-01-02", "2025-11-20"))
                            .build(),
                    aCase("L-10")
                            .addAssignment(assignment("a1", "sb-1", "T1", "2025-01-02"))
                            .closing(CLOSED_1_OCTOBER)
                            .build());

            MetricsReport report = Fixtures.report(CONFIG.withRecommendedCaseload(2), cases);

            // sb-1: 3 cases (T1); sb-2: 1 in T1 and 2 in T2, so T2; sb-3: 1 (its assignment on L-9 ended on asOf).
            IndicatorValue mean = overall(report, Indicators.CASELOAD_MEAN);
            assertThat(mean.count()).contains(7L);
            assertThat(mean.denominator()).contains(3L);
            assertThat(mean.value().orElseThrow()).isCloseTo(7.0 / 3, within(1e-12));
            assertThat(cell(report, Indicators.CASELOAD_MEAN, Dimension.TEAM, "T1")
                            .value())
                    .contains(3.0);
            assertThat(cell(report, Indicators.CASELOAD_MEAN, Dimension.TEAM, "T2")
                            .value())
                    .contains(2.0);
            assertThat(cell(report, Indicators.CASELOAD_MEAN, Dimension.TEAM, "T2")
                            .cases())
                    .contains(4L);
            assertThat(cell(report, Indicators.CASELOAD_MEAN, Dimension.CASEWORKER, "sb-2")
                            .count())
                    .contains(3L);
            IndicatorValue above = overall(report, Indicators.CASELOAD_ABOVE_RECOMMENDED);
            assertThat(above.count()).contains(2L);
            assertThat(above.denominator()).contains(3L);
            assertThat(overall(report, Indicators.CASELOAD_DISTRIBUTION)
                            .findCategory("1-9")
                            .orElseThrow()
                            .count())
                    .contains(3L);
            IndicatorValue unassigned = overall(report, Indicators.OPEN_CASES_UNASSIGNED);
            assertThat(unassigned.count()).contains(2L);
            assertThat(unassigned.denominator()).contains(9L);
        }

        private ChildCase caseOf(String id, String caseworker, String team) {
            return aCase(id)
                    .addAssignment(assignment("a1", caseworker, team, "2025-01-02"))
                    .build();
        }

        @Test
        void report_managementReviews_last12MonthsAndSinceSeriousNotification() {
            Notification endangered = Notification.of(id("n1"), local("2025-08-01T10:00"), NotifierKind.PROFESSIONAL)
                    .withAssessment(Assessment.of(local("2025-08-01T12:00"), AssessmentOutcome.ENDANGERED));
            Notification acute = Notification.of(id("n1"), local("2025-05-01T10:00"), NotifierKind.PROFESSIONAL)
                    .withAssessment(Assessment.of(local("2025-05-01T11:00"), AssessmentOutcome.ACUTE_ACTION_NEEDED));
            Notification mild = Notification.of(id("n1"), local("2025-05-01T10:00"), NotifierKind.PROFESSIONAL)
                    .withAssessment(Assessment.of(local("2025-05-01T11:00"), AssessmentOutcome.NOT_ENDANGERED));
            List<ChildCase> cases = List.of(
                    aCase("R-1")
                            .addManagementReview(ManagementReview.of(id("r1"), date("2025-01-10")))
                            .build(),
                    // exactly 12 months before asOf's date: outside
                    aCase("R-2", date("2012-05-12"), date("2024-11-01"))
                            .addManagementReview(ManagementReview.of(id("r1"), date("2024-11-20")))
                            .build(),
                    aCase("R-3").addNotification(endangered).build(),
                    aCase("R-4")
                            .addNotification(acute)
                            .addManagementReview(ManagementReview.of(id("r1"), date("2025-06-01")))
                            .build(),
                    aCase("R-5").addNotification(mild).build(),
                    aCase("R-6")
                            .addNotification(acute)
                            .addManagementReview(ManagementReview.of(id("r1"), date("2025-04-01")))
                            .build());

            MetricsReport report = Fixtures.report(CONFIG, cases);

            IndicatorValue coverage = overall(report, Indicators.MANAGEMENT_REVIEW_COVERAGE);
            assertThat(coverage.count()).contains(3L);
            assertThat(coverage.denominator()).contains(6L);
            // R-3 not reviewed, R-4 reviewed after, R-6 reviewed only before the serious notification.
            IndicatorValue serious = overall(report, Indicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE);
            assertThat(serious.count()).contains(1L);
            assertThat(serious.denominator()).contains(3L);
        }

        @Test
        void report_goals_statusAndCappedMeanProgressOfOpenCases() {
            Goal improving = Goal.of(id("g1"), GoalArea.SCHOOL, "Går i skole hver dag")
                    .withIndicator(GoalIndicator.of("Fremmøde (%)", 0, 100, 60, 90), date("2025-12-31"))
                    .withMeasurements(GoalMeasurement.of(date("2025-05-01"), 75));
            Goal achieved = Goal.of(id("g2"), GoalArea.LEISURE_AND_FRIENDSHIPS, "Fritidsaktiviteter")
                    .withIndicator(GoalIndicator.of("Aktiviteter pr. uge", 0, 10, 2, 5), date("2025-12-31"))
                    .withMeasurements(GoalMeasurement.of(date("2025-06-01"), 6));
            Goal notMeasurable = Goal.of(id("g3"), GoalArea.FAMILY, "Bedre forhold til mor");
            Goal worsening = Goal.of(id("g4"), GoalArea.HEALTH, "Færre fravær")
                    .withIndicator(GoalIndicator.of("Fraværsdage", 0, 20, 10, 0), date("2025-12-31"))
                    .withMeasurements(GoalMeasurement.of(date("2025-04-01"), 12));
            ChildCase open = aCase("G-1")
                    .addPlan(Plan.of(
                            id("p1"),
                            PlanKind.CHILD_PLAN,
                            date("2025-03-01"),
                            improving,
                            achieved,
                            notMeasurable,
                            worsening))
                    .build();
            ChildCase closed = aCase("G-2")
                    .addPlan(Plan.of(id("p1"), PlanKind.CHILD_PLAN, date("2025-03-01"), notMeasurable))
                    .closing(CLOSED_1_OCTOBER)
                    .build();

            MetricsReport report = report(open, closed);

            IndicatorValue status = overall(report, Indicators.GOAL_STATUS);
            assertThat(status.count()).contains(4L);
            assertThat(status.categories())
                    .filteredOn(c -> c.count().orElseThrow() > 0)
                    .extracting(CategoryCount::key)
                    .containsExactly("NOT_MEASURABLE", "ACHIEVED", "IMPROVING", "WORSENING");
            // progress 0.5, 4/3 capped at 1, and (12 - 10) / (0 - 10) = -0.2: mean 1.3 / 3.
            IndicatorValue progress = overall(report, Indicators.GOAL_PROGRESS);
            assertThat(progress.denominator()).contains(3L);
            assertThat(progress.count()).isEmpty();
            assertThat(progress.value().orElseThrow()).isCloseTo(1.3 / 3, within(1e-12));
        }

        @Test
        void report_interventionMix_activeAtAsOfAndStartedInPeriod() {
            ChildCase c = aCase("I-1", date("2012-05-12"), date("2024-09-01"))
                    .addIntervention(Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date("2024-10-01")))
                    .addIntervention(
                            Intervention.of(id("i2"), InterventionKind.FAMILY_THERAPY, BL_32, date("2025-02-01"))
                                    .withEnd(date("2025-05-01")))
                    .addIntervention(
                            Intervention.of(id("i3"), InterventionKind.CONTACT_PERSON, BL_32, date("2025-06-01")))
                    .addIntervention(
                            Intervention.of(id("i4"), InterventionKind.RESPITE_CARE, BL_32, date("2025-12-01")))
                    .build();

            MetricsReport report = report(c);

            IndicatorValue active = overall(report, Indicators.INTERVENTION_MIX_ACTIVE);
            assertThat(active.categories())
                    .extracting(CategoryCount::key, CategoryCount::count, CategoryCount::share)
                    .containsExactly(
                            tuple(Indicators.PREVENTIVE_SUPPORT, Optional.of(1L), Optional.of(0.5)),
                            tuple(Indicators.PLACEMENT, Optional.of(1L), Optional.of(0.5)));
            assertThat(cell(report, Indicators.INTERVENTION_MIX_ACTIVE, Dimension.INTERVENTION_KIND, "FOSTER_CARE")
                            .findCategory(Indicators.PLACEMENT)
                            .orElseThrow()
                            .count())
                    .contains(1L);
            IndicatorValue started = overall(report, Indicators.INTERVENTION_MIX_STARTED);
            assertThat(started.count()).contains(2L);
            assertThat(started.findCategory(Indicators.PREVENTIVE_SUPPORT)
                            .orElseThrow()
                            .count())
                    .contains(2L);
        }
    }

    @Test
    void report_caseworkerChanges_perOpenCaseYear() {
        // Case 1, open all period: sb-1, then sb-2 from 1 April (a change), then sb-2 in another team from 1 July
        // (not a change): 1 change in 324 days.
        ChildCase one = aCase("W-1", date("2012-05-12"), date("2025-01-01"))
                .addAssignment(assignment("a1", "sb-1", "T1", "2025-01-01", "2025-04-01"))
                .addAssignment(assignment("a2", "sb-2", "T1", "2025-04-01", "2025-07-01"))
                .addAssignment(assignment("a3", "sb-2", "T2", "2025-07-01"))
                .build();
        // Case 2, closed 1 March: sb-3, then sb-4 from 1 February: 1 change in 59 days (1 January to 28 February).
        ChildCase two = aCase("W-2", date("2012-05-12"), date("2024-06-01"))
                .addAssignment(assignment("a1", "sb-3", "T3", "2024-06-01", "2025-02-01"))
                .addAssignment(assignment("a2", "sb-4", "T3", "2025-02-01"))
                .closing(CaseClosing.of(date("2025-03-01"), ClosingReason.MOVED))
                .build();
        // Case 3: sb-5, a gap in February, sb-5 again: no change in 324 days.
        ChildCase three = aCase("W-3", date("2012-05-12"), date("2025-01-01"))
                .addAssignment(assignment("a1", "sb-5", "T1", "2025-01-01", "2025-02-01"))
                .addAssignment(assignment("a2", "sb-5", "T1", "2025-03-01"))
                .build();

        MetricsReport report = report(one, two, three);
        IndicatorValue v = overall(report, Indicators.CASEWORKER_CHANGES_PER_CASE_YEAR);

        assertThat(v.count()).contains(2L);
        assertThat(v.exposureDays()).contains(324L + 59 + 324);
        assertThat(v.value().orElseThrow()).isCloseTo(2 * 365.0 / 707, within(1e-12));
        // Case 1 in T2 from 1 July to 20 November: 31 + 31 + 30 + 31 + 20 = 143 days, no change there.
        IndicatorValue t2 = cell(report, Indicators.CASEWORKER_CHANGES_PER_CASE_YEAR, Dimension.TEAM, "T2");
        assertThat(t2.exposureDays()).contains(143L);
        assertThat(t2.count()).contains(0L);
        // Case 3 had no caseworker in February: 28 days unassigned.
        assertThat(cell(report, Indicators.CASEWORKER_CHANGES_PER_CASE_YEAR, Dimension.CASEWORKER, Dimension.UNASSIGNED)
                        .exposureDays())
                .contains(28L);
        assertThat(cell(report, Indicators.CASEWORKER_CHANGES_PER_CASE_YEAR, Dimension.CASEWORKER, "sb-2")
                        .count())
                .contains(1L);
    }

    @Test
    void report_asOfBeforeEndOfPeriod_monthlySeriesStopsAtAsOf() {
        MetricsReport report = report(aCase("M-1").build());

        assertThat(report.getIndicator(Indicators.NOTIFICATIONS_RECEIVED).monthly())
                .hasSize(11)
                .last()
                .extracting(IndicatorValue::key)
                .isEqualTo("2025-11");
        assertThat(report.asOf()).isEqualTo(AS_OF);
        assertThat(noon(date("2025-11-20"))).isEqualTo(AS_OF);
    }
}
