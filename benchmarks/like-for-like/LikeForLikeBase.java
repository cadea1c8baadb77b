import dk.fremdrift.benchmarks.cases.SyntheticCases;
import dk.fremdrift.deadlines.*;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.metrics.*;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.validation.review.CaseReview;
import java.util.*;
/** The same loop as LikeForLike, run with the older build's jar on the same cases, parsed
 * from cases.jsonl (which Dump wrote with the older jar). */
public class LikeForLikeBase {
  public static void main(String[] a) throws Exception {
    // Parsed from cases.jsonl, as LikeForLike does: generated cases share instances (ids, dates) that parsed ones
    // do not, and that alone made the review 13 % faster on the same cases.
    List<ChildCase> cases = new ArrayList<>();
    for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("cases.jsonl"))) cases.add(dk.fremdrift.examples.io.CaseJsonLines.fromJson(l));
    DeadlineEngine engine = DeadlineEngine.builder(DanishCalendar.statutory()).build();
    CaseReview review = CaseReview.of(engine);
    MetricsConfig config = MetricsConfig.of(SyntheticCases.AS_OF, SyntheticCases.PERIOD);
    List<List<DeadlineEvaluation>> ev = new ArrayList<>();
    for (ChildCase c : cases) ev.add(engine.evaluate(c, SyntheticCases.AS_OF));
    String[] names = {"metrics", "metrics(again)", "engineReviewMetrics", "engineReviewMetrics(again)", "engine", "review"};
    long warm = Long.parseLong(a[0]); int passes = Integer.parseInt(a[1]); int only = Integer.parseInt(a[2]);
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] best = new long[6]; Arrays.fill(best, Long.MAX_VALUE); long sink = 0;
    long end = System.nanoTime() + warm * 1_000_000_000L;
    for (int measured = 0; measured < passes; ) {
      boolean m = System.nanoTime() > end;
      for (int s = only; s <= only; s++) {
        MetricsAggregator out = MetricsAggregator.of(config);
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
        sink += out.caseCount();
      }
      if (m) measured++;
    }
    for (int s = only; s <= only; s++) System.out.printf(Locale.ROOT, "%-30s %6.2f us/case%n", names[s], best[s] / 1000.0 / cases.size());
    System.out.println("(" + (sink & 0xff) + ")");
  }
}
