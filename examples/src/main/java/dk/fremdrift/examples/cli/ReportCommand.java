package dk.fremdrift.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The full report on a JSON Lines file of cases. */
@Command(
        name = "report",
        description = "Read cases, evaluate their deadlines, review every case and compute the management"
                + " information. Writes report.json, deadlines.jsonl (those that need action first),"
                + " findings.jsonl, rejects.jsonl and index.html into the output folder.",
        mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    private final Clock clock;
    private final Outputs.Opener opener;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Cases as JSON Lines.")
    Path input;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "fremdrift-report",
            description = "Output folder (created if missing). Default: ./fremdrift-report")
    Path out;

    @Mixin
    AsOfOption asOf;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    ReportOptions reportOptions;

    @Mixin
    Threads threads;

    @Mixin
    LineLimit lineLimit;

    @Option(
            names = "--aggregate-out",
            paramLabel = "FILE",
            description =
                    "Also write the aggregate document (JSON) of the metrics: every indicator's counters, no case,"
                            + " CPR or caseworker id. Needs the cases of one municipality. Merge several with 'fremdrift"
                            + " merge'.")
    Path aggregateOut;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    ReportCommand(Clock clock, Outputs.Opener opener) {
        this.clock = clock;
        this.opener = opener;
    }

    @Override
    public Integer call() throws IOException {
        LocalDate date = asOf.date(clock);
        ReportRun.Result r = ReportRun.run(
                new ReportRun.Options(
                        input,
                        out,
                        date,
                        asOf.instant(clock),
                        engineOptions.engine(),
                        reportOptions.period(date),
                        reportOptions.profile(),
                        reportOptions.budget(),
                        reportOptions.locale(),
                        !quiet,
                        threads.count(),
                        lineLimit.bytes(),
                        Optional.ofNullable(aggregateOut),
                        false,
                        reportOptions.serviceLevel(),
                        reportOptions.comparePrevious),
                opener,
                spec.commandLine().getErr());
        print(spec.commandLine().getErr(), r, out, aggregateOut);
        return r.counts().rejected() > 0 ? ExitCodes.OK_WITH_REJECTS : ExitCodes.OK;
    }

    static void print(PrintWriter err, ReportRun.Result r, Path out, Path aggregate) {
        err.printf(
                "read %,d cases: %,d accepted, %,d rejected%n",
                r.counts().read(), r.counts().accepted(), r.counts().rejected());
        err.printf("deadlines: %,d; findings: %,d%n", r.deadlines(), r.findings());
        err.println("report → " + out.resolve("index.html").toAbsolutePath());
        if (aggregate != null) {
            err.println("aggregate document → " + aggregate.toAbsolutePath());
        }
        if (r.counts().rejected() > 0) {
            err.println("rejected lines, with line number and reason → " + out.resolve("rejects.jsonl"));
        }
        err.flush();
    }
}
