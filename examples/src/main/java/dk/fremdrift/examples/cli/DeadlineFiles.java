package dk.fremdrift.examples.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The deadlines file with the deadlines that need action first (overdue, due soon, open), then the rest, in
 * bounded memory: each group streams to its own part file beside the target, and the parts are joined on close.
 */
final class DeadlineFiles implements Closeable {

    /** The channel of deadlines that need action. */
    static final int URGENT = 0;
    /** The channel of the other deadlines. */
    static final int REST = 1;

    private final Path target;
    private final Path urgentFile;
    private final Path restFile;
    private final OutputStream urgent;
    private final OutputStream rest;

    DeadlineFiles(Path target) {
        this.target = target;
        // Plain files beside the target (not temp files, which are private to the user) so the result has the
        // folder's usual permissions.
        this.urgentFile = target.resolveSibling(target.getFileName() + ".urgent.part");
        this.restFile = target.resolveSibling(target.getFileName() + ".rest.part");
        try {
            this.urgent = new BufferedOutputStream(Files.newOutputStream(urgentFile), 1 << 16);
            this.rest = new BufferedOutputStream(Files.newOutputStream(restFile), 1 << 16);
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    OutputStream urgent() {
        return urgent;
    }

    OutputStream rest() {
        return rest;
    }

    @Override
    public void close() {
        try {
            urgent.close();
            rest.close();
            Files.move(urgentFile, target, StandardCopyOption.REPLACE_EXISTING);
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.APPEND)) {
                Files.copy(restFile, out);
            }
            Files.delete(restFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
