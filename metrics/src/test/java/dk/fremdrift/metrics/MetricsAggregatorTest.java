package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.AS_OF;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.Fixtures.YEAR_2025;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.assignment;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class MetricsAggregatorTest {

    private static ChildCase notified(String id, String caseworker, int notifications, int onTime) {
        ChildCase.Builder b = aCase(id).addAssignment(assignment("a1", caseworker, "team-nord", "2025-01-02"));
        for (int i = 0; i < notifications; i++) {
            String received = "2025-0" + (3 + i % 6) + "-1" + (i % 9) + "T10:00";
            Notification n = Notification.of(id("n" + i), local(received), NotifierKind.CITIZEN);
            String assessed = i < onTime ? received.replace("T10:00", "T15:00") : received.replace("T10:00", "T23:00");
            Instant at = i < onTime ? local(assessed) : local(received).plusSeconds(30 * 3600);
            b.addNotification(n.withAssessment(Assessment.of(at, AssessmentOutcome.NOT_ENDANGERED)));
        }
        return b.build();
    }

    @Test
    void add_evaluationOfAnotherCase_throwsAndCountsNothing() {
        ChildCase one = notified("X-1", "sb-1", 2, 1);
        ChildCase two = notified("X-2", "sb-1", 2, 1);
        MetricsAggregator a = MetricsAggregator.of(CONFIG);
        List<DeadlineEvaluation> others = ENGINE.evaluate(two, AS_OF);

        assertThatThrownBy(() -> a.add(one, others))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-1")
                .hasMessageContaining("X-2");
        assertThat(a.caseCount()).isZero();
        assertThat(a.snapshot()).isEqualTo(MetricsAggregator.of(CONFIG).snapshot());
    }

    @Test
    void add_evaluationAtAnotherMoment_throws() {
        ChildCase one = notified("X-1", "sb-1", 2, 1);
        List<DeadlineEvaluation> earlier = ENGINE.evaluate(one, AS_OF.minusSeconds(60));

        assertThatThrownBy(() -> MetricsAggregator.of(CONFIG).add(one, earlier))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf");
    }

    @Test
    void add_engineInAnotherZone_throws() {
        DeadlineEngine utc = DeadlineEngine.builder(DanishCalendar.statutory())
                .zone(ZoneOffset.UTC)
                .build();

        assertThatThrownBy(() -> MetricsAggregator.of(CONFIG).add(notified("X-1", "sb-1", 1, 1), utc))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zone");
    }

    @Test
    void merge_otherSettingsOrItself_throws() {
        MetricsAggregator a = MetricsAggregator.of(CONFIG);

        assertThatThrownBy(() -> a.merge(MetricsAggregator.of(CONFIG.withStalledAfterDays(30))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.merge(a)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void report_later_additionsDoNotChangeAnEarlierReport() {
        MetricsAggregator a = MetricsAggregator.of(CONFIG).add(notified("X-1", "sb-1", 2, 1), ENGINE);
        MetricsReport before = a.report(ReportProfile.ADMINISTRATIVE);

        a.add(notified("X-2", "sb-1", 3, 3), ENGINE);

        assertThat(before.getIndicator(Indicators.ASSESSMENT_24H_ON_TIME)
                        .overall()
                        .denominator())
                .contains(2L);
        assertThat(a.report(ReportProfile.ADMINISTRATIVE)
                        .getIndicator(Indicators.ASSESSMENT_24H_ON_TIME)
                        .overall()
                        .denominator())
                .contains(5L);
        assertThat(a.caseCount()).isEqualTo(2);
    }

    @Test
    void report_political_noCaseworkerBreakdownAndSmallCellsWithheld() {
        // Team nord: 3 caseworkers with 2 cases of 3 notifications each. sb-3's cases: all on time.
        List<ChildCase> cases = new ArrayList<>();
        int n = 0;
        for (String sb : List.of("sb-1", "sb-2", "sb-3")) {
            cases.add(notified("P-" + (++n), sb, 3, sb.equals("sb-3") ? 3 : 2));
            cases.add(notified("P-" + (++n), sb, 3, sb.equals("sb-3") ? 3 : 2));
        }
        MetricsAggregator a = MetricsAggregator.of(CONFIG);
        cases.forEach(c -> a.add(c, ENGINE));

        MetricsReport admin = a.report(ReportProfile.ADMINISTRATIVE);
        MetricsReport political = a.report(ReportProfile.POLITICAL);

        IndicatorResult adminResult = admin.getIndicator(Indicators.ASSESSMENT_24H_ON_TIME);
        assertThat(adminResult.findBreakdown(Dimension.CASEWORKER)).isPresent();
        assertThat(adminResult.overall().count()).contains(14L);
        assertThat(adminResult.overall().denominator()).contains(18L);
        IndicatorResult result = political.getIndicator(Indicators.ASSESSMENT_24H_ON_TIME);
        assertThat(result.findBreakdown(Dimension.CASEWORKER)).isEmpty();
        // 6 cases, 14 of 18 on time, 4 late: the 4 late are a small count, derivable as 18 - 14.
        IndicatorValue overall = result.overall();
        assertThat(overall.denominator()).contains(18L);
        assertThat(overall.count()).isEmpty();
        assertThat(overall.value()).isEmpty();
        assertThat(overall.ci95Lower()).isEmpty();
        assertThat(overall.suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(overall.cases()).isEmpty();
        assertThat(political.cases()).contains(6L);
        // the administrative profile withholds nothing
        assertThat(admin.indicators())
                .allSatisfy(r -> assertThat(r.overall().suppression()).isEqualTo(Suppression.NONE));
    }

    @Test
    void report_politicalFewCases_everythingWithheld() {
        MetricsAggregator a = MetricsAggregator.of(CONFIG).add(notified("X-1", "sb-1", 12, 10), ENGINE);

        MetricsReport political = a.report(ReportProfile.POLITICAL);

        // One child with twelve notifications: the count is large but it is one child.
        IndicatorValue v =
                political.getIndicator(Indicators.NOTIFICATIONS_RECEIVED).overall();
        assertThat(v.count()).isEmpty();
        assertThat(v.suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(political.cases()).isEmpty();
        assertThat(a.report(ReportProfile.political(2)).cases()).isEmpty();
        assertThat(a.report(ReportProfile.ADMINISTRATIVE).cases()).contains(1L);
    }

    @Test
    void report_getIndicator_unknownIdThrows() {
        MetricsReport report = MetricsAggregator.of(CONFIG).report(ReportProfile.ADMINISTRATIVE);

        assertThat(report.indicators()).hasSize(Indicators.standard().size());
        assertThat(report.definitions()).isEqualTo(Indicators.standard(CONFIG));
        assertThatThrownBy(() -> report.getIndicator("NOPE")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void toString_settingsAndCountOnly() {
        MetricsAggregator a = MetricsAggregator.of(CONFIG).add(notified("X-1", "sb-1", 1, 1), ENGINE);

        assertThat(a.toString()).contains("cases=1").doesNotContain("X-1").doesNotContain("sb-1");
    }

    @Test
    void config_periodAfterAsOf_throws() {
        assertThatThrownBy(() -> MetricsConfig.of(AS_OF, ReportingPeriod.ofYear(2026)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-11-20");
        assertThatThrownBy(() -> CONFIG.withStalledAfterDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CONFIG.withRecommendedCaseload(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void config_counts_periodUpToAsOfDate() {
        assertThat(CONFIG.counts(date("2025-01-01"))).isTrue();
        assertThat(CONFIG.counts(date("2025-11-20"))).isTrue();
        assertThat(CONFIG.counts(date("2025-11-21"))).isFalse();
        assertThat(CONFIG.counts(date("2024-12-31"))).isFalse();
        assertThat(CONFIG.asOfDate()).isEqualTo(date("2025-11-20"));
    }

    @Test
    void config_asOfAfterThePeriod_countsToThePeriodsLastDay() {
        MetricsConfig afterwards = MetricsConfig.of(Fixtures.noon(date("2026-01-02")), YEAR_2025);

        assertThat(afterwards.lastDayCounted()).isEqualTo(date("2025-12-31"));
        assertThat(CONFIG.lastDayCounted()).isEqualTo(date("2025-11-20"));
        assertThat(afterwards.counts(date("2026-01-01"))).isFalse();
    }

    @Test
    void report_budget_commitmentOfTheYearOfTheLastDayCounted() {
        MetricsConfig afterwards = MetricsConfig.of(Fixtures.noon(date("2026-01-02")), YEAR_2025);
        ChildCase placed = aCase("B-1")
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, Fixtures.BL_46, date("2025-12-01"))
                                .withPrice(Price.perDay(new BigDecimal("1000"))))
                .build();
        MetricsAggregator a = MetricsAggregator.of(afterwards).add(placed, ENGINE);
        Budget budget = Budget.ofTotal(new BigDecimal("20000"));

        BudgetReport expected = BudgetAggregate.of(BudgetYear.of(date("2025-12-31")))
                .add(placed)
                .report(budget);
        MetricsReport admin = a.report(ReportProfile.ADMINISTRATIVE, budget);

        assertThat(admin.budget()).contains(expected);
        assertThat(expected.total().spent()).isEqualByComparingTo("31000");
        // one intervention is below the threshold: the council sees no budget line at all
        assertThat(a.report(ReportProfile.POLITICAL, budget).budget()).isEmpty();
    }

    @Test
    void reportingPeriod_factories_halfOpen() {
        assertThat(YEAR_2025.endExclusive()).isEqualTo(date("2026-01-01"));
        assertThat(YEAR_2025.months()).hasSize(12);
        assertThat(ReportingPeriod.ofMonth(YearMonth.of(2024, 2)).endExclusive())
                .isEqualTo(date("2024-03-01"));
        assertThat(YEAR_2025.toString()).isEqualTo("2025-01-01 to 2025-12-31");
        assertThatThrownBy(() -> ReportingPeriod.of(date("2025-01-01"), date("2025-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportProfile_thresholds_checkedByAudience() {
        assertThat(ReportProfile.POLITICAL.suppressionThreshold()).isEqualTo(5);
        assertThat(ReportProfile.political(10).isPolitical()).isTrue();
        assertThat(ReportProfile.ADMINISTRATIVE.isPolitical()).isFalse();
        assertThatThrownBy(() -> ReportProfile.political(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportProfile(ReportProfile.Audience.ADMINISTRATIVE, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
