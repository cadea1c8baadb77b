package dk.fremdrift.benchmarks.cases;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.ReviewResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a SHA-256 digest of everything the engines produce for the benchmark cases: every deadline evaluation as
 * JSON with both explanations, every review finding as JSON, and the administrative and political metrics reports
 * as JSON. Run it on the libraries before and after a change for speed: the same digests show that the change left
 * every result as it was.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dk.fremdrift.benchmarks.cases.ResultDigest [cases]
 * }</pre>
 */
public final class ResultDigest {

    private ResultDigest() {}

    /**
     * Prints the digests.
     *
     * @param args optionally the number of cases; 20,000 (every case of the municipality) if absent
     * @throws NoSuchAlgorithmException never: every JDK has SHA-256
     */
    public static void main(String[] args) throws NoSuchAlgorithmException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : SyntheticCases.CHILDREN;
        JsonMapper mapper = CaseJsonLines.mapper();
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        CaseReview review = CaseReview.of(engine);
        MetricsAggregator metrics = MetricsAggregator.of(MetricsConfig.of(SyntheticCases.AS_OF, SyntheticCases.PERIOD));
        MessageDigest deadlines = MessageDigest.getInstance("SHA-256");
        MessageDigest findings = MessageDigest.getInstance("SHA-256");
        long evaluationCount = 0;
        long findingCount = 0;
        for (ChildCase c : SyntheticCases.of(size).cases()) {
            List<DeadlineEvaluation> evaluations = engine.evaluate(c, SyntheticCases.AS_OF);
            for (DeadlineEvaluation e : evaluations) {
                deadlines.update(mapper.writeValueAsBytes(e));
                deadlines.update(e.explanationDa().getBytes(StandardCharsets.UTF_8));
                deadlines.update(e.explanationEn().getBytes(StandardCharsets.UTF_8));
                evaluationCount++;
            }
            ReviewResult result = review.review(c, SyntheticCases.AS_OF, evaluations);
            findings.update(mapper.writeValueAsBytes(result));
            findingCount += result.findings().size();
            metrics.add(c, evaluations);
        }
        byte[] administrative = mapper.writeValueAsBytes(metrics.report(ReportProfile.ADMINISTRATIVE));
        byte[] political = mapper.writeValueAsBytes(metrics.report(ReportProfile.POLITICAL));
        HexFormat hex = HexFormat.of();
        System.out.println("cases           " + size);
        System.out.println("evaluations     " + evaluationCount + " " + hex.formatHex(deadlines.digest()));
        System.out.println("findings        " + findingCount + " " + hex.formatHex(findings.digest()));
        System.out.println("administrative  "
                + hex.formatHex(MessageDigest.getInstance("SHA-256").digest(administrative)));
        System.out.println("political       "
                + hex.formatHex(MessageDigest.getInstance("SHA-256").digest(political)));
    }
}
