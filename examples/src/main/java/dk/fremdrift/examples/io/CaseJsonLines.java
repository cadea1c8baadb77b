package dk.fremdrift.examples.io;

import dk.fremdrift.model.ChildCase;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads cases as JSON Lines with Jackson 3: one {@link ChildCase} per line, UTF-8, each line ended by
 * {@code \n}, streamed so that memory does not grow with the number of cases.
 *
 * <p>The mapper accepts nothing silently: it rejects unknown fields (Jackson 3 accepts them by default; the case
 * format does not), a field twice in one object (Jackson would keep the last), anything after the case on its line,
 * a number for an enum, a fraction for a whole number, a null for a number, and dates and moments in any but the
 * documented ISO forms or outside the deadline calendar's coverage ({@link FastDates}). Reading skips blank lines
 * and reports a bad line with its number ({@link CaseJsonLinesException#lineNumber()}), counting from 1, and a
 * reason that never contains an input value ({@link Reasons}).
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("cases.jsonl"));
 *         Stream<ChildCase> cases = municipality.cases()) {
 *     CaseJsonLines.write(cases, out);
 * }
 * try (Stream<ChildCase> cases = CaseJsonLines.read(Path.of("cases.jsonl"))) {
 *     cases.forEach(c -> ...);
 * }
 * }</pre>
 *
 * <p>Thread-safe: stateless apart from an immutable mapper.
 */
public final class CaseJsonLines {

    private static final JsonMapper MAPPER = strict(true);

    private static final JsonMapper SETTINGS = strict(false);

    private static JsonMapper strict(boolean coverage) {
        return JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(FastDates.module(coverage))
                .addModule(FastCreators.module())
                .build();
    }

    private CaseJsonLines() {}

    /**
     * Returns the strict Jackson 3 mapper of cases described above; it writes with Jackson's defaults.
     *
     * @return the mapper, immutable and shared
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Returns the same strict mapper without the calendar's coverage, for settings files (rules, calendars,
     * budgets), whose dates may lie outside it.
     *
     * @return the mapper, immutable and shared
     */
    public static JsonMapper settingsMapper() {
        return SETTINGS;
    }

    /**
     * Returns one case as a single line of JSON, without the line end.
     *
     * @param c the case
     * @return the JSON text
     * @throws JacksonException if Jackson cannot write the case
     */
    public static String toJson(ChildCase c) {
        return MAPPER.writeValueAsString(Objects.requireNonNull(c, "c"));
    }

    /**
     * Reads one case from JSON text; the case's constructors check it.
     *
     * @param json the JSON text of one case
     * @return the case
     * @throws JacksonException if the text is not valid JSON of a case (the JSON {@code null} included), or a check
     *     of the model fails (the cause)
     */
    public static ChildCase fromJson(String json) {
        ChildCase c = MAPPER.readValue(Objects.requireNonNull(json, "json"), ChildCase.class);
        if (c == null) {
            throw MismatchedInputException.from((JsonParser) null, ChildCase.class, "null is not a case");
        }
        return c;
    }

    /**
     * Writes cases as JSON Lines to a stream, in the stream's order; consumes the case stream but closes neither.
     *
     * @param cases the cases
     * @param out where to write; flushed at the end, not closed
     * @return the number of cases written
     * @throws IOException if writing fails
     * @throws JacksonException if Jackson cannot write a case
     */
    public static long write(Stream<ChildCase> cases, OutputStream out) throws IOException {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(out, "out");
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        long count = 0;
        Iterator<ChildCase> it = cases.iterator();
        while (it.hasNext()) {
            buffered.write(MAPPER.writeValueAsBytes(it.next()));
            buffered.write('\n');
            count++;
        }
        buffered.flush();
        return count;
    }

    /**
     * Writes cases as JSON Lines to a file, replacing it if it exists.
     *
     * @param cases the cases
     * @param file the file
     * @return the number of cases written
     * @throws IOException if writing fails
     */
    public static long write(Stream<ChildCase> cases, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(file, "file"))) {
            return write(cases, out);
        }
    }

    /**
     * Reads cases from JSON Lines, lazily: a line is read when the stream needs the next case. Blank lines are
     * skipped. Closing the stream closes the reader.
     *
     * @param reader the lines; decode them as UTF-8
     * @return the cases, in the order of the lines
     * @throws CaseJsonLinesException from the stream's operations, for a line that is not a valid case
     * @throws UncheckedIOException from the stream's operations, if reading fails
     */
    public static Stream<ChildCase> read(BufferedReader reader) {
        Objects.requireNonNull(reader, "reader");
        Iterator<ChildCase> it = new Iterator<>() {
            private long lineNumber;
            private ChildCase next;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lineNumber++;
                        if (line.isBlank()) {
                            continue;
                        }
                        try {
                            next = fromJson(line);
                        } catch (JacksonException e) {
                            throw new CaseJsonLinesException(lineNumber, Reasons.of(e, line, false), e);
                        }
                        return true;
                    }
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public ChildCase next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ChildCase c = next;
                next = null;
                return c;
            }
        };
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Reads cases from a JSON Lines file in UTF-8, lazily; close the stream to close the file.
     *
     * @param file the file
     * @return the cases
     * @throws IOException if the file cannot be opened
     */
    public static Stream<ChildCase> read(Path file) throws IOException {
        return read(Files.newBufferedReader(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8));
    }
}
