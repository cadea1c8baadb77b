package dk.fremdrift.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options shared by the commands that turn a JSON Lines file of cases into another JSON Lines file. */
final class LinesRunOptions {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Cases as JSON Lines.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the JSON Lines.")
    Path out;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Where to write rejected lines. Default: rejects.jsonl beside --out.")
    Path rejects;

    @Mixin
    AsOfOption asOf;

    @Mixin
    EngineOptions engine;

    @Mixin
    Threads threads;

    @Mixin
    LineLimit lineLimit;

    @Option(
            names = "--lang",
            paramLabel = "da|en",
            defaultValue = "da",
            description = "Language of the explanations and messages: da or en.")
    String lang;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    Path rejectFile() {
        return rejects != null ? rejects : Paths.sibling(out, "rejects.jsonl");
    }
}
