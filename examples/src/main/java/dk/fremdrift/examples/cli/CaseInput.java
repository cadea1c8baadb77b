package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.model.ChildCase;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads cases from a JSON Lines file one line at a time, so memory does not grow with the number of cases. Each
 * line is either accepted (a valid case) or rejected with its line number and reason; blank lines are skipped and
 * not counted. Counts reconcile: read = accepted + rejected.
 */
final class CaseInput implements Closeable {

    /** What happened to one non-blank line. */
    interface Sink {
        void accepted(long line, ChildCase c) throws IOException;

        void rejected(long line, String reason) throws IOException;
    }

    private final BufferedReader reader;
    private final CountingStream counter;
    private final long size;
    private long read;
    private long accepted;
    private long rejected;

    private CaseInput(InputStream in, long size) {
        this.counter = new CountingStream(in);
        this.reader = new BufferedReader(new InputStreamReader(counter, StandardCharsets.UTF_8), 1 << 16);
        this.size = size;
    }

    static CaseInput open(Path file) {
        try {
            return new CaseInput(Files.newInputStream(file), Files.size(file));
        } catch (NoSuchFileException e) {
            throw new UserError("input file not found: " + file);
        } catch (IOException e) {
            throw new UserError("cannot read input file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every line into the sink, updating the progress bar. */
    void forEach(Sink sink, Progress progress) throws IOException {
        String line;
        long lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            read++;
            ChildCase c;
            try {
                c = CaseJsonLines.fromJson(line);
            } catch (RuntimeException e) {
                rejected++;
                sink.rejected(lineNumber, Rejection.reason(e));
                progress.update(counter.count, read);
                continue;
            }
            accepted++;
            sink.accepted(lineNumber, c);
            progress.update(counter.count, read);
        }
        progress.finish(counter.count, read);
    }

    long size() {
        return size;
    }

    long read() {
        return read;
    }

    long accepted() {
        return accepted;
    }

    long rejected() {
        return rejected;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
