package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.BL_32;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.notification;
import static dk.fremdrift.metrics.Fixtures.overall;
import static dk.fremdrift.metrics.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The indicators of the sorting of concerns on hand-built cases seen at noon on Thursday 20 November 2025 for the year
 * 2025: which notifications a screening ended with no action, which of those a new notification followed within 6 or
 * 12 months, and which notifications were about a child who already had support.
 */
class SortingIndicatorsTest {

    private static Screening screening(String id, String date, ScreeningOutcome outcome, String... notifications) {
        return Screening.of(
                id(id),
                date(date),
                outcome,
                Arrays.stream(notifications).map(Fixtures::id).toArray(PartId[]::new));
    }

    // No action on 5 February; a new notification on 1 June, investigated; support from 1 June (the same day: not
    // support the child already had).
    private final ChildCase renotifiedSoon = aCase("S-1")
            .addNotification(notification("n1", "2025-02-03T10:00"))
            .addNotification(notification("n2", "2025-06-01T09:00"))
            .addScreening(screening("s1", "2025-02-05", ScreeningOutcome.NO_ACTION, "n1"))
            .addScreening(screening("s2", "2025-06-03", ScreeningOutcome.INVESTIGATION, "n2"))
            .addIntervention(Intervention.of(id("i1"), InterventionKind.CONTACT_PERSON, BL_32, date("2025-06-01")))
            .build();

    // No action on 2 September, nothing since: 6 months have not passed by asOf.
    private final ChildCase recent = aCase("S-2")
            .addNotification(notification("n1", "2025-09-01T10:00"))
            .addScreening(screening("s1", "2025-09-02", ScreeningOutcome.NO_ACTION, "n1"))
            .build();

    // No action on 12 January; a new notification on 1 September (after 6 months, within 12), while the child has had
    // a contact person since March.
    private final ChildCase renotifiedLate = aCase("S-3")
            .addNotification(notification("n1", "2025-01-10T10:00"))
            .addNotification(notification("n2", "2025-09-01T10:00"))
            .addScreening(screening("s1", "2025-01-12", ScreeningOutcome.NO_ACTION, "n1"))
            .addScreening(screening("s2", "2025-09-03", ScreeningOutcome.EXPLORATION, "n2"))
            .addIntervention(Intervention.of(id("i1"), InterventionKind.CONTACT_PERSON, BL_32, date("2025-03-01")))
            .build();

    // No action on 2 April, screened again on 1 May with an investigation: the latest screening sorts it. A
    // notification of 18 November is screened on 24 November, after asOf: not screened yet at asOf. One of 1 October
    // is never screened.
    private final ChildCase rescreened = aCase("S-4")
            .addNotification(notification("n1", "2025-04-01T10:00"))
            .addNotification(notification("n2", "2025-11-18T10:00"))
            .addNotification(notification("n3", "2025-10-01T10:00"))
            .addScreening(screening("s1", "2025-04-02", ScreeningOutcome.NO_ACTION, "n1"))
            .addScreening(screening("s2", "2025-05-01", ScreeningOutcome.INVESTIGATION, "n1"))
            .addScreening(screening("s3", "2025-11-24", ScreeningOutcome.NO_ACTION, "n2"))
            .build();

    @Test
    void report_noAction_latestScreeningByAsOfSortsEachNotification() {
        IndicatorValue v =
                overall(report(renotifiedSoon, recent, renotifiedLate, rescreened), Indicators.NOTIFICATIONS_NO_ACTION);

        assertThat(v.denominator()).contains(6L);
        assertThat(v.count()).contains(3L);
        assertThat(v.excluded()).contains(2L); // S-4: n2 screened after asOf, n3 never screened
        assertThat(v.cases()).contains(4L);
    }

    // No action on 4 March 2024; a new notification on 20 December 2024: its 12 months end on 4 March 2025.
    private final ChildCase lastYearRenotified = aCase("S-5", date("2012-05-12"), date("2024-01-02"))
            .addNotification(notification("n1", "2024-03-01T10:00"))
            .addNotification(notification("n2", "2024-12-20T10:00"))
            .addScreening(screening("s1", "2024-03-04", ScreeningOutcome.NO_ACTION, "n1"))
            .build();

    // No action on 10 June 2024 and nothing since: its 12 months end on 10 June 2025.
    private final ChildCase lastYearQuiet = aCase("S-6", date("2012-05-12"), date("2024-01-02"))
            .addNotification(notification("n1", "2024-06-07T10:00"))
            .addScreening(screening("s1", "2024-06-10", ScreeningOutcome.NO_ACTION, "n1"))
            .build();

    @Test
    void report_renotified_countedWhenTheWholeWindowHasPassedInThePeriod() {
        MetricsReport report =
                report(renotifiedSoon, recent, renotifiedLate, rescreened, lastYearRenotified, lastYearQuiet);
        IndicatorValue six = overall(report, Indicators.RENOTIFIED_AFTER_NO_ACTION_6M);
        IndicatorValue twelve = overall(report, Indicators.RENOTIFIED_AFTER_NO_ACTION_12M);

        // 6 months: S-1 ends 5 August (heard of again 1 June), S-3 ends 12 July (heard of 1 September, too late);
        // S-2's ends in March 2026, S-5's and S-6's in 2024.
        assertThat(six.count()).contains(1L);
        assertThat(six.denominator()).contains(2L);
        assertThat(six.censored()).contains(0L);
        // 12 months: S-5 ends 4 March 2025 (heard of again in December), S-6 ends 10 June 2025 (not heard of);
        // the 2025 screenings end in 2026.
        assertThat(twelve.count()).contains(1L);
        assertThat(twelve.denominator()).contains(2L);
        IndicatorValue june = report.getIndicator(Indicators.RENOTIFIED_AFTER_NO_ACTION_12M)
                .monthly()
                .get(5);
        assertThat(june.key()).isEqualTo("2025-06");
        assertThat(june.denominator()).contains(1L);
        assertThat(june.count()).contains(0L);
    }

    @Test
    void report_aboutSupported_anInterventionStartedBeforeTheDayOfReceipt() {
        IndicatorValue v = overall(
                report(renotifiedSoon, recent, renotifiedLate, rescreened), Indicators.NOTIFICATIONS_ABOUT_SUPPORTED);

        assertThat(v.denominator()).contains(8L);
        assertThat(v.count()).contains(1L); // S-3 n2
    }

    @Test
    void definitions_sortingAppliesFromBarnetsLov_reassessmentInBothLaws() {
        IndicatorDefinition noAction =
                Indicators.find(Indicators.NOTIFICATIONS_NO_ACTION).orElseThrow();
        IndicatorDefinition supported =
                Indicators.find(Indicators.NOTIFICATIONS_ABOUT_SUPPORTED).orElseThrow();

        assertThat(noAction.applies().startInclusive()).isEqualTo(date("2024-01-01"));
        assertThat(noAction.legalBasis())
                .singleElement()
                .satisfies(b -> assertThat(b.textDa()).startsWith("barnets lov § 18"));
        assertThat(supported.legalBasis())
                .extracting(LegalBasis::textDa)
                .satisfiesExactly(
                        sel -> assertThat(sel).startsWith("serviceloven § 155 a"),
                        bl -> assertThat(bl).startsWith("barnets lov § 137"));
    }
}
