package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.examples.io.CaseJsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code report --aggregate-out} and {@code merge}, run in-process as a user would: two synthetic municipalities
 * reported apart and merged give the figures of one run over both, and nothing of a child or a caseworker leaves in
 * an aggregate document.
 */
class MergeCommandTest {

    private static final String AS_OF = "2026-11-23";
    /** Computed per caseworker: one run over two municipalities takes their equal synthetic caseworker ids as one. */
    private static final Set<String> CASELOAD =
            Set.of("CASELOAD_MEAN", "CASELOAD_DISTRIBUTION", "CASELOAD_ABOVE_RECOMMENDED");

    @TempDir
    static Path dir;

    private static Path odense;
    private static Path aarhus;
    private static Path both;

    @BeforeAll
    static void writeCases() throws IOException {
        odense = write(461, 7);
        aarhus = write(751, 8);
        both = dir.resolve("both.jsonl");
        Files.write(both, Files.readAllLines(odense, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Files.write(
                both,
                Files.readAllLines(aarhus, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static Path write(int code, long seed) throws IOException {
        return CliRun.cases(dir.resolve(code + ".jsonl"), code, 150, seed);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Path report(Path input, Path out, String profile) {
        Path aggregate = out.resolve("aggregate.json");
        CliRun r = run(
                "report",
                "--input",
                input.toString(),
                "--out",
                out.toString(),
                "--as-of",
                AS_OF,
                "--profile",
                profile,
                "--aggregate-out",
                aggregate.toString(),
                "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("aggregate document → ");
        return aggregate;
    }

    private static JsonNode read(Path file) {
        return CaseJsonLines.mapper().readTree(file.toFile());
    }

    @Test
    void merge_twoMunicipalities_equalsOneRunOverBoth(@TempDir Path out) {
        Path a = report(odense, out.resolve("odense"), "administrative");
        Path b = report(aarhus, out.resolve("aarhus"), "administrative");
        CliRun one = run(
                "report",
                "--input",
                both.toString(),
                "--out",
                out.resolve("both").toString(),
                "--as-of",
                AS_OF,
                "--profile",
                "political",
                "--quiet");
        assertThat(one.exit()).as(one.err()).isZero();

        CliRun merge = run(
                "merge",
                b.toString(),
                a.toString(),
                "--out",
                out.resolve("merged").toString(),
                "--profile",
                "political",
                "--aggregate-out",
                out.resolve("merged/aggregate.json").toString());

        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(merge.err()).contains("merged 2 aggregate documents: 2 municipalities, 300 cases");
        JsonNode merged = read(out.resolve("merged/report.json"));
        JsonNode whole = read(out.resolve("both/report.json"));
        assertThat(merged.has("input")).isFalse();
        assertThat(merged.get("merged")).hasSize(2);
        assertThat(comparable(merged.get("metrics"))).isEqualTo(comparable(whole.get("metrics")));
        assertThat(out.resolve("merged/index.html")).content().contains("Lagt sammen af", "2 kommuners aggregater");
        assertThat(read(out.resolve("merged/aggregate.json"))
                        .get("municipalities")
                        .toString())
                .isEqualTo("[\"461\",\"751\"]");
    }

    /**
     * The metrics with what one run over two municipalities cannot have alike left out: the caseload (its
     * caseworkers of equal ids are one) and the team rows (a merge qualifies teams by municipality).
     */
    private static JsonNode comparable(JsonNode metrics) {
        ObjectNode copy = (ObjectNode) metrics.deepCopy();
        ArrayNode indicators = copy.putArray("indicators");
        for (JsonNode i : metrics.get("indicators")) {
            if (CASELOAD.contains(i.get("id").asString())) {
                continue;
            }
            ObjectNode c = (ObjectNode) i.deepCopy();
            ArrayNode breakdowns = c.putArray("breakdowns");
            for (JsonNode b : i.get("breakdowns")) {
                if (!b.get("dimension").asString().equals("TEAM")) {
                    breakdowns.add(b);
                }
            }
            indicators.add(c);
        }
        return copy;
    }

    @Test
    void aggregate_holdsNoCaseIdCprNumberOrCaseworkerId(@TempDir Path out) throws IOException {
        String text = Files.readString(report(odense, out, "administrative"), StandardCharsets.UTF_8);

        List<String> secrets = new ArrayList<>();
        for (String line : Files.readAllLines(odense, StandardCharsets.UTF_8)) {
            JsonNode c = CaseJsonLines.mapper().readTree(line);
            secrets.add("\"" + c.get("id").asString() + "\"");
            JsonNode cpr = c.get("child").get("cpr");
            if (cpr != null) {
                secrets.add(cpr.asString());
                secrets.add(cpr.asString().replace("-", ""));
            }
            for (JsonNode a : c.path("assignments")) {
                secrets.add("\"" + a.get("caseworker").asString() + "\"");
            }
        }
        assertThat(secrets).hasSizeGreaterThan(150);
        for (String s : secrets) {
            assertThat(text).doesNotContain(s);
        }
    }

    @Test
    void merge_sameMunicipalityTwice_isRefusedNamingTheFiles(@TempDir Path out) {
        Path a = report(odense, out.resolve("a"), "political");
        Path again = report(odense, out.resolve("b"), "political");

        CliRun r = run(
                "merge",
                a.toString(),
                again.toString(),
                "--out",
                out.resolve("m").toString());

        assertThat(r.exit()).isNotZero();
        assertThat(r.err())
                .contains("aggregate document " + again + " cannot be merged: municipalities: municipality 461 is"
                        + " also in " + a);
        assertThat(out.resolve("m/report.json")).doesNotExist();
    }

    @Test
    void merge_alteredCount_isRefusedAndNothingWritten(@TempDir Path out) throws IOException {
        Path a = report(odense, out.resolve("a"), "political");
        ObjectNode doc = (ObjectNode) read(a);
        ArrayNode counts = null;
        for (JsonNode i : doc.get("indicators")) {
            if (i.get("cells").size() > 1) {
                counts = (ArrayNode) i.get("cells").get(1).get("counts");
                break;
            }
        }
        counts.set(0, counts.get(0).asLong() + 1);
        Path altered = out.resolve("altered.json");
        Files.writeString(altered, doc.toString(), StandardCharsets.UTF_8);

        CliRun r = run("merge", altered.toString(), "--out", out.resolve("m").toString());

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("cannot be merged: indicators[").contains("to add up to the overall cell");
        assertThat(out.resolve("m/report.json")).doesNotExist();
    }

    @Test
    void aggregateOut_casesOfSeveralMunicipalities_isAUserError(@TempDir Path out) {
        CliRun r = run(
                "report",
                "--input",
                both.toString(),
                "--out",
                out.toString(),
                "--as-of",
                AS_OF,
                "--aggregate-out",
                out.resolve("aggregate.json").toString(),
                "--quiet");

        assertThat(r.exit()).isNotZero();
        assertThat(r.err())
                .contains("--aggregate-out: expected the accepted cases of one municipality, got cases of"
                        + " several; split the input by municipality");
        assertThat(out.resolve("aggregate.json")).doesNotExist();
    }
}
