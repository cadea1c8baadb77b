package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.BL_32;
import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.CaseClosing;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ClosingReason;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The flow through the handletrin on hand-built cases: each step's categories and the edges of the days between. */
class FlowStepsTest {

    private static final MetricsReport REPORT = report();

    private static MetricsReport report() {
        // Open: assessed after asOf (not assessed at asOf), screened 3 days after receipt; a decision granting a
        // foster care placement that starts 10 days later, another granting support that started before it (acute),
        // and a refusal.
        ChildCase open = aCase("F-1")
                .addNotification(Notification.of(id("n1"), local("2025-03-03T10:00"), NotifierKind.PROFESSIONAL)
                        .withAssessment(Assessment.of(local("2025-03-03T12:00"), AssessmentOutcome.ENDANGERED)))
                .addNotification(Notification.of(id("n2"), local("2025-11-20T22:00"), NotifierKind.PROFESSIONAL)
                        .withAssessment(Assessment.of(local("2025-11-21T08:00"), AssessmentOutcome.NOT_ENDANGERED)))
                .addNotification(Notification.of(id("n3"), local("2025-10-01T09:00"), NotifierKind.PROFESSIONAL))
                .addScreening(Screening.of(id("s1"), date("2025-03-06"), ScreeningOutcome.INVESTIGATION, id("n1")))
                .addIntervention(Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date("2025-06-11")))
                .addIntervention(Intervention.of(id("i2"), InterventionKind.FAMILY_THERAPY, BL_32, date("2025-05-01")))
                .addDecision(Decision.of(id("d1"), DecisionKind.PLACEMENT_WITH_CONSENT, BL_46, date("2025-06-01"))
                        .withGrantedInterventions(id("i1")))
                .addDecision(Decision.of(id("d2"), DecisionKind.SUPPORT, BL_32, date("2025-05-10"))
                        .withGrantedInterventions(id("i2")))
                .addDecision(Decision.of(id("d3"), DecisionKind.SUPPORT, BL_32, date("2025-07-01"))
                        .withOutcome(DecisionOutcome.REFUSED))
                .build();
        // Closed without a screening of its notification; a residential placement started in the period.
        ChildCase closed = aCase("F-2")
                .addNotification(Notification.of(id("n1"), local("2025-02-03T10:00"), NotifierKind.PROFESSIONAL)
                        .withAssessment(
                                Assessment.of(local("2025-02-03T11:00"), AssessmentOutcome.ACUTE_ACTION_NEEDED)))
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.RESIDENTIAL_INSTITUTION, BL_46, date("2025-02-04"))
                                .withEnd(date("2025-08-01")))
                .closing(CaseClosing.of(date("2025-08-01"), ClosingReason.SUPPORT_ENDED))
                .build();
        MetricsAggregator a = MetricsAggregator.of(CONFIG);
        List.of(open, closed).forEach(c -> a.add(c, ENGINE));
        return a.report(ReportProfile.ADMINISTRATIVE);
    }

    private static Map<String, Long> categories(String id) {
        Map<String, Long> counts = new TreeMap<>();
        REPORT.getIndicator(id)
                .overall()
                .categories()
                .forEach(c -> c.count().filter(n -> n > 0).ifPresent(n -> counts.put(c.key(), n)));
        return counts;
    }

    @Test
    void steps_countEachEventInItsStateAtAsOf() {
        assertThat(categories(Indicators.STEP_ASSESSMENTS))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("ENDANGERED", 1L, "ACUTE_ACTION_NEEDED", 1L, "NOT_ASSESSED", 2L));
        assertThat(categories(Indicators.STEP_DECISIONS))
                .containsExactlyInAnyOrderEntriesOf(Map.of("PLACEMENT_WITH_CONSENT", 1L, "SUPPORT", 1L, "REFUSED", 1L));
        assertThat(categories(Indicators.STEP_STARTED_BY_LADDER))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("FAMILY_CARE", 1L, "PREVENTIVE_SUPPORT", 1L, "RESIDENTIAL_CARE", 1L));
        assertThat(categories(Indicators.STEP_CLOSINGS))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SUPPORT_ENDED", 1L));
        // Screening is a step of barnets lov: none before 2024 are counted, and these are in 2025.
        assertThat(categories(Indicators.STEP_SCREENINGS))
                .containsExactlyInAnyOrderEntriesOf(Map.of("INVESTIGATION", 1L));
    }

    @Test
    void daysBetweenSteps_censoredInAnOpenCase_leftOutInAClosedOneOrWhenTheNextCameFirst() {
        IndicatorValue screening =
                REPORT.getIndicator(Indicators.NOTIFICATION_TO_SCREENING_DAYS).overall();
        // n1 screened after 3 days; n2 and n3 of the open case not screened: censored; the closed case's: left out.
        assertThat(screening.median()).contains(3);
        assertThat(screening.censored()).contains(2L);
        assertThat(screening.excluded()).contains(1L);

        IndicatorValue start =
                REPORT.getIndicator(Indicators.DECISION_TO_START_DAYS).overall();
        // d1 → i1 after 10 days; d2's i2 started before the decision: left out; the refusal grants nothing.
        assertThat(start.median()).contains(10);
        assertThat(start.p90()).contains(10);
        assertThat(start.excluded()).contains(1L);
        assertThat(start.censored().orElse(0L)).isZero();
    }
}
