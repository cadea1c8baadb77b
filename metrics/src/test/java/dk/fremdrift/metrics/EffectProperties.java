package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Plan;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The indicators of effect and of the match of concerns, goals and interventions, recomputed by a second, plain
 * implementation on seeded random cases (both settings): the days from a finished investigation to the decision on its
 * basis as a sorted list with the censored and excluded apart; the concerns covered as met, judged and excluded; the
 * interventions by concern and the goals by status and by intervention kind as nested maps; the mean progress by kind
 * as an exact sum over a count. Only a goal's status and progress come from the library ({@link GoalProgress#of}, which
 * {@code GoalProgressProperties} checks on its own); nothing else is shared with the aggregation.
 */
class EffectProperties {

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 6)
                .boxed()
                .flatMap(i -> PlainShares.CONFIGS.stream().map(c -> Arguments.of(0xEF_0000L + i * 6_101, c)));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seeds")
    void effectIndicators_equalAPlainRecount(long seed, MetricsConfig config) {
        List<ChildCase> cases = new RandomCases(seed).cases(PlainShares.CASES);
        MetricsAggregator aggregator = MetricsAggregator.of(config);
        LocalDate asOf = config.asOfDate();
        LocalDate from = config.period().startInclusive();

        List<Integer> days = new ArrayList<>();
        long[] daysApart = new long[2]; // censored, excluded
        long[] coverage = new long[3]; // met, judged, excluded
        Map<String, Map<String, Long>> byConcern = new TreeMap<>(); // "all" and each kind -> area -> count
        Map<String, Map<String, Long>> byStatus = new TreeMap<>(); // "all" and each kind -> status -> count
        Map<String, Long> byStep = new TreeMap<>(); // "STEP/STATUS" -> count
        Map<String, BigDecimal> progressSum = new TreeMap<>();
        Map<String, Long> progressCount = new TreeMap<>();

        for (ChildCase c : cases) {
            aggregator.add(c, Fixtures.ENGINE.evaluate(c, config.asOf()));
            boolean open = c.closing().map(cl -> cl.closed().isAfter(asOf)).orElse(true)
                    && !c.opened().isAfter(asOf);

            // Days from a finished investigation to the first decision on its basis.
            for (Investigation x : c.investigations()) {
                if (x.completed().isEmpty() || !in(x.completed().get(), from, asOf)) {
                    continue;
                }
                LocalDate first = c.decisions().stream()
                        .filter(d -> d.basedOn().equals(java.util.Optional.of(x.id())))
                        .map(Decision::decided)
                        .min(LocalDate::compareTo)
                        .orElse(null);
                if (first == null || first.isAfter(asOf)) {
                    daysApart[open ? 0 : 1]++;
                } else if (first.isBefore(x.completed().get())) {
                    daysApart[1]++;
                } else {
                    days.add((int) ChronoUnit.DAYS.between(x.completed().get(), first));
                }
            }

            // Concerns covered by a goal of a plan made by asOf.
            Set<GoalArea> goalAreas = EnumSet.noneOf(GoalArea.class);
            boolean planned = false;
            for (Plan p : c.plans()) {
                if (!p.created().isAfter(asOf)) {
                    planned = true;
                    p.goals().forEach(g -> goalAreas.add(g.area()));
                }
            }
            for (Investigation x : c.investigations()) {
                if (x.completed().isPresent() && in(x.completed().get(), from, asOf)) {
                    for (GoalArea a : x.concerns()) {
                        if (!planned) {
                            coverage[2]++;
                        } else {
                            coverage[1]++;
                            coverage[0] += goalAreas.contains(a) ? 1 : 0;
                        }
                    }
                }
            }

            // Interventions started in the period by the concerns of the investigation their decision rests on.
            for (Decision d : c.decisions()) {
                if (d.outcome() != DecisionOutcome.GRANTED || d.basedOn().isEmpty()) {
                    continue;
                }
                Investigation basis = c.investigations().stream()
                        .filter(x -> x.id().equals(d.basedOn().get()))
                        .findFirst()
                        .orElseThrow();
                for (PartId id : d.grantedInterventions()) {
                    Intervention iv = intervention(c, id);
                    if (in(iv.start(), from, asOf)) {
                        for (GoalArea a : basis.concerns()) {
                            add(byConcern, "all", a.name());
                            add(byConcern, iv.kind().name(), a.name());
                        }
                    }
                }
            }

            // Goals of the open case's plans by the kinds of the interventions they name.
            if (open) {
                for (Plan p : c.plans()) {
                    if (p.created().isAfter(asOf)) {
                        continue;
                    }
                    for (Goal g : p.goals()) {
                        Set<InterventionKind> kinds = EnumSet.noneOf(InterventionKind.class);
                        g.interventionIds()
                                .forEach(id -> kinds.add(intervention(c, id).kind()));
                        GoalProgress gp = GoalProgress.of(g, asOf);
                        Set<dk.fremdrift.model.LadderStep> steps = EnumSet.noneOf(dk.fremdrift.model.LadderStep.class);
                        kinds.forEach(k -> steps.add(k.ladderStep()));
                        steps.forEach(
                                st -> byStep.merge(st.name() + "/" + gp.status().name(), 1L, Long::sum));
                        for (InterventionKind k : kinds) {
                            for (String key : List.of("all", k.name())) {
                                add(byStatus, key, gp.status().name());
                                if (gp.progress().isPresent()) {
                                    double capped = Math.min(gp.progress().get(), 1.0);
                                    progressSum.merge(key, new BigDecimal(capped), BigDecimal::add);
                                    progressCount.merge(key, 1L, Long::sum);
                                }
                            }
                        }
                    }
                }
            }
        }

        MetricsReport report = aggregator.report(ReportProfile.ADMINISTRATIVE);
        String what = "seed " + seed + ", " + config.period();

        IndicatorValue d = overall(report, Indicators.INVESTIGATION_TO_DECISION_DAYS);
        Collections.sort(days);
        assertThat(d.count().orElse(0L)).as(what).isEqualTo(days.size());
        assertThat(d.censored().orElse(0L)).as(what).isEqualTo(daysApart[0]);
        assertThat(d.excluded().orElse(0L)).as(what).isEqualTo(daysApart[1]);
        assertThat(d.median().orElse(null)).as(what).isEqualTo(rank(days, 50));
        assertThat(d.p90().orElse(null)).as(what).isEqualTo(rank(days, 90));
        assertThat(days).as(what + ": the random cases reach the step").isNotEmpty();

        IndicatorValue cov = overall(report, Indicators.CONCERNS_COVERED_BY_GOALS);
        assertThat(List.of(
                        cov.count().orElse(0L),
                        cov.denominator().orElse(0L),
                        cov.excluded().orElse(0L)))
                .as(what)
                .containsExactly(coverage[0], coverage[1], coverage[2]);
        assertThat(coverage[0]).as(what + ": some concerns covered").isPositive();
        assertThat(coverage[1] - coverage[0]).as(what + ": some not").isPositive();

        assertThat(categories(report, Indicators.INTERVENTIONS_BY_CONCERN))
                .as(what)
                .isEqualTo(byConcern);
        assertThat(byConcern).as(what + ": reached").isNotEmpty();
        assertThat(categories(report, Indicators.GOAL_STATUS_BY_INTERVENTION))
                .as(what)
                .isEqualTo(byStatus);
        assertThat(byStatus).as(what + ": reached").isNotEmpty();
        Map<String, Long> steps = new TreeMap<>();
        overall(report, Indicators.GOAL_STATUS_BY_LADDER_STEP)
                .categories()
                .forEach(cc -> cc.count().filter(n -> n > 0).ifPresent(n -> steps.put(cc.key(), n)));
        assertThat(steps).as(what).isEqualTo(byStep).isNotEmpty();

        IndicatorResult progress =
                report.findIndicator(Indicators.GOAL_PROGRESS_BY_INTERVENTION).orElseThrow();
        Map<String, Double> reported = new TreeMap<>();
        reported.put("all", progress.overall().value().orElse(null));
        progress.findBreakdown(Dimension.INTERVENTION_KIND)
                .orElseThrow()
                .cells()
                .forEach(v -> reported.put(v.key(), v.value().orElse(null)));
        Map<String, Double> expected = new TreeMap<>();
        progressSum.forEach((k, sum) -> expected.put(
                k,
                sum.divide(BigDecimal.valueOf(progressCount.get(k)), MathContext.DECIMAL64)
                        .doubleValue()));
        assertThat(reported.keySet()).as(what).containsAll(expected.keySet());
        expected.forEach(
                (k, v) -> assertThat(reported.get(k)).as(what + " " + k).isCloseTo(v, within()));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static Intervention intervention(ChildCase c, PartId id) {
        return c.interventions().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void add(Map<String, Map<String, Long>> map, String key, String category) {
        map.computeIfAbsent(key, k -> new TreeMap<>()).merge(category, 1L, Long::sum);
    }

    private static IndicatorValue overall(MetricsReport report, String id) {
        return report.findIndicator(id).orElseThrow().overall();
    }

    /** The nonzero categories, overall ("all") and in each intervention kind's cell. */
    private static Map<String, Map<String, Long>> categories(MetricsReport report, String id) {
        IndicatorResult r = report.findIndicator(id).orElseThrow();
        Map<String, Map<String, Long>> out = new TreeMap<>();
        List<IndicatorValue> cells = new ArrayList<>(List.of(r.overall()));
        cells.addAll(r.findBreakdown(Dimension.INTERVENTION_KIND).orElseThrow().cells());
        for (IndicatorValue v : cells) {
            for (CategoryCount cc : v.categories()) {
                cc.count()
                        .filter(n -> n > 0)
                        .ifPresent(n -> out.computeIfAbsent(
                                        v.key().equals(IndicatorValue.ALL) ? "all" : v.key(), k -> new TreeMap<>())
                                .put(cc.key(), n));
            }
        }
        return out;
    }

    private static Integer rank(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int r = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(1, r) - 1);
    }

    private static boolean in(LocalDate date, LocalDate from, LocalDate asOf) {
        return !date.isBefore(from) && !date.isAfter(asOf);
    }
}
