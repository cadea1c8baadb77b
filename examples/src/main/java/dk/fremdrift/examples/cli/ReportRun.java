package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.examples.dashboard.Dashboard;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.report.DeadlineSummary;
import dk.fremdrift.examples.report.InputCounts;
import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.examples.report.ReviewSummary;
import dk.fremdrift.examples.report.ServiceLevelSection;
import dk.fremdrift.examples.report.Watchlist;
import dk.fremdrift.metrics.AggregateDocument;
import dk.fremdrift.metrics.Budget;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.metrics.ServiceLevel;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.ReviewResult;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
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
            int maxLineBytes,
            Optional<Path> aggregateOut,
            boolean synthetic,
            Optional<ServiceLevel> serviceLevel,
            boolean comparePrevious) {}

    /** What came out. */
    record Result(InputCounts counts, ReportDocument document, long deadlines, long findings) {}

    private static final int FINDINGS = 2;

    private ReportRun() {}

    /**
     * What a report is made with, whatever it reads from and writes to: the command line's files, or the service's
     * request and response.
     */
    record Setup(
            LocalDate asOfDate,
            Instant asOf,
            DeadlineEngine engine,
            CaseReview review,
            MetricsConfig config,
            ReportProfile profile,
            Budget budget,
            Locale locale,
            int threads,
            Optional<MetricsConfig> previous) {

        /** The setup without the previous period. */
        Setup(
                LocalDate asOfDate,
                Instant asOf,
                DeadlineEngine engine,
                CaseReview review,
                MetricsConfig config,
                ReportProfile profile,
                Budget budget,
                Locale locale,
                int threads) {
            this(asOfDate, asOf, engine, review, config, profile, budget, locale, threads, Optional.empty());
        }
    }

    /**
     * The settings of the period before: as long as the report's and ending where it starts, seen at the same moment,
     * with the same thresholds. A year from 24 November 2025 has the year from 24 November 2024 before it.
     */
    static MetricsConfig previous(MetricsConfig c) {
        LocalDate start = c.period().startInclusive();
        Period length = Period.between(start, c.period().endExclusive());
        return new MetricsConfig(
                c.asOf(),
                c.zone(),
                ReportingPeriod.of(start.minus(length), start),
                c.stalledAfterDays(),
                c.recommendedCaseload(),
                c.longCourseMonths());
    }

    /**
     * The report of one input, how many deadlines and findings were written, the merged metrics and the
     * municipality of the cases, if they all belong to one.
     */
    record Made(
            ReportDocument document,
            long deadlines,
            long findings,
            MetricsAggregator metrics,
            Optional<MunicipalityCode> municipality) {}

    static Result run(Options o, Outputs.Opener opener, PrintWriter err) throws IOException {
        try {
            Files.createDirectories(o.outDir());
        } catch (IOException e) {
            throw new UserError("cannot create the output folder " + o.outDir() + ": " + Outputs.cause(e), e);
        }
        // A declared service level may set the length of a long course.
        MetricsConfig base = MetricsConfig.of(o.asOf(), o.period());
        MetricsConfig config =
                o.serviceLevel().map(level -> level.applyTo(base)).orElse(base);
        Setup setup = new Setup(
                o.asOfDate(),
                o.asOf(),
                o.engine(),
                CaseReview.of(o.engine()),
                config,
                o.profile(),
                o.budget(),
                o.locale(),
                o.threads(),
                o.comparePrevious() ? Optional.of(previous(config)) : Optional.empty());
        // A service level that names no indicator of the report (the standard ones and the rule file's) is an error
        // before any case is read.
        o.serviceLevel().ifPresent(level -> check(level, setup));
        try (CaseInput in = CaseInput.open(o.input(), o.maxLineBytes());
                Outputs outputs = new Outputs(opener)) {
            DeadlineFiles deadlines = new DeadlineFiles(outputs, o.outDir().resolve("deadlines.jsonl"));
            OutputStream findings = outputs.create(o.outDir().resolve("findings.jsonl"));
            OutputStream rejects = outputs.create(o.outDir().resolve("rejects.jsonl"));
            OutputStream reportJson = outputs.create(o.outDir().resolve("report.json"));
            OutputStream indexHtml = outputs.create(o.outDir().resolve("index.html"));
            Made made = make(
                    setup,
                    in,
                    List.of(deadlines.urgent(), deadlines.rest(), findings),
                    rejects,
                    new Progress(err, in.size(), o.progress()));
            deadlines.finish();
            if (o.aggregateOut().isPresent()) {
                Path file = o.aggregateOut().get();
                createParent(file);
                MunicipalityCode municipality = made.municipality()
                        .orElseThrow(() -> new UserError("--aggregate-out: expected the accepted cases of one"
                                + " municipality, got "
                                + (made.document().input().orElseThrow().accepted() == 0
                                        ? "none"
                                        : "cases of several; split the input by municipality")));
                AggregateDocument aggregate =
                        made.metrics().toDocument(municipality, setup.engine().rules());
                if (o.synthetic()) {
                    aggregate = aggregate.asSynthetic();
                }
                CaseJsonLines.mapper().writerWithDefaultPrettyPrinter().writeValue(outputs.create(file), aggregate);
            }
            write(finished(made.document(), o.synthetic(), o.serviceLevel()), o.locale(), reportJson, indexHtml);
            outputs.commit();
            return new Result(
                    made.document().input().orElseThrow(), made.document(), made.deadlines(), made.findings());
        } catch (JacksonIOException e) {
            // Jackson wraps a failure of the stream it writes report.json to; the cause names the file.
            IOException cause = e.getCause();
            if (cause != null) {
                throw cause;
            }
            throw e;
        }
    }

    /** Checks a service level against an empty report of the setup: a target on no indicator is a user error. */
    static void check(ServiceLevel level, Setup setup) {
        serviceLevel(
                level,
                MetricsAggregator.of(
                                setup.config(),
                                LocalDeadlineIndicators.of(setup.engine().rules()))
                        .report(setup.profile()));
    }

    /** The declared service level against a report's values; a target the report cannot answer is a user error. */
    static ServiceLevelSection serviceLevel(ServiceLevel level, MetricsReport report) {
        try {
            return new ServiceLevelSection(level.decided(), level.compare(report));
        } catch (IllegalArgumentException e) {
            throw new UserError("service level file: " + e.getMessage(), e);
        }
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UserError("cannot create the folder " + parent + ": " + Outputs.cause(e), e);
        }
    }

    /**
     * Makes the report of every line of the input: the same pipeline, rejects and reasons for every caller.
     *
     * @param s what the report is made with
     * @param in the lines
     * @param channels where deadlines that need action, the other deadlines and findings go, as JSON Lines
     * @param rejects where rejected lines go, as JSON Lines
     * @param progress the progress bar
     * @return the report
     */
    static Made make(Setup s, CaseInput in, List<OutputStream> channels, OutputStream rejects, Progress progress)
            throws IOException {
        CasePipeline<Worker> pipeline = pipeline(s, s.threads());
        List<Worker> workers = pipeline.run(in, channels, rejects, progress);
        Worker total = new Worker(s.config(), s.engine().rules(), s.previous());
        workers.forEach(total::merge);
        InputCounts counts = new InputCounts(in.read(), in.accepted(), in.rejected());
        return new Made(
                document(s, total, counts),
                pipeline.count(DeadlineFiles.URGENT) + pipeline.count(DeadlineFiles.REST),
                pipeline.count(FINDINGS),
                total.metrics,
                total.municipality.single());
    }

    /**
     * The pipeline of a report: each case evaluated, reviewed and measured into the thread's {@link Worker}, writing
     * deadlines (urgent, rest) and findings to three channels.
     */
    static CasePipeline<Worker> pipeline(Setup s, int threads) {
        CaseReview review = s.review();
        CasePipeline.Settings settings =
                new CasePipeline.Settings(s.asOfDate(), s.locale().equals(Languages.DANISH));
        // Everything a case adds to the thread's tallies comes last, after the stages that may fail, so that a
        // failing case leaves them as they were (but for the metrics, which add in one call).
        return new CasePipeline<>(
                threads, 3, settings, () -> new Worker(s.config(), s.engine().rules(), s.previous()), (c, w, out) -> {
                    List<DeadlineEvaluation> evaluations = s.engine().evaluate(c, s.asOf());
                    DeadlinesCommand.write(evaluations, s.locale(), out);
                    out.stage(CasePipeline.Stage.REVIEWING);
                    ReviewResult result = review.review(c, s.asOf(), evaluations);
                    for (Finding f : result.findings()) {
                        out.write(FINDINGS, FindingLine.of(f, s.locale()));
                    }
                    out.stage(CasePipeline.Stage.MEASURING);
                    w.metrics.add(c, evaluations);
                    if (w.previous != null) {
                        w.previous.add(c, evaluations);
                    }
                    w.deadlines.add(evaluations);
                    w.review.add(result);
                    w.watchlist.add(c, evaluations, s.config());
                    w.municipality.see(c.municipality());
                });
    }

    /** The report as written: marked synthetic if asked, with the declared service level set against it if given. */
    static ReportDocument finished(ReportDocument made, boolean synthetic, Optional<ServiceLevel> level) {
        ReportDocument document = synthetic ? made.asSynthetic() : made;
        if (level.isPresent()) {
            document = document.withServiceLevel(serviceLevel(level.get(), document.metrics()));
        }
        return document;
    }

    /** Writes report.json and index.html. */
    static void write(ReportDocument document, Locale locale, OutputStream reportJson, OutputStream indexHtml)
            throws IOException {
        CaseJsonLines.mapper().writerWithDefaultPrettyPrinter().writeValue(reportJson, document);
        indexHtml.write(Dashboard.render(document, locale).getBytes(StandardCharsets.UTF_8));
    }

    static ReportDocument document(Setup s, Worker total, InputCounts counts) {
        MetricsReport report = total.metrics.report(s.profile(), s.budget());
        boolean political = s.profile().isPolitical();
        ReportDocument document = new ReportDocument(
                s.asOfDate(),
                total.municipality.single().map(MunicipalityCode::toString),
                counts,
                report,
                political
                        ? Optional.empty()
                        : Optional.of(total.deadlines.summary(s.engine().rules())),
                political
                        ? Optional.empty()
                        : Optional.of(total.review.summary(s.review().catalogue())));
        if (total.previous != null) {
            document = document.withPrevious(total.previous.report(s.profile()));
        }
        // The one part that names cases (by key): leaders only.
        return political ? document : document.withWatchlist(total.watchlist.list());
    }

    /** The aggregates of one worker thread (or one partition of a Spark job); merged into one at the end. */
    static final class Worker {
        final MetricsAggregator metrics;
        /** The period before, when the report compares with it; null otherwise. */
        final MetricsAggregator previous;

        final DeadlineSummary.Tally deadlines = new DeadlineSummary.Tally();
        final ReviewSummary.Tally review = new ReviewSummary.Tally();
        final Watchlist.Tally watchlist = new Watchlist.Tally();
        final MunicipalitySeen municipality = new MunicipalitySeen();
        private final RuleBook rules;

        Worker(MetricsConfig config, RuleBook rules, Optional<MetricsConfig> previous) {
            // The municipality's local deadlines get indicators of their own, beside the standard ones.
            this.metrics = MetricsAggregator.of(config, LocalDeadlineIndicators.of(rules));
            this.previous = previous.map(p -> MetricsAggregator.of(p, LocalDeadlineIndicators.of(rules)))
                    .orElse(null);
            this.rules = rules;
        }

        void merge(Worker other) {
            metrics.merge(other.metrics);
            if (previous != null) {
                previous.merge(other.previous);
            }
            deadlines.merge(other.deadlines);
            review.merge(other.review);
            watchlist.merge(other.watchlist);
            municipality.merge(other.municipality);
        }

        /** Writes the aggregates, to move them between the processes of one run (see {@link #mergeFrom}). */
        void writeTo(DataOutput out) throws IOException {
            byte[] m = metrics.toBytes();
            out.writeInt(m.length);
            out.write(m);
            if (previous != null) {
                byte[] p = previous.toBytes();
                out.writeInt(p.length);
                out.write(p);
            }
            deadlines.writeTo(out);
            review.writeTo(out);
            watchlist.writeTo(out);
            out.writeInt(municipality.first == null ? -1 : municipality.first.code());
            out.writeBoolean(municipality.mixed);
        }

        /** Adds aggregates written by {@link #writeTo} of a worker of the same settings. */
        void mergeFrom(DataInput in) throws IOException {
            byte[] m = new byte[in.readInt()];
            in.readFully(m);
            metrics.mergeBytes(m);
            if (previous != null) {
                byte[] p = new byte[in.readInt()];
                in.readFully(p);
                previous.mergeBytes(p);
            }
            deadlines.mergeFrom(in, rules);
            review.mergeFrom(in);
            watchlist.mergeFrom(in);
            MunicipalitySeen other = new MunicipalitySeen();
            int code = in.readInt();
            other.first = code < 0 ? null : MunicipalityCode.of(code);
            other.mixed = in.readBoolean();
            municipality.merge(other);
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
