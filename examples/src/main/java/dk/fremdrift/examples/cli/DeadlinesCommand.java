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
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Evaluates the deadlines of every case in a JSON Lines file. */
@Command(
        name = "deadlines",
        description = "Evaluate the deadlines of every case: write one JSON line per deadline, the ones that need"
                + " action (overdue, due soon, open) first.",
        mixinStandardHelpOptions = true)
final class DeadlinesCommand implements Callable<Integer> {

    private final Clock clock;
    private final Outputs.Opener opener;

    @Spec
    CommandSpec spec;

    @Mixin
    LinesRunOptions run;

    DeadlinesCommand(Clock clock, Outputs.Opener opener) {
        this.clock = clock;
        this.opener = opener;
    }

    @Override
    public Integer call() throws IOException {
        DeadlineEngine engine = run.engine.engine();
        Instant at = run.asOf.instant(clock);
        Locale locale = Languages.locale(run.lang);
        Path rejectFile = run.rejectFile();
        CasePipeline.Settings settings = new CasePipeline.Settings(run.asOf.date(clock), Languages.isDanish(run.lang));
        CasePipeline<Object> pipeline =
                new CasePipeline<>(run.threads.count(), 2, settings, Object::new, (c, none, channels) -> {
                    write(engine.evaluate(c, at), locale, channels);
                });
        try (CaseInput in = CaseInput.open(run.input, run.lineLimit.bytes());
                Outputs outputs = new Outputs(opener)) {
            DeadlineFiles deadlines = new DeadlineFiles(outputs, run.out);
            OutputStream rejected = outputs.create(rejectFile);
            pipeline.run(
                    in,
                    List.of(deadlines.urgent(), deadlines.rest()),
                    rejected,
                    new Progress(spec.commandLine().getErr(), in.size(), !run.quiet));
            deadlines.finish();
            outputs.commit();
            long urgent = pipeline.count(DeadlineFiles.URGENT);
            Summary.print(
                    spec.commandLine().getErr(),
                    in,
                    "deadlines: " + (urgent + pipeline.count(DeadlineFiles.REST)) + " (" + urgent + " need action) → "
                            + run.out,
                    rejectFile);
            return in.rejected() > 0 ? ExitCodes.OK_WITH_REJECTS : ExitCodes.OK;
        }
    }

    /** Writes evaluations to the channel of those that need action or to the other. */
    static void write(List<DeadlineEvaluation> evaluations, Locale locale, CasePipeline.Channels channels) {
        for (DeadlineEvaluation e : evaluations) {
            boolean urgent = e.status() == DeadlineStatus.OVERDUE || e.status().isPending();
            channels.write(urgent ? DeadlineFiles.URGENT : DeadlineFiles.REST, DeadlineLine.of(e, locale));
        }
    }
}
