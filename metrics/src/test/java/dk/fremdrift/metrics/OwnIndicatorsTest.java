package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.assignment;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.local;
import static dk.fremdrift.metrics.Fixtures.overall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dk.fremdrift.deadlines.Completion;
import dk.fremdrift.deadlines.CompletionKind;
import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineRule;
import dk.fremdrift.deadlines.DeadlineUnit;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.MunicipalRules;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.deadlines.Trigger;
import dk.fremdrift.deadlines.TriggerKind;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Indicators of one's own: counted, merged, suppressed and reported as the standard ones are. */
class OwnIndicatorsTest {

    private static final Duty LOCAL_SCREENING = Duty.of("LOCAL_SCREENING");

    /** A municipality's own rule: a notification screened within 5 working days (retssikkerhedsloven § 3, stk. 2). */
    private static final DeadlineRule SCREENING_RULE = DeadlineRule.builder("KK-SCREENING-5WD", LOCAL_SCREENING)
            .title("Screening inden 5 arbejdsdage", "Screening within 5 working days")
            .law(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2), InForcePeriod.from(LocalDate.of(2025, 1, 1)))
            .on(Trigger.of(TriggerKind.NOTIFICATION_RECEIVED), Completion.of(CompletionKind.SCREENED))
            .length(5, DeadlineUnit.WORKING_DAYS)
            .calendar(DanishCalendar.STATUTORY_ID)
            .build();

    private static final DeadlineEngine ENGINE = DeadlineEngine.builder(DanishCalendar.statutory())
            .rules(RuleBook.statutory()
                    .withMunicipalRules(
                            MunicipalRules.of(MunicipalityCode.of(461), List.of(SCREENING_RULE), List.of())))
            .build();

    static final OnTimeIndicator SCREENING = OnTimeIndicator.builder("LOCAL_SCREENING_5WD_ON_TIME", LOCAL_SCREENING)
            .name(LocalizedText.of("Screening inden 5 arbejdsdage", "Screening within 5 working days"))
            .description(LocalizedText.of(
                    "Andel af underretninger screenet inden for kommunens egen frist.",
                    "Share of notifications screened within the municipality's own deadline."))
            .legalBasis(LegalBasis.of(
                    LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2), InForcePeriod.from(LocalDate.of(2025, 1, 1))))
            .applies(InForcePeriod.from(LocalDate.of(2025, 1, 1)))
            .trigger(LocalizedText.of(
                    "Underretninger modtaget i rapportperioden", "Notifications received in the reporting period"))
            .step(LocalizedText.of(
                    "underretningen blev screenet senest 5 arbejdsdage efter modtagelsen",
                    "the notification was screened within 5 working days of receipt"))
            .build();

    /** A case whose notification, received Monday 3 March 2025, is screened on a date, or not at all. */
    private static ChildCase screened(String caseId, String team, LocalDate screenedOn) {
        ChildCase.Builder b = aCase(caseId)
                .addAssignment(assignment("a1", "cw-" + team, team, "2025-01-02"))
                .addNotification(Notification.of(id("n1"), local("2025-03-03T10:00"), NotifierKind.PROFESSIONAL));
        if (screenedOn != null) {
            b.addScreening(Screening.of(id("s1"), screenedOn, ScreeningOutcome.NO_ACTION, id("n1")));
        }
        return b.build();
    }

    private static MetricsAggregator aggregate(List<? extends Indicator> own, List<ChildCase> cases) {
        MetricsAggregator a = MetricsAggregator.of(CONFIG, own);
        cases.forEach(c -> a.add(c, ENGINE));
        return a;
    }

    private static final List<ChildCase> CASES = List.of(
            screened("A-1", "T1", date("2025-03-05")), // due Monday 10 March: met
            screened("A-2", "T1", date("2025-03-20")), // met late
            screened("A-3", "T2", null)); // overdue at asOf

    @Test
    void report_ownOnTimeIndicator_countsTheEnginesEvaluationsOfItsDuty() {
        MetricsReport report = aggregate(List.of(SCREENING), CASES).report(ReportProfile.ADMINISTRATIVE);

        IndicatorValue v = overall(report, "LOCAL_SCREENING_5WD_ON_TIME");
        assertThat(v.count()).contains(1L);
        assertThat(v.denominator()).contains(3L);
        assertThat(v.value().orElseThrow()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(report.getIndicator("LOCAL_SCREENING_5WD_ON_TIME")
                        .findBreakdown(Dimension.TEAM)
                        .orElseThrow()
                        .findCell("T1")
                        .orElseThrow()
                        .denominator())
                .contains(2L);
    }

    @Test
    void report_ownIndicator_afterTheStandardOnesWhichDoNotChange() {
        MetricsReport with = aggregate(List.of(SCREENING), CASES).report(ReportProfile.ADMINISTRATIVE);
        MetricsReport without = aggregate(List.of(), CASES).report(ReportProfile.ADMINISTRATIVE);

        assertThat(with.definitions()).last().isEqualTo(SCREENING.definition());
        assertThat(with.definitions().subList(0, with.definitions().size() - 1)).isEqualTo(without.definitions());
        assertThat(with.indicators().subList(0, with.indicators().size() - 1)).isEqualTo(without.indicators());
        assertThat(with.indicators()).last().extracting(IndicatorResult::id).isEqualTo("LOCAL_SCREENING_5WD_ON_TIME");
    }

    @Test
    void report_political_ownIndicatorsSmallCountsWithheldAsAStandardOnes() {
        MetricsReport report = aggregate(List.of(SCREENING), CASES).report(ReportProfile.POLITICAL);

        IndicatorValue v = overall(report, "LOCAL_SCREENING_5WD_ON_TIME");
        assertThat(v.suppression()).isNotEqualTo(Suppression.NONE);
        assertThat(v.count()).isEmpty();
        assertThat(v.value()).isEmpty();
    }

    @Test
    void merge_split_sameReportAsOneAggregator() {
        MetricsAggregator whole = aggregate(List.of(SCREENING), CASES);
        MetricsAggregator first = aggregate(List.of(SCREENING), CASES.subList(0, 1));
        MetricsAggregator rest = aggregate(List.of(SCREENING), CASES.subList(1, 3));

        assertThat(first.merge(rest).report(ReportProfile.ADMINISTRATIVE))
                .isEqualTo(whole.report(ReportProfile.ADMINISTRATIVE));
    }

    @Test
    void merge_otherIndicators_rejected() {
        MetricsAggregator mine = aggregate(List.of(SCREENING), List.of());
        MetricsAggregator standard = aggregate(List.of(), List.of());

        assertThatThrownBy(() -> mine.merge(standard))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("other: expected an aggregator of the same indicators");
    }

    @Test
    void of_idOfAStandardIndicatorOrTwice_rejected() {
        OnTimeIndicator clash = OnTimeIndicator.builder(Indicators.ASSESSMENT_24H_ON_TIME, LOCAL_SCREENING)
                .name(SCREENING.definition().name())
                .description(SCREENING.definition().description())
                .trigger(LocalizedText.of("a", "a"))
                .step(LocalizedText.of("b", "b"))
                .build();

        assertThatThrownBy(() -> MetricsAggregator.of(CONFIG, List.of(clash)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ASSESSMENT_24H_ON_TIME is already an indicator");
        assertThatThrownBy(() -> MetricsAggregator.of(CONFIG, List.of(SCREENING, SCREENING)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOCAL_SCREENING_5WD_ON_TIME is already an indicator");
    }

    @Test
    void builder_stepMissing_namesIt() {
        OnTimeIndicator.Builder b = OnTimeIndicator.builder("X_ON_TIME", LOCAL_SCREENING)
                .name(LocalizedText.of("x", "x"))
                .description(LocalizedText.of("x", "x"))
                .trigger(LocalizedText.of("x", "x"));

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("step: expected a value before build(), got none");
    }

    @Test
    void definition_standardTimeliness_builtAsOwnOnesAre() {
        IndicatorDefinition standard = Indicators.find(Indicators.PLAN_ON_TIME).orElseThrow();

        assertThat(standard.kind()).isEqualTo(IndicatorKind.PROPORTION);
        assertThat(standard.population().en()).contains("whose deadline under duty PLAN the deadline engine judged");
        assertThat(SCREENING.definition().population().en())
                .startsWith("Notifications received in the reporting period, up to asOf, whose deadline under duty"
                        + " LOCAL_SCREENING");
        assertThat(SCREENING.definition().exclusions()).isEqualTo(standard.exclusions());
        assertThat(SCREENING.definition().dimensions())
                .containsExactly(Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND, Dimension.MONTH);
    }

    /** Indicators written by hand against {@link Observations}: a count, a rate with exposure, a mean. */
    @Nested
    class Handwritten {

        private static IndicatorDefinition defined(String id, IndicatorKind kind, List<String> categories) {
            IndicatorDefinition base = SCREENING.definition();
            return new IndicatorDefinition(
                    id,
                    kind,
                    base.name(),
                    base.description(),
                    base.legalBasis(),
                    base.applies(),
                    base.population(),
                    base.numerator(),
                    base.exclusions(),
                    base.censoring(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(Dimension.TEAM, Dimension.MONTH),
                    categories);
        }

        /** Complaints received in the period, per year the case was open in the period. */
        private final Indicator complaintRate = new Indicator() {
            private final IndicatorDefinition d =
                    defined("LOCAL_COMPLAINTS_PER_CASE_YEAR", IndicatorKind.RATE, List.of());

            @Override
            public IndicatorDefinition definition() {
                return d;
            }

            @Override
            public void observe(CaseFacts facts, Observations out) {
                ChildCase c = facts.childCase();
                for (Complaint k : c.complaints()) {
                    if (facts.counts(k.received())) {
                        out.event(k.received());
                    }
                }
                out.exposure(c.opened(), facts.asOfDate().plusDays(1));
            }
        };

        @Test
        void rate_eventsOverExposureDays_cutToThePeriodAndAsOf() {
            // Opened 2 January 2025; asOf 20 November 2025: 323 days. Two complaints in the period.
            ChildCase c = aCase("H-1")
                    .addAssignment(assignment("a1", "cw1", "T1", "2025-01-02"))
                    .addDecision(Decision.of(id("d1"), DecisionKind.SUPPORT, Fixtures.BL_32, date("2025-01-20")))
                    .addComplaint(Complaint.of(id("k1"), date("2025-02-10"), id("d1")))
                    .addComplaint(Complaint.of(id("k2"), date("2025-06-10"), id("d1")))
                    .build();

            MetricsReport report = aggregate(List.of(complaintRate), List.of(c)).report(ReportProfile.ADMINISTRATIVE);

            IndicatorValue v = overall(report, "LOCAL_COMPLAINTS_PER_CASE_YEAR");
            assertThat(v.count()).contains(2L);
            assertThat(v.exposureDays()).contains(323L);
            assertThat(v.value().orElseThrow()).isCloseTo(2 * 365.0 / 323, within(1e-12));
            IndicatorValue february = report.getIndicator("LOCAL_COMPLAINTS_PER_CASE_YEAR")
                    .monthly()
                    .get(1);
            assertThat(february.exposureDays()).contains(28L);
            assertThat(february.count()).contains(1L);
        }

        /** Decisions per open case: a mean of one value per open case. */
        private final Indicator decisionsPerCase = new Indicator() {
            private final IndicatorDefinition d =
                    defined("LOCAL_DECISIONS_PER_OPEN_CASE", IndicatorKind.MEAN, List.of());

            @Override
            public IndicatorDefinition definition() {
                return d;
            }

            @Override
            public void observe(CaseFacts facts, Observations out) {
                if (facts.isOpenAtAsOf()) {
                    out.value(
                            facts.asOfDate(),
                            BigDecimal.valueOf(facts.childCase().decisions().size()));
                }
            }
        };

        @Test
        void mean_ofMeasuredValues_exactMeanWithTheUnitsAsDenominator() {
            ChildCase one = aCase("H-3")
                    .addDecision(Decision.of(id("d1"), DecisionKind.SUPPORT, Fixtures.BL_32, date("2025-01-20")))
                    .build();
            ChildCase two = aCase("H-4")
                    .addDecision(Decision.of(id("d1"), DecisionKind.SUPPORT, Fixtures.BL_32, date("2025-01-20")))
                    .addDecision(Decision.of(id("d2"), DecisionKind.SUPPORT, Fixtures.BL_32, date("2025-02-20")))
                    .build();
            ChildCase none = aCase("H-5").build();

            MetricsReport report = aggregate(List.of(decisionsPerCase), List.of(one, two, none))
                    .report(ReportProfile.ADMINISTRATIVE);

            IndicatorValue v = overall(report, "LOCAL_DECISIONS_PER_OPEN_CASE");
            assertThat(v.denominator()).contains(3L);
            assertThat(v.value().orElseThrow()).isCloseTo(1.0, within(1e-12));
        }

        @Test
        void observations_wrongKindOrCategory_mistakesOfTheIndicatorNamed() {
            List<String> errors = new ArrayList<>();
            Indicator confused = new Indicator() {
                private final IndicatorDefinition d =
                        defined("LOCAL_MIX", IndicatorKind.DISTRIBUTION, List.of("A", "B"));

                @Override
                public IndicatorDefinition definition() {
                    return d;
                }

                @Override
                public void observe(CaseFacts facts, Observations out) {
                    LocalDate day = facts.asOfDate();
                    for (Runnable r : List.<Runnable>of(
                            () -> out.count(day),
                            () -> out.judged(day, Outcome.MET),
                            () -> out.value(day, BigDecimal.ONE),
                            () -> out.category(day, "C"),
                            () -> out.category(day, InterventionKind.FOSTER_CARE, "A"))) {
                        try {
                            r.run();
                        } catch (RuntimeException e) {
                            errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                    out.category(day, "A");
                }
            };

            MetricsReport report = aggregate(List.of(confused), List.of(screened("H-2", "T1", null)))
                    .report(ReportProfile.ADMINISTRATIVE);

            assertThat(errors)
                    .containsExactly(
                            "IllegalStateException: LOCAL_MIX: a DISTRIBUTION indicator cannot observe as a COUNT",
                            "IllegalStateException: LOCAL_MIX: a DISTRIBUTION indicator cannot observe as a PROPORTION",
                            "IllegalStateException: LOCAL_MIX: a DISTRIBUTION indicator cannot observe as a MEAN",
                            "IllegalArgumentException: LOCAL_MIX.category: expected one of [A, B], got another text",
                            "IllegalStateException: LOCAL_MIX: the definition has no INTERVENTION_KIND breakdown;"
                                    + " observe without a kind");
            assertThat(overall(report, "LOCAL_MIX").categories())
                    .extracting(CategoryCount::key, CategoryCount::count)
                    .containsExactly(tuple("A", Optional.of(1L)), tuple("B", Optional.of(0L)));
        }
    }
}
