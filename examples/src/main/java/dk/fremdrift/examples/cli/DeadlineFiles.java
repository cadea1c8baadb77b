package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes deadline evaluations as JSON Lines with the ones that need action first (overdue, due soon, open), then
 * the rest, in bounded memory: each group streams to its own temporary file, and the files are joined at the end.
 */
final class DeadlineFiles implements Closeable {

    private final Path target;
    private final Path urgentFile;
    private final Path restFile;
    private final JsonLinesOut urgent;
    private final JsonLinesOut rest;

    DeadlineFiles(Path target) {
        this.target = target;
        // Plain files beside the target (not temp files, which are private to the user) so the result has the
        // folder's usual permissions.
        this.urgentFile = target.resolveSibling(target.getFileName() + ".urgent.part");
        this.restFile = target.resolveSibling(target.getFileName() + ".rest.part");
        this.urgent = JsonLinesOut.create(urgentFile);
        this.rest = JsonLinesOut.create(restFile);
    }

    void write(List<DeadlineEvaluation> evaluations) {
        for (DeadlineEvaluation e : evaluations) {
            if (e.status() == DeadlineStatus.OVERDUE || e.status().isPending()) {
                urgent.write(e);
            } else {
                rest.write(e);
            }
        }
    }

    long count() {
        return urgent.count() + rest.count();
    }

    long urgentCount() {
        return urgent.count();
    }

    @Override
    public void close() {
        urgent.close();
        rest.close();
        try {
            Files.move(urgentFile, target, StandardCopyOption.REPLACE_EXISTING);
            try (OutputStream out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.APPEND)) {
                Files.copy(restFile, out);
            }
            Files.deleteIfExists(restFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
