package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Evaluates the deadlines of every case in a JSON Lines file. */
@Command(
        name = "deadlines",
        description = "Evaluate the deadlines of every case: write one JSON line per deadline, the ones that need"
                + " action (overdue, due soon, open) first.",
        mixinStandardHelpOptions = true)
final class DeadlinesCommand implements Callable<Integer> {

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Cases as JSON Lines.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the deadlines.")
    Path out;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Where to write rejected lines. Default: rejects.jsonl beside --out.")
    Path rejects;

    @Mixin
    AsOfOption asOf;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    Threads threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    DeadlinesCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        DeadlineEngine engine = engineOptions.engine();
        Instant at = asOf.instant(clock);
        Path rejectFile = rejects != null ? rejects : Paths.sibling(out, "rejects.jsonl");
        CasePipeline<Object> pipeline = new CasePipeline<>(threads.count(), 2, Object::new, (c, none, channels) -> {
            write(engine.evaluate(c, at), channels);
        });
        try (CaseInput in = CaseInput.open(input);
                DeadlineFiles deadlines = new DeadlineFiles(out);
                OutputStream rejected = Outputs.create(rejectFile)) {
            pipeline.run(
                    in,
                    List.of(deadlines.urgent(), deadlines.rest()),
                    rejected,
                    new Progress(spec.commandLine().getErr(), in.size(), !quiet));
            long urgent = pipeline.count(DeadlineFiles.URGENT);
            Summary.print(
                    spec.commandLine().getErr(),
                    in,
                    "deadlines: " + (urgent + pipeline.count(DeadlineFiles.REST)) + " (" + urgent + " need action) → "
                            + out,
                    rejectFile);
            return in.rejected() > 0 ? ExitCodes.OK_WITH_REJECTS : ExitCodes.OK;
        }
    }

    /** Writes evaluations to the channel of those that need action or to the other. */
    static void write(List<DeadlineEvaluation> evaluations, CasePipeline.Channels channels) {
        for (DeadlineEvaluation e : evaluations) {
            boolean urgent = e.status() == DeadlineStatus.OVERDUE || e.status().isPending();
            channels.write(urgent ? DeadlineFiles.URGENT : DeadlineFiles.REST, e);
        }
    }
}
