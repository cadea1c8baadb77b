package dk.fremdrift.benchmarks.cases;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.validation.review.CaseReview;
import java.util.List;
import java.util.Locale;

/**
 * Prints what the benchmark cases hold on average: parts per case (and of which kind), bytes per JSON line,
 * deadline evaluations and review findings per case, so that a cases-per-second figure can be read as work.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dk.fremdrift.benchmarks.cases.CaseCensus [size]
 * }</pre>
 */
public final class CaseCensus {

    private CaseCensus() {}

    /**
     * Prints the census of a sample.
     *
     * @param args optionally the sample size; 4096 if absent
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        SyntheticCases sample = SyntheticCases.of(size);
        List<ChildCase> cases = sample.cases();
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        CaseReview review = CaseReview.of(engine);
        long evaluations = 0;
        long findings = 0;
        for (ChildCase c : cases) {
            List<DeadlineEvaluation> e = engine.evaluate(c, SyntheticCases.AS_OF);
            evaluations += e.size();
            findings += review.review(c, SyntheticCases.AS_OF, e).findings().size();
        }
        double n = cases.size();
        System.out.printf(
                Locale.ROOT,
                "%d cases sampled evenly from %,d children (Odense, seed 42, 5 years to %s)%n",
                cases.size(),
                SyntheticCases.CHILDREN,
                SyntheticCases.AS_OF_DATE);
        System.out.printf(Locale.ROOT, "parts per case        %6.1f%n", sample.partsPerCase());
        row(
                "  notifications",
                cases.stream().mapToInt(c -> c.notifications().size()).sum(),
                n);
        row("  screenings", cases.stream().mapToInt(c -> c.screenings().size()).sum(), n);
        row(
                "  explorations",
                cases.stream().mapToInt(c -> c.explorations().size()).sum(),
                n);
        row(
                "  investigations",
                cases.stream().mapToInt(c -> c.investigations().size()).sum(),
                n);
        row(
                "  child conversations",
                cases.stream().mapToInt(c -> c.childConversations().size()).sum(),
                n);
        row("  decisions", cases.stream().mapToInt(c -> c.decisions().size()).sum(), n);
        row("  plans", cases.stream().mapToInt(c -> c.plans().size()).sum(), n);
        row(
                "  goals",
                cases.stream()
                        .flatMap(c -> c.plans().stream())
                        .mapToInt(p -> p.goals().size())
                        .sum(),
                n);
        row(
                "  interventions",
                cases.stream().mapToInt(c -> c.interventions().size()).sum(),
                n);
        row("  follow-ups", cases.stream().mapToInt(c -> c.followUps().size()).sum(), n);
        row(
                "  supervision visits",
                cases.stream().mapToInt(c -> c.supervisionVisits().size()).sum(),
                n);
        row(
                "  assignments",
                cases.stream().mapToInt(c -> c.assignments().size()).sum(),
                n);
        row(
                "  management reviews",
                cases.stream().mapToInt(c -> c.managementReviews().size()).sum(),
                n);
        row("  complaints", cases.stream().mapToInt(c -> c.complaints().size()).sum(), n);
        row(
                "  access requests",
                cases.stream().mapToInt(c -> c.accessRequests().size()).sum(),
                n);
        row(
                "  justifications",
                cases.stream().mapToInt(c -> c.justifications().size()).sum(),
                n);
        row("  closings", cases.stream().filter(c -> c.closing().isPresent()).count(), n);
        System.out.printf(Locale.ROOT, "bytes per JSON line   %6.0f%n", sample.bytesPerCase());
        row("deadline evaluations", evaluations, n);
        row("review findings", findings, n);
    }

    private static void row(String label, long total, double cases) {
        System.out.printf(Locale.ROOT, "%-22s%6.2f%n", label, total / cases);
    }
}
