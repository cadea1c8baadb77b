package dk.fremdrift.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a JSON Lines file one line at a time, so memory does not grow with the number of cases, counting the bytes
 * for the progress bar. Each line read is later either accepted (a valid case) or rejected with its number and
 * reason, and the counts reconcile: read = accepted + rejected. Blank lines are skipped and not counted.
 *
 * <p>Lines are split on the bytes, before any decoding, so that no line is ever held whole when it is too long: a
 * line longer than the limit ({@code --max-line-bytes}) is read past without being kept, and rejected. A line that
 * is not valid UTF-8 is rejected with the byte offset of the first bad byte (nothing is silently replaced by
 * U+FFFD). A UTF-8 byte order mark at the start of the file is skipped. A line may end in {@code \n} or {@code
 * \r\n}.
 */
final class CaseInput implements Closeable {

    /** The default limit of one line: 4 MiB, far above any real case. */
    static final int DEFAULT_MAX_LINE_BYTES = 4 << 20;

    /** Receives each non-blank line with its number: its text, or why it cannot be read at all. */
    interface LineSink {
        void line(long number, String text, Reason problem) throws IOException;
    }

    /** Why a line cannot be read at all, before it is parsed. */
    record Reason(String danish, String english) {
        String in(boolean isDanish) {
            return isDanish ? danish : english;
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final long size;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private final CharsetDecoder decoder = strictUtf8();
    private byte[] line = new byte[1 << 12];
    private long bytesRead;
    private long read;
    private long accepted;
    private long rejected;

    CaseInput(InputStream in, long size, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new UserError("--max-line-bytes: expected 1 or more, got a smaller number");
        }
        this.in = in;
        this.size = size;
        this.maxLineBytes = maxLineBytes;
    }

    static CaseInput open(Path file, int maxLineBytes) {
        if (Files.isDirectory(file)) {
            throw new UserError("cannot read input file " + file + ": it is a folder, expected a JSON Lines file");
        }
        try {
            return new CaseInput(Files.newInputStream(file), Files.size(file), maxLineBytes);
        } catch (NoSuchFileException e) {
            throw new UserError("input file not found: " + file);
        } catch (IOException e) {
            throw new UserError("cannot read input file " + file + ": " + Outputs.cause(e), e);
        }
    }

    /** Reads every non-blank line into the sink, counting them. */
    void lines(LineSink sink) throws IOException {
        long number = 0;
        long lineStart = 0; // byte offset of the current line in the file
        int length = 0; // bytes of the current line kept in `line`
        long lineBytes = 0; // bytes of the current line, kept or not
        boolean first = true;
        int n;
        while ((n = in.read(buffer)) > 0) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] != '\n') {
                    continue;
                }
                length = keep(from, i, length, lineBytes);
                lineBytes += i - from;
                number++;
                emit(sink, number, lineStart, length, lineBytes, first);
                first = false;
                lineStart += lineBytes + 1;
                length = 0;
                lineBytes = 0;
                from = i + 1;
            }
            length = keep(from, n, length, lineBytes);
            lineBytes += n - from;
            bytesRead += n;
        }
        if (lineBytes > 0) {
            number++;
            emit(sink, number, lineStart, length, lineBytes, first);
        }
    }

    /** Appends buffer[from, to) to the line, unless the line is already longer than the limit. */
    private int keep(int from, int to, int length, long lineBytes) {
        int count = to - from;
        if (lineBytes + count > maxLineBytes) {
            return length; // the line is too long: it will be rejected, so nothing more of it is kept
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, Math.min(maxLineBytes, line.length * 2)));
        }
        System.arraycopy(buffer, from, line, length, count);
        return length + count;
    }

    private void emit(LineSink sink, long number, long lineStart, int length, long lineBytes, boolean first)
            throws IOException {
        Line l = decode(line, length, lineBytes, lineStart, first, maxLineBytes, decoder);
        if (l != null) {
            read++;
            sink.line(number, l.text(), l.problem());
        }
    }

    /** One line read: its text, or why it cannot be read at all (then the text is null). */
    record Line(String text, Reason problem) {}

    /**
     * Reads one line of bytes, without its {@code \n}: skips a byte order mark on the first line of a file and a
     * {@code \r} at the end, and checks the limit and the UTF-8.
     *
     * @param line the line's bytes (those kept: none of a line over the limit need be)
     * @param length how many of them are kept
     * @param lineBytes how long the line is
     * @param lineStart the byte offset of the line in its file, for the reason of a bad byte
     * @param first whether it is the first line of its file
     * @param maxLineBytes the limit of one line
     * @param decoder a strict UTF-8 decoder, reset here
     * @return the line, or null if it is blank (not counted)
     */
    static Line decode(
            byte[] line,
            int length,
            long lineBytes,
            long lineStart,
            boolean first,
            int maxLineBytes,
            CharsetDecoder decoder) {
        if (lineBytes > maxLineBytes) {
            return new Line(
                    null,
                    new Reason(
                            "linjen er længere end grænsen på " + maxLineBytes
                                    + " bytes (--max-line-bytes); den er ikke" + " læst",
                            "the line is longer than the limit of " + maxLineBytes + " bytes (--max-line-bytes); it"
                                    + " was not read"));
        }
        int start = 0;
        if (first && length >= 3 && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2]) {
            start = 3;
        }
        int end = length;
        if (end > start && line[end - 1] == '\r') {
            end--;
        }
        if (isBlankAscii(line, start, end)) {
            return null;
        }
        String text = new String(line, start, end - start, StandardCharsets.UTF_8);
        // The JDK's decoder is fast but replaces bad bytes with U+FFFD: decode strictly only when one appears.
        int bad = text.indexOf('\uFFFD') >= 0 ? badByte(line, start, end, decoder) : -1;
        if (bad >= 0) {
            long offset = lineStart + bad;
            return new Line(
                    null,
                    new Reason(
                            "linjen er ikke gyldig UTF-8: første ugyldige byte er byte " + offset + " i filen (fra 0)",
                            "the line is not valid UTF-8: the first bad byte is byte " + offset + " of the file"
                                    + " (from 0)"));
        }
        return text.isBlank() ? null : new Line(text, null);
    }

    /** A strict UTF-8 decoder: one per reader, as it keeps state. */
    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean isBlankAscii(byte[] line, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The index in {@code line} (from its byte 0, not from {@code start}) of the first bad UTF-8 byte, or -1. */
    private static int badByte(byte[] line, int start, int end, CharsetDecoder decoder) {
        decoder.reset();
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        CharBuffer chars = CharBuffer.allocate(end - start);
        CoderResult r = decoder.decode(bytes, chars, true);
        if (r.isError()) {
            return bytes.position();
        }
        r = decoder.flush(chars);
        return r.isError() ? bytes.position() : -1;
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

    /** The bytes of one line this reader can hold: never more than the limit. */
    int heldBytes() {
        return line.length;
    }

    long bytesRead() {
        return bytesRead;
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
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
