package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.ReviewResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Reviews every case in a JSON Lines file against the law (sagsgennemgang). */
@Command(
        name = "review",
        description = "Review every case against the law in force on each event's date: write one JSON line per"
                + " finding (errors, warnings and queries, with Danish and English messages).",
        mixinStandardHelpOptions = true)
final class ReviewCommand implements Callable<Integer> {

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Cases as JSON Lines.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the findings.")
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

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    ReviewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        DeadlineEngine engine = engineOptions.engine();
        CaseReview review = CaseReview.of(engine);
        Instant at = asOf.instant(clock);
        Path rejectFile = rejects != null ? rejects : Paths.sibling(out, "rejects.jsonl");
        long[] errors = new long[1];
        try (CaseInput in = CaseInput.open(input);
                JsonLinesOut findings = JsonLinesOut.create(out);
                JsonLinesOut rejected = JsonLinesOut.create(rejectFile)) {
            in.forEach(
                    new CaseInput.Sink() {
                        @Override
                        public void accepted(long line, ChildCase c) {
                            ReviewResult r = review.review(c, at);
                            r.findings().forEach(findings::write);
                            errors[0] += r.hasErrors() ? 1 : 0;
                        }

                        @Override
                        public void rejected(long line, String reason) {
                            rejected.write(new RejectedLine(line, reason));
                        }
                    },
                    new Progress(spec.commandLine().getErr(), in.size(), !quiet));
            Summary.print(
                    spec.commandLine().getErr(),
                    in,
                    "findings: " + findings.count() + " (" + errors[0] + " cases with errors) → " + out,
                    rejectFile);
            return in.rejected() > 0 ? ExitCodes.OK_WITH_REJECTS : ExitCodes.OK;
        }
    }
}
