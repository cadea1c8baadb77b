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
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.ReviewResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.exc.JacksonIOException;

/**
 * One run of the report: reads cases line by line, evaluates each case's deadlines once and shares them with the
 * review and the management information, and writes deadlines.jsonl (those that need action first),
 * findings.jsonl, rejects.jsonl, report.json and index.html. Memory does not grow with the number of cases: every
 * output streams, and the aggregates hold counters. Cases are processed on several threads, each with its own
 * aggregates; they merge exactly, and the outputs keep the input's order, so the result does not depend on the
 * number of threads.
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
            boolean progress,
            int threads,
            int maxLineBytes) {}

    /** What came out. */
    record Result(InputCounts counts, ReportDocument document, long deadlines, long findings) {}

    private static final int FINDINGS = 2;

    private ReportRun() {}

    static Result run(Options o, Outputs.Opener opener, PrintWriter err) throws IOException {
        try {
            Files.createDirectories(o.outDir());
        } catch (IOException e) {
            throw new UserError("cannot create the output folder " + o.outDir() + ": " + Outputs.cause(e), e);
        }
        CaseReview review = CaseReview.of(o.engine());
        MetricsConfig config = MetricsConfig.of(o.asOf(), o.period());
        CasePipeline.Settings settings =
                new CasePipeline.Settings(o.asOfDate(), o.locale().equals(Languages.DANISH));
        // Everything a case adds to the thread's tallies comes last, after the stages that may fail, so that a
        // failing case leaves them as they were (but for the metrics, which add in one call).
        CasePipeline<Worker> pipeline =
                new CasePipeline<>(o.threads(), 3, settings, () -> new Worker(config), (c, w, out) -> {
                    List<DeadlineEvaluation> evaluations = o.engine().evaluate(c, o.asOf());
                    DeadlinesCommand.write(evaluations, o.locale(), out);
                    out.stage(CasePipeline.Stage.REVIEWING);
                    ReviewResult result = review.review(c, o.asOf(), evaluations);
                    for (Finding f : result.findings()) {
                        out.write(FINDINGS, FindingLine.of(f, o.locale()));
                    }
                    out.stage(CasePipeline.Stage.MEASURING);
                    w.metrics.add(c, evaluations);
                    w.deadlines.add(evaluations);
                    w.review.add(result);
                    w.municipality.see(c.municipality());
                });
        InputCounts counts;
        Worker total = new Worker(config);
        try (CaseInput in = CaseInput.open(o.input(), o.maxLineBytes());
                Outputs outputs = new Outputs(opener)) {
            DeadlineFiles deadlines = new DeadlineFiles(outputs, o.outDir().resolve("deadlines.jsonl"));
            OutputStream findings = outputs.create(o.outDir().resolve("findings.jsonl"));
            OutputStream rejects = outputs.create(o.outDir().resolve("rejects.jsonl"));
            OutputStream reportJson = outputs.create(o.outDir().resolve("report.json"));
            OutputStream indexHtml = outputs.create(o.outDir().resolve("index.html"));
            List<Worker> workers = pipeline.run(
                    in,
                    List.of(deadlines.urgent(), deadlines.rest(), findings),
                    rejects,
                    new Progress(err, in.size(), o.progress()));
            deadlines.finish();
            workers.forEach(total::merge);
            counts = new InputCounts(in.read(), in.accepted(), in.rejected());
            ReportDocument document = document(o, review, total, counts);
            CaseJsonLines.mapper().writerWithDefaultPrettyPrinter().writeValue(reportJson, document);
            indexHtml.write(Dashboard.render(document, o.locale()).getBytes(StandardCharsets.UTF_8));
            outputs.commit();
            return new Result(
                    counts,
                    document,
                    pipeline.count(DeadlineFiles.URGENT) + pipeline.count(DeadlineFiles.REST),
                    pipeline.count(FINDINGS));
        } catch (JacksonIOException e) {
            // Jackson wraps a failure of the stream it writes report.json to; the cause names the file.
            IOException cause = e.getCause();
            if (cause != null) {
                throw cause;
            }
            throw e;
        }
    }

    private static ReportDocument document(Options o, CaseReview review, Worker total, InputCounts counts) {
        MetricsReport report = total.metrics.report(o.profile(), o.budget());
        boolean political = o.profile().isPolitical();
        ReportDocument document = new ReportDocument(
                o.asOfDate(),
                total.municipality.single().map(MunicipalityCode::toString),
                counts,
                report,
                political
                        ? Optional.empty()
                        : Optional.of(total.deadlines.summary(o.engine().rules())),
                political ? Optional.empty() : Optional.of(total.review.summary(review.catalogue())));
        return document;
    }

    /** The aggregates of one worker thread; merged into one at the end. */
    private static final class Worker {
        final MetricsAggregator metrics;
        final DeadlineSummary.Tally deadlines = new DeadlineSummary.Tally();
        final ReviewSummary.Tally review = new ReviewSummary.Tally();
        final MunicipalitySeen municipality = new MunicipalitySeen();

        Worker(MetricsConfig config) {
            this.metrics = MetricsAggregator.of(config);
        }

        void merge(Worker other) {
            metrics.merge(other.metrics);
            deadlines.merge(other.deadlines);
            review.merge(other.review);
            municipality.merge(other.municipality);
        }
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

        void merge(MunicipalitySeen other) {
            if (other.mixed) {
                mixed = true;
            } else if (other.first != null) {
                see(other.first);
            }
        }

        Optional<MunicipalityCode> single() {
            return mixed ? Optional.empty() : Optional.ofNullable(first);
        }
    }
}
