package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.examples.io.CaseJsonLines;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the rule catalogue: the deadline rules, generated from the code. */
@Command(
        name = "rules",
        description = "Print the deadline rule catalogue (with a municipality's rules if given) as Markdown or JSON.",
        mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Option(names = "--format", paramLabel = "markdown|json", defaultValue = "markdown", description = "Output format.")
    String format;

    @Option(names = "--lang", paramLabel = "da|en", defaultValue = "da", description = "Language: da or en.")
    String lang;

    @Override
    public Integer call() {
        RuleBook book = engine.ruleBook();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "markdown" -> out.print(book.toMarkdown(Languages.locale(lang)));
            case "json" ->
                out.println(
                        CaseJsonLines.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(book.rules()));
            default -> throw new UserError("--format: expected markdown or json, got '" + format + "'");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
