package dk.fremdrift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.examples.cli.Fremdrift;
import dk.fremdrift.examples.cli.ReportPass;
import dk.fremdrift.examples.io.CaseJsonLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The Spark job, in Spark's local mode on the demo's cases, writes the report.json and index.html of {@code fremdrift
 * report} byte for byte. The job reads a folder of three files, each cut into splits of 64 KiB so that lines cross
 * split boundaries, with bad lines planted among the cases; the command line reads the same bytes as one file. Both
 * reject the same lines for the same reasons, and each rejected line's file and byte offset lead to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    /** Lines no case system should send; none may end the run. */
    private static final List<byte[]> BAD = List.of(
            "{not json".getBytes(StandardCharsets.UTF_8),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            "{\"a\":\"carriage\rreturn\"}".getBytes(StandardCharsets.UTF_8),
            "[]".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private SparkSession spark;
    private Path folder;
    private Path whole;

    @BeforeAll
    void demoCasesInThreeFilesAndInOne(@TempDir Path data) throws IOException {
        assertThat(Fremdrift.run(CLOCK, "demo", "--out=" + data.resolve("demo"), "--as-of=2026-11-23", "--quiet"))
                .isZero();
        List<String> cases = Files.readAllLines(data.resolve("demo/cases.jsonl"));
        assertThat(cases).hasSizeGreaterThan(500);
        folder = Files.createDirectories(data.resolve("in"));
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int third = cases.size() / 3;
        for (int f = 0; f < 3; f++) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            if (f == 0) {
                file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            List<String> mine = cases.subList(f * third, f == 2 ? cases.size() : (f + 1) * third);
            for (int i = 0; i < mine.size(); i++) {
                file.write(mine.get(i).getBytes(StandardCharsets.UTF_8));
                file.write(i % 7 == 0 ? "\r\n".getBytes(StandardCharsets.UTF_8) : new byte[] {'\n'});
                if (f == 1 && i % 50 == 25 && i / 50 < BAD.size()) {
                    file.write(BAD.get(i / 50));
                    file.write('\n');
                    file.write("  \n".getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.write(folder.resolve("cases-" + f + ".jsonl"), file.toByteArray());
            all.write(file.toByteArray());
        }
        whole = Files.write(data.resolve("all.jsonl"), all.toByteArray());
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("fremdrift-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().hadoopConfiguration().set("mapreduce.input.fileinputformat.split.maxsize", "65536");
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"--profile=administrative --compare-previous", "--profile=political --lang=en --from=2026-01-01"
            })
    void job_writesTheReportOfTheCommandLine_byteForByte(String options) throws IOException {
        String[] opts = options.split(" ");
        String tag = Integer.toHexString(options.hashCode());
        Path cli = dir.resolve("cli-" + tag);
        int exit = Fremdrift.run(
                CLOCK,
                concat(
                        new String[] {"report", "--input=" + whole, "--out=" + cli, "--as-of=2026-11-23", "--quiet"},
                        opts));
        assertThat(exit).isEqualTo(3); // accepted with rejects

        Path out = dir.resolve("spark-" + tag);
        ReportPass pass = ReportPass.of(
                CLOCK, concat(new String[] {"--input=" + folder, "--out=" + out, "--as-of=2026-11-23"}, opts));
        SparkReport.Counts counts = SparkReport.run(spark, pass);

        assertThat(out.resolve("report.json")).hasSameBinaryContentAs(cli.resolve("report.json"));
        assertThat(out.resolve("index.html")).hasSameBinaryContentAs(cli.resolve("index.html"));
        assertThat(counts.rejected()).isEqualTo(BAD.size());
        assertThat(counts.read()).isEqualTo(counts.accepted() + counts.rejected());

        List<String> cliReasons = new ArrayList<>();
        for (String line : Files.readAllLines(cli.resolve("rejects.jsonl"))) {
            cliReasons.add(CaseJsonLines.mapper().readTree(line).get("reason").asString());
        }
        List<JsonNode> rejected = rejects(out.resolve("rejects"));
        // A bad byte is named by its offset in its own file: the job's files are parts of the command line's one.
        assertThat(rejected)
                .extracting(n -> n.get("reason").asString().replaceAll("byte \\d+", "byte N"))
                .containsExactlyInAnyOrderElementsOf(cliReasons.stream()
                        .map(r -> r.replaceAll("byte \\d+", "byte N"))
                        .toList());
        assertThat(rejected)
                .filteredOn(n -> n.get("reason").asString().contains("UTF-8"))
                .singleElement()
                .satisfies(n -> assertThat(n.get("reason").asString())
                        .contains("byte " + (n.get("offset").asLong() + 6) + " "));
        List<byte[]> found = new ArrayList<>();
        for (JsonNode r : rejected) {
            Path file = Path.of(java.net.URI.create(r.get("file").asString()));
            assertThat(file.getFileName().toString()).isEqualTo("cases-1.jsonl");
            byte[] bytes = Files.readAllBytes(file);
            int from = (int) r.get("offset").asLong();
            int to = from;
            while (bytes[to] != '\n') {
                to++;
            }
            found.add(Arrays.copyOfRange(bytes, from, to));
        }
        assertThat(found).usingElementComparator(Arrays::compare).containsExactlyInAnyOrderElementsOf(BAD);
    }

    private static List<JsonNode> rejects(Path folder) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(CaseJsonLines.mapper().readTree(line));
                }
            }
        }
        return out;
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }
}
