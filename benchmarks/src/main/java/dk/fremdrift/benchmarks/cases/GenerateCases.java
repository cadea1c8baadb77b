package dk.fremdrift.benchmarks.cases;

import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.model.ChildCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes the cases of the synthetic municipality of {@link SyntheticCases#municipality(int)} as JSON Lines: the same
 * file as {@code fremdrift demo --children N --as-of 2026-11-23} writes to {@code DIR/cases.jsonl}, without making
 * the demo's report. The input of {@code end-to-end.sh}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dk.fremdrift.benchmarks.cases.GenerateCases 200000 cases.jsonl
 * }</pre>
 */
public final class GenerateCases {

    private GenerateCases() {}

    /**
     * Writes the file.
     *
     * @param args the number of children, and the file to write (replaced if it exists)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateCases CHILDREN FILE");
            System.exit(2);
        }
        int children = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long written;
        try (Stream<ChildCase> cases = SyntheticCases.municipality(children).cases()) {
            written = CaseJsonLines.write(cases, file);
        }
        System.out.println(written + " cases, " + Files.size(file) + " bytes → " + file);
    }
}
