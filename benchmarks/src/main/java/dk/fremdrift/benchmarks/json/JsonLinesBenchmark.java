package dk.fremdrift.benchmarks.json;

import dk.fremdrift.benchmarks.cases.SyntheticCases;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.model.ChildCase;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading JSON Lines: binding a line to a {@link ChildCase} with {@link CaseJsonLines#fromJson(String)}, as the
 * command line does, side by side with cheaper ways of reading the same lines in the same run, so that the ratios
 * say what binding to the model costs.
 *
 * <p>Baselines, cheapest first: {@link #scanBytes} touches every byte once (a lower bound for any parser); {@link
 * #tokens} runs Jackson's streaming parser over the line without building anything; {@link #readTree} builds
 * Jackson's tree model ({@code JsonNode}). Variants of the binding: {@link #bindUtf8} binds from the UTF-8 bytes
 * (no {@code String} in between); {@link #decodeAndBind} decodes the bytes to a {@code String} first and then binds,
 * which is the work of the command line's reader apart from finding the line ends; {@link #bindJacksonDates} binds
 * with Jackson's own date readers, as the command line did before it read the case format's dates itself.
 *
 * <p>One operation reads one line (one case); the lines are 4,096 cases of {@link SyntheticCases}, taken in turn.
 * The primary score is lines (cases) per second; the secondary {@code bytes} is UTF-8 bytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonLinesBenchmark {

    private static final int SIZE = 1 << 12;

    private final JsonMapper mapper = CaseJsonLines.mapper();
    private final JsonMapper jacksonDates = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private String[] lines;
    private byte[][] utf8;
    private int next;

    @Setup
    public void setUp() {
        SyntheticCases sample = SyntheticCases.of(SIZE);
        lines = sample.lines().toArray(String[]::new);
        utf8 = sample.utf8().toArray(byte[][]::new);
        for (int i = 0; i < SIZE; i++) {
            ChildCase expected = sample.cases().get(i);
            if (!CaseJsonLines.fromJson(lines[i]).equals(expected)
                    || !jacksonDates.readValue(lines[i], ChildCase.class).equals(expected)) {
                throw new IllegalStateException("line " + i + " does not bind to the case it was written from");
            }
        }
    }

    private int nextIndex(ByteCounter counter) {
        next = (next + 1) & (SIZE - 1);
        counter.bytes += utf8[next].length;
        return next;
    }

    /** Touches every byte once: counts the quotation marks. The floor under any parser. */
    @Benchmark
    public int scanBytes(ByteCounter counter) {
        byte[] line = utf8[nextIndex(counter)];
        int quotes = 0;
        for (byte b : line) {
            if (b == '"') {
                quotes++;
            }
        }
        return quotes;
    }

    /** Jackson's streaming parser over the line, token by token, building nothing. */
    @Benchmark
    public int tokens(ByteCounter counter) {
        int count = 0;
        try (JsonParser parser = mapper.createParser(lines[nextIndex(counter)])) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    /** Jackson's tree model of the line. */
    @Benchmark
    public JsonNode readTree(ByteCounter counter) {
        return mapper.readTree(lines[nextIndex(counter)]);
    }

    /** The command line's binding: {@code CaseJsonLines.fromJson(line)}, with every check of the model. */
    @Benchmark
    public ChildCase bind(ByteCounter counter) {
        return CaseJsonLines.fromJson(lines[nextIndex(counter)]);
    }

    /** The same binding from the UTF-8 bytes, with no {@code String} in between. */
    @Benchmark
    public ChildCase bindUtf8(ByteCounter counter) {
        return mapper.readValue(utf8[nextIndex(counter)], ChildCase.class);
    }

    /**
     * The binding with Jackson's own date readers ({@code DateTimeFormatter}), with the same results (checked in the
     * setup on every line): the command line's binding before it read the case format's dates itself.
     */
    @Benchmark
    public ChildCase bindJacksonDates(ByteCounter counter) {
        return jacksonDates.readValue(lines[nextIndex(counter)], ChildCase.class);
    }

    /** Decodes the UTF-8 bytes to a {@code String}, then binds it: what the command line's reader does per line. */
    @Benchmark
    public ChildCase decodeAndBind(ByteCounter counter) {
        return CaseJsonLines.fromJson(new String(utf8[nextIndex(counter)], StandardCharsets.UTF_8));
    }
}
