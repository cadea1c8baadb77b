package dk.fremdrift.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The deadlines file with the deadlines that need action first (overdue, due soon, open), then the rest, in
 * bounded memory: the first group streams into the output's temporary file, the rest into a scratch file beside it,
 * and {@link #finish()} appends the scratch file before the run's outputs are committed.
 */
final class DeadlineFiles {

    /** The channel of deadlines that need action. */
    static final int URGENT = 0;
    /** The channel of the other deadlines. */
    static final int REST = 1;

    private final Path target;
    private final OutputStream urgent;
    private final Outputs.Scratch rest;

    DeadlineFiles(Outputs outputs, Path target) {
        this.target = target;
        this.urgent = outputs.create(target);
        this.rest = outputs.scratch(target);
    }

    OutputStream urgent() {
        return urgent;
    }

    OutputStream rest() {
        return rest.stream();
    }

    /** Appends the other deadlines after those that need action. */
    void finish() throws IOException {
        rest.stream().close();
        try {
            Files.copy(rest.path(), urgent);
        } catch (Outputs.OutputException e) {
            throw e;
        } catch (IOException e) {
            throw new Outputs.OutputException(Outputs.message(target, e), e);
        }
    }
}
