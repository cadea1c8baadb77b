package dk.fremdrift.examples.cli;

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
 * Reads a JSON Lines file one line at a time, so memory does not grow with the number of cases, counting the bytes
 * for the progress bar. Blank lines are skipped and not counted. Each line read is later either accepted (a valid
 * case) or rejected with its number and reason, and the counts reconcile: read = accepted + rejected.
 */
final class CaseInput implements Closeable {

    /** Receives each non-blank line with its number. */
    interface LineSink {
        void line(long number, String line) throws IOException;
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

    /** Reads every non-blank line into the sink, counting them. */
    void lines(LineSink sink) throws IOException {
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            read++;
            sink.line(number, line);
        }
    }

    /** Records how many of the lines read were accepted and rejected; they must add up to the lines read. */
    void counted(long accepted, long rejected) {
        if (accepted + rejected != read) {
            throw new IllegalStateException(
                    "lines do not reconcile: read " + read + " != accepted " + accepted + " + rejected " + rejected);
        }
        this.accepted = accepted;
        this.rejected = rejected;
    }

    long bytesRead() {
        return counter.count;
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
