package dk.fremdrift.examples.dashboard;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.report.DeadlineSummary;
import dk.fremdrift.examples.report.InputCounts;
import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.examples.report.ReviewSummary;
import dk.fremdrift.examples.report.Watchlist;
import dk.fremdrift.examples.synthetic.SyntheticMunicipality;
import dk.fremdrift.metrics.Budget;
import dk.fremdrift.metrics.BudgetAggregate;
import dk.fremdrift.metrics.BudgetLine;
import dk.fremdrift.metrics.BudgetReport;
import dk.fremdrift.metrics.BudgetYear;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.IndicatorResult;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.ReviewResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Report documents of a small synthetic municipality, built the way the command line's report run builds them:
 * one deadline evaluation per case, shared by the review and the metrics.
 */
final class DashboardFixtures {

    /** The date of evaluation: Monday 23 November 2026. */
    static final LocalDate MON_2026_11_23 = LocalDate.of(2026, 11, 23);

    static final long SEED = 20261123L;
    static final int CHILDREN = 300;

    /** The two profiles of one run. */
    record Run(ReportDocument administrative, ReportDocument political) {}

    private static Run run;

    private DashboardFixtures() {}

    /** The run of the fixed municipality, computed once per test JVM. */
    static synchronized Run run() {
        if (run == null) {
            run = compute(CHILDREN, SEED, MON_2026_11_23);
        }
        return run;
    }

    static Run compute(int children, long seed, LocalDate asOfDate) {
        Instant asOf = asOfDate.plusDays(1)
                .atStartOfDay(DeadlineEngine.DANISH_TIME)
                .toInstant()
                .minusSeconds(1);
        SyntheticMunicipality town = SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(461))
                .children(children)
                .from(asOfDate.minusYears(4))
                .to(asOfDate.plusDays(1))
                .seed(seed)
                .build();
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        CaseReview review = CaseReview.of(engine);
        ReportingPeriod period = ReportingPeriod.of(asOfDate.minusYears(1).plusDays(1), asOfDate.plusDays(1));
        MetricsAggregator metrics = MetricsAggregator.of(MetricsConfig.of(asOf, period));
        BudgetAggregate budget = BudgetAggregate.of(BudgetYear.of(asOfDate));
        DeadlineSummary.Tally deadlines = new DeadlineSummary.Tally();
        ReviewSummary.Tally findings = new ReviewSummary.Tally();
        Watchlist.Tally watchlist = new Watchlist.Tally();
        MetricsConfig config = MetricsConfig.of(asOf, period);
        long count = 0;
        try (Stream<ChildCase> cases = town.cases()) {
            Iterator<ChildCase> it = cases.iterator();
            while (it.hasNext()) {
                ChildCase c = it.next();
                List<DeadlineEvaluation> evaluations = engine.evaluate(c, asOf);
                deadlines.add(evaluations);
                ReviewResult result = review.review(c, asOf, evaluations);
                findings.add(result);
                metrics.add(c, evaluations);
                watchlist.add(c, evaluations, config);
                budget.add(c);
                count++;
            }
        }
        Budget given = budgetFor(budget.report(Budget.none()));
        InputCounts input = new InputCounts(count + 2, count, 2);
        Optional<String> municipality = Optional.of(town.municipality().toString());
        ReportDocument administrative = new ReportDocument(
                        asOfDate,
                        municipality,
                        input,
                        metrics.report(ReportProfile.ADMINISTRATIVE, given),
                        Optional.of(deadlines.summary(engine.rules())),
                        Optional.of(findings.summary(review.catalogue())))
                .withWatchlist(watchlist.list());
        ReportDocument political = new ReportDocument(
                asOfDate,
                municipality,
                input,
                metrics.report(ReportProfile.POLITICAL, given),
                Optional.empty(),
                Optional.empty());
        return new Run(administrative, political);
    }

    /**
     * The number of inline SVG charts a page of the document has: one for timeliness, one per timeliness indicator
     * with a monthly series, one each for open investigations, caseload and goals, one for the budget, and, in the
     * administrative profile, one bar per row of the deadline and review tables.
     */
    static int expectedCharts(ReportDocument d) {
        MetricsReport r = d.metrics();
        int charts = 0;
        boolean anyTimeliness = false;
        for (IndicatorDefinition def : r.definitions()) {
            boolean timeliness = def.kind() == IndicatorKind.PROPORTION
                    && !def.legalBasis().isEmpty()
                    && def.target().equals(Optional.of(1.0));
            Optional<IndicatorResult> result = r.findIndicator(def.id());
            if (timeliness && result.isPresent()) {
                anyTimeliness = true;
                if (!result.get().monthly().isEmpty()) {
                    charts++;
                }
            }
        }
        charts += anyTimeliness ? 1 : 0;
        for (String id : List.of("OPEN_INVESTIGATIONS_BY_AGE", "CASELOAD_DISTRIBUTION", "GOAL_STATUS")) {
            charts += r.findIndicator(id).isPresent() ? 1 : 0;
        }
        charts += r.budget().isPresent() ? 1 : 0;
        // The flow through the handletrin: one chart, when the report has its step indicators.
        charts += r.findIndicator("STEP_CLOSINGS").isPresent() ? 1 : 0;
        // The theme sections (sorting, appeals, stalled cases, management review, continuity, handover, match) chart
        // each
        // indicator by month where a month has a value.
        for (String id : List.of(
                "NOTIFICATIONS_NO_ACTION",
                "RENOTIFIED_AFTER_NO_ACTION_6M",
                "RENOTIFIED_AFTER_NO_ACTION_12M",
                "NOTIFICATIONS_ABOUT_SUPPORTED",
                "APPEALS_REVERSED",
                "STALLED_CASES",
                "MANAGEMENT_REVIEW_COVERAGE",
                "MANAGEMENT_REVIEW_SERIOUS_COVERAGE",
                "CASEWORKER_CHANGES_PER_CASE_YEAR",
                "OPEN_CASES_UNASSIGNED",
                "DECISION_BEFORE_ADULTHOOD_ON_TIME",
                "CONCERNS_COVERED_BY_GOALS",
                "INTERVENTIONS_BY_CONCERN")) {
            charts += r.findIndicator(id)
                            .filter(x ->
                                    x.monthly().stream().anyMatch(v -> v.value().isPresent()))
                            .isPresent()
                    ? 1
                    : 0;
        }
        if (!r.profile().isPolitical()) {
            charts += d.deadlines().map(s -> s.duties().size()).orElse(0);
            charts += d.review().map(s -> s.rules().size()).orElse(0);
        }
        return charts;
    }

    /** A budget per kind a little above or below the projected cost, alternately, so both directions show. */
    private static Budget budgetFor(BudgetReport projected) {
        Budget b = Budget.none();
        int i = 0;
        for (BudgetLine line : projected.byKind()) {
            BigDecimal factor = new BigDecimal(i++ % 2 == 0 ? "0.92" : "1.07");
            BigDecimal amount = line.projected().multiply(factor).setScale(-3, RoundingMode.HALF_EVEN);
            b = b.withKind(
                    line.kind().orElseThrow(), amount.max(BigDecimal.ZERO).setScale(2));
        }
        return b;
    }
}
