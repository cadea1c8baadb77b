package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.CaseClosing;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Screening;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The indicators of the flow through the handletrin, recomputed by a second, plain implementation on seeded random
 * cases (overall, both settings): each step's categories counted with a map from the case's own fields, each time
 * between steps as a sorted list of days with the censored and excluded counted apart, its median and 90th percentile
 * by the nearest rank. Nothing is shared with the aggregation but the random cases.
 */
class FlowStepsProperties {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 6)
                .boxed()
                .flatMap(i -> PlainShares.CONFIGS.stream().map(c -> Arguments.of(0xF10_0000L + i * 7_901, c)));
    }

    /** The plain count of one flow indicator. */
    private static final class Plain {
        final Map<String, Long> categories = new TreeMap<>();
        final List<Integer> days = new ArrayList<>();
        long censored;
        long excluded;

        void category(String c) {
            categories.merge(c, 1L, Long::sum);
        }

        void between(LocalDate from, LocalDate next, boolean open, LocalDate asOf) {
            if (next == null || next.isAfter(asOf)) {
                if (open) {
                    censored++;
                } else {
                    excluded++;
                }
            } else if (next.isBefore(from)) {
                excluded++;
            } else {
                days.add((int) ChronoUnit.DAYS.between(from, next));
            }
        }

        Integer percentile(int p) {
            if (days.isEmpty()) {
                return null;
            }
            List<Integer> sorted = new ArrayList<>(days);
            Collections.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(1, rank) - 1);
        }
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seeds")
    void flowSteps_equalAPlainRecount(long seed, MetricsConfig config) {
        List<ChildCase> cases = new RandomCases(seed).cases(PlainShares.CASES);
        MetricsAggregator aggregator = MetricsAggregator.of(config);
        Map<String, Plain> plain = new TreeMap<>();
        for (String id : List.of(
                Indicators.STEP_ASSESSMENTS,
                Indicators.STEP_SCREENINGS,
                Indicators.STEP_DECISIONS,
                Indicators.STEP_STARTED_BY_LADDER,
                Indicators.STEP_CLOSINGS,
                Indicators.NOTIFICATION_TO_SCREENING_DAYS,
                Indicators.DECISION_TO_START_DAYS)) {
            plain.put(id, new Plain());
        }
        LocalDate asOf = config.asOfDate();
        LocalDate from = config.period().startInclusive();
        LocalDate barnetsLov = LocalDate.of(2024, 1, 1);
        for (ChildCase c : cases) {
            aggregator.add(c, Fixtures.ENGINE.evaluate(c, config.asOf()));
            boolean open = c.closing().map(cl -> cl.closed().isAfter(asOf)).orElse(true)
                    && !c.opened().isAfter(asOf);
            for (Notification n : c.notifications()) {
                LocalDate received = n.received().atZone(CPH).toLocalDate();
                if (!in(received, from, asOf)) {
                    continue;
                }
                plain.get(Indicators.STEP_ASSESSMENTS)
                        .category(n.assessment()
                                .filter(a ->
                                        !a.assessed().atZone(CPH).toLocalDate().isAfter(asOf))
                                .map(a -> a.outcome().name())
                                .orElse("NOT_ASSESSED"));
                if (!received.isBefore(barnetsLov)) {
                    LocalDate first = null;
                    for (Screening s : c.screenings()) {
                        if (s.notificationIds().contains(n.id())
                                && (first == null || s.date().isBefore(first))) {
                            first = s.date();
                        }
                    }
                    plain.get(Indicators.NOTIFICATION_TO_SCREENING_DAYS).between(received, first, open, asOf);
                }
            }
            for (Screening s : c.screenings()) {
                if (in(s.date(), from, asOf) && !s.date().isBefore(barnetsLov)) {
                    plain.get(Indicators.STEP_SCREENINGS).category(s.outcome().name());
                }
            }
            for (Decision d : c.decisions()) {
                if (!in(d.decided(), from, asOf)) {
                    continue;
                }
                plain.get(Indicators.STEP_DECISIONS)
                        .category(
                                d.outcome() == DecisionOutcome.REFUSED
                                        ? "REFUSED"
                                        : d.kind().name());
                if (d.outcome() == DecisionOutcome.GRANTED) {
                    for (PartId id : d.grantedInterventions()) {
                        Intervention iv = c.interventions().stream()
                                .filter(i -> i.id().equals(id))
                                .findFirst()
                                .orElseThrow();
                        plain.get(Indicators.DECISION_TO_START_DAYS).between(d.decided(), iv.start(), open, asOf);
                    }
                }
            }
            for (Intervention iv : c.interventions()) {
                if (in(iv.start(), from, asOf)) {
                    plain.get(Indicators.STEP_STARTED_BY_LADDER)
                            .category(iv.kind().ladderStep().name());
                }
            }
            Optional<CaseClosing> closing = c.closing();
            if (closing.isPresent() && in(closing.get().closed(), from, asOf)) {
                plain.get(Indicators.STEP_CLOSINGS)
                        .category(closing.get().reason().name());
            }
        }

        MetricsReport report = aggregator.report(ReportProfile.ADMINISTRATIVE);
        plain.forEach((id, p) -> {
            IndicatorValue overall = report.findIndicator(id).orElseThrow().overall();
            String what = "seed " + seed + ", " + id;
            if (Indicators.find(id).orElseThrow().kind() == IndicatorKind.DISTRIBUTION) {
                Map<String, Long> counted = new TreeMap<>();
                overall.categories()
                        .forEach(cc -> cc.count().filter(n -> n > 0).ifPresent(n -> counted.put(cc.key(), n)));
                assertThat(counted).as(what).isEqualTo(p.categories);
                assertThat(p.categories)
                        .as(what + ": the random cases reach the step")
                        .isNotEmpty();
            } else {
                assertThat(overall.count().orElse(0L)).as(what + " count").isEqualTo(p.days.size());
                assertThat(overall.censored().orElse(0L)).as(what + " censored").isEqualTo(p.censored);
                assertThat(overall.excluded().orElse(0L)).as(what + " excluded").isEqualTo(p.excluded);
                assertThat(overall.median().orElse(null)).as(what + " median").isEqualTo(p.percentile(50));
                assertThat(overall.p90().orElse(null)).as(what + " p90").isEqualTo(p.percentile(90));
                assertThat(p.days)
                        .as(what + ": the random cases reach the step")
                        .isNotEmpty();
            }
        });
    }

    private static boolean in(LocalDate date, LocalDate from, LocalDate asOf) {
        return !date.isBefore(from) && !date.isAfter(asOf);
    }
}
