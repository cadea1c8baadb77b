package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.examples.dashboard.Dashboard;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.report.DeadlineSummary;
import dk.fremdrift.examples.report.InputCounts;
import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.examples.report.ReviewSummary;
import dk.fremdrift.metrics.Budget;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.ReviewResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One run of the report: reads cases line by line, evaluates each case's deadlines once and shares them with the
 * review and the management information, and writes deadlines.jsonl (those that need action first),
 * findings.jsonl, rejects.jsonl, report.json and index.html. Memory does not grow with the number of cases: every
 * output streams, and the aggregates hold counters.
 */
final class ReportRun {

    /** What to run on. */
    record Options(
            Path input,
            Path outDir,
            LocalDate asOfDate,
            Instant asOf,
            DeadlineEngine engine,
            ReportingPeriod period,
            ReportProfile profile,
            Budget budget,
            Locale locale,
            boolean progress) {}

    /** What came out. */
    record Result(InputCounts counts, ReportDocument document, long deadlines, long findings) {}

    private ReportRun() {}

    static Result run(Options o, PrintWriter err) throws IOException {
        try {
            Files.createDirectories(o.outDir());
        } catch (IOException e) {
            throw new UserError("cannot create the output folder " + o.outDir() + ": " + e.getMessage(), e);
        }
        CaseReview review = CaseReview.of(o.engine());
        MetricsAggregator metrics = MetricsAggregator.of(MetricsConfig.of(o.asOf(), o.period()));
        DeadlineSummary.Tally deadlineTally = new DeadlineSummary.Tally();
        ReviewSummary.Tally reviewTally = new ReviewSummary.Tally();
        MunicipalitySeen municipality = new MunicipalitySeen();
        long deadlineCount;
        long findingCount;
        InputCounts counts;
        try (CaseInput in = CaseInput.open(o.input());
                DeadlineFiles deadlines = new DeadlineFiles(o.outDir().resolve("deadlines.jsonl"));
                JsonLinesOut findings = JsonLinesOut.create(o.outDir().resolve("findings.jsonl"));
                JsonLinesOut rejects = JsonLinesOut.create(o.outDir().resolve("rejects.jsonl"))) {
            in.forEach(
                    new CaseInput.Sink() {
                        @Override
                        public void accepted(long line, ChildCase c) {
                            List<DeadlineEvaluation> evaluations = o.engine().evaluate(c, o.asOf());
                            deadlines.write(evaluations);
                            deadlineTally.add(evaluations);
                            ReviewResult result = review.review(c, o.asOf(), evaluations);
                            result.findings().forEach(findings::write);
                            reviewTally.add(result);
                            metrics.add(c, evaluations);
                            municipality.see(c.municipality());
                        }

                        @Override
                        public void rejected(long line, String reason) {
                            rejects.write(new RejectedLine(line, reason));
                        }
                    },
                    new Progress(err, in.size(), o.progress()));
            counts = new InputCounts(in.read(), in.accepted(), in.rejected());
            deadlineCount = deadlines.count();
            findingCount = findings.count();
        }
        MetricsReport report = metrics.report(o.profile(), o.budget());
        boolean political = o.profile().isPolitical();
        ReportDocument document = new ReportDocument(
                o.asOfDate(),
                municipality.single().map(MunicipalityCode::toString),
                counts,
                report,
                political
                        ? Optional.empty()
                        : Optional.of(deadlineTally.summary(o.engine().rules())),
                political ? Optional.empty() : Optional.of(reviewTally.summary(review.catalogue())));
        CaseJsonLines.mapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(o.outDir().resolve("report.json").toFile(), document);
        Files.writeString(
                o.outDir().resolve("index.html"), Dashboard.render(document, o.locale()), StandardCharsets.UTF_8);
        return new Result(counts, document, deadlineCount, findingCount);
    }

    /** The municipality of the cases, if they all belong to one. */
    private static final class MunicipalitySeen {
        private MunicipalityCode first;
        private boolean mixed;

        void see(MunicipalityCode m) {
            if (first == null) {
                first = m;
            } else if (!first.equals(m)) {
                mixed = true;
            }
        }

        Optional<MunicipalityCode> single() {
            return mixed ? Optional.empty() : Optional.ofNullable(first);
        }
    }
}
