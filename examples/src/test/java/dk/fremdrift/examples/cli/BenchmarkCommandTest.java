package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.fremdrift.examples.io.CaseJsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code fremdrift benchmark} on seven small synthetic municipalities' aggregate documents. */
class BenchmarkCommandTest {

    private static final int[] CODES = {101, 147, 151, 153, 155, 157, 159};
    /** Structural indicators: socioeconomic index, children 0-17, share on public support. */
    private static final double[][] STRUCTURE = {
        {1.05, 110000, 6.1},
        {0.95, 20000, 7.9},
        {0.98, 9000, 5.0},
        {0.93, 10000, 5.5},
        {0.71, 3600, 3.0},
        {0.62, 10000, 2.1},
        {0.99, 11000, 6.0}
    };

    @TempDir
    static Path dir;

    private static Path peers;

    @BeforeAll
    static void documents() throws IOException {
        peers = Files.createDirectories(dir.resolve("peers"));
        for (int i = 0; i < CODES.length; i++) {
            Path cases = CliRun.cases(dir.resolve(CODES[i] + ".jsonl"), CODES[i], 90 + 20 * i, 100 + i);
            CliRun r = run(
                    "report",
                    "--input",
                    cases.toString(),
                    "--out",
                    dir.resolve("report-" + CODES[i]).toString(),
                    "--as-of",
                    "2026-11-23",
                    "--profile",
                    "political",
                    "--aggregate-out",
                    peers.resolve(CODES[i] + ".json").toString(),
                    "--quiet");
            assertThat(r.exit()).as(r.err()).isZero();
        }
        StringBuilder csv = new StringBuilder("kommunekode;socioøkonomisk indeks;børn 0-17;offentlig forsørgelse\n");
        for (int i = 0; i < CODES.length; i++) {
            csv.append(CODES[i]);
            for (double v : STRUCTURE[i]) {
                csv.append(';').append(String.valueOf(v).replace('.', ','));
            }
            csv.append('\n');
        }
        Files.writeString(dir.resolve("structure.csv"), csv, StandardCharsets.UTF_8);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static JsonNode read(Path file) {
        return CaseJsonLines.mapper().readTree(file.toFile());
    }

    @Test
    void benchmark_againstEveryPeer_valuesAreTheMunicipalitiesOwn(@TempDir Path out) throws IOException {
        CliRun r = run(
                "benchmark",
                "--aggregate",
                peers.resolve("101.json").toString(),
                "--peers",
                peers.toString(),
                "--profile",
                "political",
                "--out",
                out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode section = read(out.resolve("report.json")).get("benchmark");
        assertThat(section.get("selection").get("method").asString()).isEqualTo("ALL");
        JsonNode b = section.get("benchmark");
        assertThat(b.get("peers")).hasSize(6);
        JsonNode own = read(dir.resolve("report-101/report.json")).get("metrics");
        int compared = 0;
        for (JsonNode row : b.get("rows")) {
            JsonNode overall = indicator(own, row.get("id").asString()).get("overall");
            JsonNode expected =
                    row.get("kind").asString().equals("DAYS") ? overall.get("median") : overall.get("value");
            if (expected == null) {
                assertThat(row.has("value")).as(row.get("id").asString()).isFalse();
                continue;
            }
            assertThat(row.get("value").asDouble())
                    .as(row.get("id").asString())
                    .isCloseTo(expected.asDouble(), within(1e-12));
            for (JsonNode peer : row.get("peers")) {
                JsonNode theirs = indicator(
                                read(dir.resolve("report-"
                                                + peer.get("municipality").asString() + "/report.json"))
                                        .get("metrics"),
                                row.get("id").asString())
                        .get("overall");
                JsonNode v = row.get("kind").asString().equals("DAYS") ? theirs.get("median") : theirs.get("value");
                assertThat(peer.has("value")).isEqualTo(v != null);
                if (v != null) {
                    assertThat(peer.get("value").asDouble()).isCloseTo(v.asDouble(), within(1e-12));
                }
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(8);
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<section id=\"benchmark\"");
        assertThat(html.split("data-chart=\"benchmark\"", -1))
                .hasSize(b.get("rows").size() + 1);
    }

    private static JsonNode indicator(JsonNode metrics, String id) {
        for (JsonNode i : metrics.get("indicators")) {
            if (i.get("id").asString().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void benchmark_nearestOnTheStructure_areThePlainlyNearest(@TempDir Path out) {
        CliRun r = run(
                "benchmark",
                "--aggregate",
                peers.resolve("101.json").toString(),
                "--peers",
                peers.toString(),
                "--structure",
                dir.resolve("structure.csv").toString(),
                "--nearest",
                "5",
                "--out",
                out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode selection = read(out.resolve("report.json")).get("benchmark").get("selection");
        assertThat(selection.get("method").asString()).isEqualTo("NEAREST");
        assertThat(selection.get("variables")).hasSize(3);
        // Plainly: z-scores over the seven rows, Euclidean distance from 101, the five smallest.
        int n = CODES.length;
        double[][] z = new double[n][3];
        for (int c = 0; c < 3; c++) {
            double mean = 0;
            for (double[] row : STRUCTURE) {
                mean += row[c] / n;
            }
            double var = 0;
            for (double[] row : STRUCTURE) {
                var += Math.pow(row[c] - mean, 2) / n;
            }
            for (int i = 0; i < n; i++) {
                z[i][c] = (STRUCTURE[i][c] - mean) / Math.sqrt(var);
            }
        }
        List<double[]> distances = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            double d = 0;
            for (int c = 0; c < 3; c++) {
                d += Math.pow(z[i][c] - z[0][c], 2);
            }
            distances.add(new double[] {CODES[i], Math.sqrt(d)});
        }
        distances.sort(Comparator.comparingDouble(d -> d[1]));
        JsonNode chosen = selection.get("distances");
        assertThat(chosen).hasSize(5);
        for (int k = 0; k < 5; k++) {
            assertThat(chosen.get(k).get("municipality").asString())
                    .startsWith(String.valueOf((int) distances.get(k)[0]));
            assertThat(chosen.get(k).get("distance").asDouble())
                    .isCloseTo(distances.get(k)[1], within(1e-9));
        }
    }

    @Test
    void benchmark_groupOfFour_isRefused(@TempDir Path out) {
        CliRun r = run(
                "benchmark",
                "--aggregate",
                peers.resolve("101.json").toString(),
                "--peers",
                peers.toString(),
                "--group",
                "147,151,153,155",
                "--out",
                out.toString());

        assertThat(r.exit()).isNotZero();
        assertThat(r.err())
                .contains("peers: expected at least 5 municipalities")
                .contains("got 4");
        assertThat(out.resolve("report.json")).doesNotExist();
    }

    @Test
    void structureFile_badCell_namesTheLineAndColumnNotTheValue(@TempDir Path out) throws IOException {
        Path bad = out.resolve("bad.csv");
        Files.writeString(bad, "kommunekode,indeks\n101,1.0\n147,hemmelig\n151,0.9\n", StandardCharsets.UTF_8);

        CliRun r = run(
                "benchmark",
                "--aggregate",
                peers.resolve("101.json").toString(),
                "--peers",
                peers.toString(),
                "--structure",
                bad.toString(),
                "--nearest",
                "5",
                "--out",
                out.resolve("o").toString());

        assertThat(r.exit()).isNotZero();
        assertThat(r.err())
                .contains("line 3, column 2 (indeks): expected a number, got another text")
                .doesNotContain("hemmelig");
    }
}
