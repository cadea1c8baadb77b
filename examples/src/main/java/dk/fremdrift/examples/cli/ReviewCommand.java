package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.ReviewResult;
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

/** Reviews every case in a JSON Lines file against the law (sagsgennemgang). */
@Command(
        name = "review",
        description = "Review every case against the law in force on each event's date: write one JSON line per"
                + " finding (errors, warnings and queries, with Danish and English messages).",
        mixinStandardHelpOptions = true)
final class ReviewCommand implements Callable<Integer> {

    private final Clock clock;
    private final Outputs.Opener opener;

    @Spec
    CommandSpec spec;

    @Mixin
    LinesRunOptions run;

    ReviewCommand(Clock clock, Outputs.Opener opener) {
        this.clock = clock;
        this.opener = opener;
    }

    @Override
    public Integer call() throws IOException {
        DeadlineEngine engine = run.engine.engine();
        CaseReview review = CaseReview.of(engine);
        Instant at = run.asOf.instant(clock);
        Locale locale = Languages.locale(run.lang);
        Path rejectFile = run.rejectFile();
        CasePipeline.Settings settings = new CasePipeline.Settings(run.asOf.date(clock), Languages.isDanish(run.lang));
        CasePipeline<long[]> pipeline =
                new CasePipeline<>(run.threads.count(), 1, settings, () -> new long[1], (c, errors, ch) -> {
                    ch.stage(CasePipeline.Stage.REVIEWING);
                    ReviewResult r = review.review(c, at);
                    r.findings().forEach(f -> ch.write(0, FindingLine.of(f, locale)));
                    errors[0] += r.hasErrors() ? 1 : 0;
                });
        try (CaseInput in = CaseInput.open(run.input, run.lineLimit.bytes());
                Outputs outputs = new Outputs(opener)) {
            OutputStream findings = outputs.create(run.out);
            OutputStream rejected = outputs.create(rejectFile);
            List<long[]> states = pipeline.run(
                    in,
                    List.of(findings),
                    rejected,
                    new Progress(spec.commandLine().getErr(), in.size(), !run.quiet));
            outputs.commit();
            long errors = states.stream().mapToLong(s -> s[0]).sum();
            Summary.print(
                    spec.commandLine().getErr(),
                    in,
                    "findings: " + pipeline.count(0) + " (" + errors + " cases with errors) → " + run.out,
                    rejectFile);
            return in.rejected() > 0 ? ExitCodes.OK_WITH_REJECTS : ExitCodes.OK;
        }
    }
}
