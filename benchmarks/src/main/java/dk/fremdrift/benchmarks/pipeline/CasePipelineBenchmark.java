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
import dk.fremdrift.validation.review.ReviewResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of the report, case by case, on cases already in memory: the deadline engine, the case review and the
 * metrics aggregation, each alone and all three together, side by side in the same run with the baseline of merely
 * reading the same cases from their JSON lines ({@link #read}), so that a reader sees the share of each stage.
 *
 * <ul>
 *   <li>{@link #read}: {@code CaseJsonLines.fromJson(line)}, the baseline.
 *   <li>{@link #engine}: {@code engine.evaluate(case, asOf)}.
 *   <li>{@link #review}: {@code review.review(case, asOf, evaluations)} with the evaluations made in the setup.
 *   <li>{@link #metrics}: {@code aggregator.add(case, evaluations)} with the evaluations made in the setup.
 *   <li>{@link #engineReviewMetrics}: the engine once, its evaluations shared with the review and the metrics, as
 *       the command line does.
 *   <li>{@link #readEngineReviewMetrics}: the same after reading the case from its line: the command line's work per
 *       case apart from writing the outputs.
 * </ul>
 *
 * <p>One operation is one case; the cases are 4,096 of {@link SyntheticCases}, taken in turn. The score is cases
 * per second on one thread. The aggregator starts empty each iteration; its memory is bounded by teams, caseworkers
 * and months, not by the cases added.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CasePipelineBenchmark {

    private static final int SIZE = 1 << 12;
    private static final Instant AS_OF = SyntheticCases.AS_OF;

    private final DeadlineEngine engine =
            DeadlineEngine.builder(DanishCalendar.statutory()).build();
    private final CaseReview caseReview = CaseReview.of(engine);
    private final MetricsConfig config = MetricsConfig.of(AS_OF, SyntheticCases.PERIOD);
    private ChildCase[] cases;
    private String[] lines;
    private List<List<DeadlineEvaluation>> evaluations;
    private MetricsAggregator aggregator;
    private int next;

    @Setup
    public void setUp() {
        SyntheticCases sample = SyntheticCases.of(SIZE);
        cases = sample.cases().toArray(ChildCase[]::new);
        lines = sample.lines().toArray(String[]::new);
        evaluations = sample.cases().stream()
                .<List<DeadlineEvaluation>>map(c -> engine.evaluate(c, AS_OF))
                .toList();
    }

    /** Starts each iteration with an empty aggregator. */
    @Setup(Level.Iteration)
    public void newAggregator() {
        aggregator = MetricsAggregator.of(config);
    }

    private int nextIndex() {
        next = (next + 1) & (SIZE - 1);
        return next;
    }

    /** The baseline: reads the case from its JSON line. */
    @Benchmark
    public ChildCase read() {
        return CaseJsonLines.fromJson(lines[nextIndex()]);
    }

    /** Evaluates the case's deadlines. */
    @Benchmark
    public List<DeadlineEvaluation> engine() {
        return engine.evaluate(cases[nextIndex()], AS_OF);
    }

    /** Reviews the case with its evaluations made beforehand. */
    @Benchmark
    public ReviewResult review() {
        int i = nextIndex();
        return caseReview.review(cases[i], AS_OF, evaluations.get(i));
    }

    /** Adds the case with its evaluations made beforehand to the management information. */
    @Benchmark
    public MetricsAggregator metrics() {
        int i = nextIndex();
        return aggregator.add(cases[i], evaluations.get(i));
    }

    /** The engine once, its evaluations shared with the review and the metrics. */
    @Benchmark
    public ReviewResult engineReviewMetrics() {
        return process(cases[nextIndex()]);
    }

    /** Reads the case from its line, then the engine, the review and the metrics. */
    @Benchmark
    public ReviewResult readEngineReviewMetrics() {
        return process(CaseJsonLines.fromJson(lines[nextIndex()]));
    }

    private ReviewResult process(ChildCase c) {
        List<DeadlineEvaluation> e = engine.evaluate(c, AS_OF);
        ReviewResult result = caseReview.review(c, AS_OF, e);
        aggregator.add(c, e);
        return result;
    }
}
