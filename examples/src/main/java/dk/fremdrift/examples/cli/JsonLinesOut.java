package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.io.CaseJsonLines;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.ObjectWriter;

/** A JSON Lines file written one object at a time. */
final class JsonLinesOut implements Closeable {

    private static final ObjectWriter WRITER = CaseJsonLines.mapper().writer();

    private final OutputStream out;
    private long count;

    JsonLinesOut(OutputStream out) {
        this.out = new BufferedOutputStream(out, 1 << 16);
    }

    static JsonLinesOut create(Path file) {
        try {
            return new JsonLinesOut(Files.newOutputStream(file));
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void write(Object value) {
        try {
            out.write(WRITER.writeValueAsBytes(value));
            out.write('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() {
        return count;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
