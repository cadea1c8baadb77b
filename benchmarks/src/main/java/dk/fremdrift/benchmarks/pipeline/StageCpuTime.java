package dk.fremdrift.benchmarks.pipeline;

import dk.fremdrift.benchmarks.cases.SyntheticCases;
import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.validation.review.CaseReview;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stages of {@link CasePipelineBenchmark} timed by the thread's CPU time rather than the wall clock: the best
 * of many passes over the same 4,096 cases, after a warm-up. On a machine shared with other work the wall clock
 * counts the time the thread waits for a core; the CPU time does not, so this figure moves less from run to run. It
 * is a cross-check of the JMH figures, not a replacement: no blackholes, no forks, the best pass rather than the
 * mean.
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dk.fremdrift.benchmarks.pipeline.StageCpuTime [warm-up seconds] [passes]
 * }</pre>
 */
public final class StageCpuTime {

    private static final String[] STAGES = {"read", "engine", "review", "metrics", "engineReviewMetrics"};

    private StageCpuTime() {}

    /**
     * Prints microseconds of CPU time and cases per CPU-second for each stage.
     *
     * @param args optionally the warm-up in seconds (25) and the number of measured passes (15)
     */
    public static void main(String[] args) {
        long warmUpSeconds = args.length > 0 ? Long.parseLong(args[0]) : 25;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        SyntheticCases sample = SyntheticCases.of(4096);
        List<ChildCase> cases = sample.cases();
        List<String> lines = sample.lines();
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        CaseReview review = CaseReview.of(engine);
        MetricsConfig config = MetricsConfig.of(SyntheticCases.AS_OF, SyntheticCases.PERIOD);
        List<List<DeadlineEvaluation>> evaluations = new ArrayList<>();
        for (ChildCase c : cases) {
            evaluations.add(engine.evaluate(c, SyntheticCases.AS_OF));
        }
        long[] best = new long[STAGES.length];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        long sink = 0;
        long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        for (int measured = 0; measured < passes; ) {
            boolean measuring = System.nanoTime() > warmUpEnd;
            for (int stage = 0; stage < STAGES.length; stage++) {
                MetricsAggregator metrics = MetricsAggregator.of(config);
                long start = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < cases.size(); i++) {
                    ChildCase c = cases.get(i);
                    switch (stage) {
                        case 0 ->
                            sink += CaseJsonLines.fromJson(lines.get(i))
                                    .notifications()
                                    .size();
                        case 1 ->
                            sink += engine.evaluate(c, SyntheticCases.AS_OF).size();
                        case 2 ->
                            sink += review.review(c, SyntheticCases.AS_OF, evaluations.get(i))
                                    .findings()
                                    .size();
                        case 3 -> metrics.add(c, evaluations.get(i));
                        default -> {
                            List<DeadlineEvaluation> e = engine.evaluate(c, SyntheticCases.AS_OF);
                            sink += review.review(c, SyntheticCases.AS_OF, e)
                                    .findings()
                                    .size();
                            metrics.add(c, e);
                        }
                    }
                }
                long used = mx.getCurrentThreadCpuTime() - start;
                sink += metrics.caseCount();
                if (measuring) {
                    best[stage] = Math.min(best[stage], used);
                }
            }
            if (measuring) {
                measured++;
            }
        }
        for (int stage = 0; stage < STAGES.length; stage++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-20s %7.2f us/case  %9.0f cases per CPU-second%n",
                    STAGES[stage],
                    best[stage] / 1000.0 / cases.size(),
                    cases.size() * 1e9 / best[stage]);
        }
        System.out.println("(checksum " + (sink & 0xff) + ")");
    }
}
