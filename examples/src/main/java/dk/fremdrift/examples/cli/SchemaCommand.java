package dk.fremdrift.examples.cli;

import dk.fremdrift.model.ChildCase;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of a case, the contract for systems that write cases as JSON. */
@Command(
        name = "schema",
        description = "Print the JSON Schema of one case (one line of the JSON Lines input).",
        mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (InputStream in = ChildCase.class.getResourceAsStream(ChildCase.JSON_SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new UserError(
                        "the schema resource " + ChildCase.JSON_SCHEMA_RESOURCE + " is missing from the jar");
            }
            spec.commandLine().getOut().print(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
