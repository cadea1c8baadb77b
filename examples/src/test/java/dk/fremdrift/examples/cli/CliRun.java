package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.synthetic.SyntheticMunicipality;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A run of the command line in-process, as a user would run it, on a fixed clock: what it printed and returned; and
 * the input files of such runs.
 *
 * @param exit the exit code
 * @param out what it printed to standard output
 * @param err what it printed to standard error
 */
record CliRun(int exit, String out, String err) {

    /** The clock of every run: Monday 23 November 2026, 10:00 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    /**
     * Writes the cases of a small synthetic municipality, with history from 2022 to the clock's day, as the input
     * file of a run.
     */
    static Path cases(Path file, int municipality, int children, long seed) throws IOException {
        SyntheticMunicipality town = SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(municipality))
                .children(children)
                .from(LocalDate.of(2022, 1, 1))
                .to(LocalDate.of(2026, 11, 24))
                .seed(seed)
                .build();
        try (Stream<ChildCase> s = town.cases()) {
            CaseJsonLines.write(s, file);
        }
        return file;
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Fremdrift.commandLine(CLOCK);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
