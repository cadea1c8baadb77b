package dk.fremdrift.metrics;

import dk.fremdrift.benchmarks.cases.SyntheticCases;
import dk.fremdrift.deadlines.*;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.validation.review.CaseReview;
import java.lang.reflect.Constructor;
import java.nio.file.*;
import java.util.*;
import java.util.function.Supplier;

/**
 * The metrics stage of this build on the cases of an older build (cases.jsonl, written by Dump with the older
 * jar), with every standard indicator and with only the older build's (base-ids.txt). Reaches the package-private
 * State by reflection, so it lives here, outside the build; run by like-for-like.sh. Stages by argument: 0 metrics
 * (all), 1 metrics (base's indicators), 2 and 3 engine + review + metrics likewise, 4 engine, 5 review.
 */
public class LikeForLike {
  interface Sink { void add(ChildCase c, List<DeadlineEvaluation> e); }
  public static void main(String[] a) throws Exception {
    List<ChildCase> cases = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of("cases.jsonl"))) cases.add(CaseJsonLines.fromJson(l));
    Set<String> ids = new HashSet<>(Files.readAllLines(Path.of("base-ids.txt")));
    DeadlineEngine engine = DeadlineEngine.builder(DanishCalendar.statutory()).build();
    CaseReview review = CaseReview.of(engine);
    MetricsConfig config = MetricsConfig.of(SyntheticCases.AS_OF, SyntheticCases.PERIOD);
    List<List<DeadlineEvaluation>> ev = new ArrayList<>();
    for (ChildCase c : cases) ev.add(engine.evaluate(c, SyntheticCases.AS_OF));
    Constructor<State> k = State.class.getDeclaredConstructor(MetricsConfig.class, List.class, List.class);
    k.setAccessible(true);
    Supplier<Sink> all = () -> { MetricsAggregator m = MetricsAggregator.of(config); return m::add; };
    Supplier<Sink> sub = () -> {
      try {
        List<Indicator> units = Indicators.units(config).stream().filter(u -> ids.contains(u.definition().id())).toList();
        List<IndicatorDefinition> defs = Indicators.standard(config).stream().filter(d -> ids.contains(d.id())).toList();
        if (defs.size() != ids.size()) throw new IllegalStateException("missing ids " + defs.size());
        CaseMeasures cm = new CaseMeasures(k.newInstance(config, defs, units));
        return cm::add;
      } catch (Exception e) { throw new RuntimeException(e); }
    };
    String[] names = {"metrics(all)", "metrics(base 24)", "engineReviewMetrics(all)", "engineReviewMetrics(base 24)", "engine", "review"};
    long warm = Long.parseLong(a[0]); int passes = Integer.parseInt(a[1]); int only = Integer.parseInt(a[2]);
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] best = new long[6]; Arrays.fill(best, Long.MAX_VALUE); long sink = 0;
    long end = System.nanoTime() + warm * 1_000_000_000L;
    for (int measured = 0; measured < passes; ) {
      boolean m = System.nanoTime() > end;
      for (int s = only; s <= only; s++) {
        Sink out = (s % 2 == 0 ? all : sub).get();
        long t = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < cases.size(); i++) {
          ChildCase c = cases.get(i);
          if (s == 4) sink += engine.evaluate(c, SyntheticCases.AS_OF).size();
          else if (s == 5) sink += review.review(c, SyntheticCases.AS_OF, ev.get(i)).findings().size();
          else if (s < 2) out.add(c, ev.get(i));
          else { List<DeadlineEvaluation> e = engine.evaluate(c, SyntheticCases.AS_OF); sink += review.review(c, SyntheticCases.AS_OF, e).findings().size(); out.add(c, e); }
        }
        long used = mx.getCurrentThreadCpuTime() - t;
        if (m) best[s] = Math.min(best[s], used);
      }
      if (m) measured++;
    }
    for (int s = only; s <= only; s++) System.out.printf(Locale.ROOT, "%-30s %6.2f us/case%n", names[s], best[s] / 1000.0 / cases.size());
    System.out.println("(" + (sink & 0xff) + ")");
  }
}
