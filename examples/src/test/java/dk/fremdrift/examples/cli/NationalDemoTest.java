package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.synthetic.SyntheticCountry;
import dk.fremdrift.metrics.AggregateDocument;
import dk.fremdrift.metrics.Breakdown;
import dk.fremdrift.metrics.Dimension;
import dk.fremdrift.metrics.IndicatorResult;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.model.ChildCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code fremdrift demo --national}: 98 synthetic municipalities, each its own document, merged and benchmarked. */
class NationalDemoTest {

    private static final Set<String> CASELOAD =
            Set.of("CASELOAD_MEAN", "CASELOAD_DISTRIBUTION", "CASELOAD_ABOVE_RECOMMENDED");

    @TempDir
    static Path out;

    private static String err;

    @BeforeAll
    static void run() {
        CliRun r = CliRun.of(
                "demo",
                "--national",
                "--median-children",
                "20",
                "--seed",
                "5",
                "--out",
                out.toString(),
                "--as-of",
                "2026-11-23",
                "--quiet");
        err = r.err();
        assertThat(r.exit()).as(err).isZero();
    }

    private static AggregateDocument document(Path file) {
        return CaseJsonLines.mapper().readValue(file.toFile(), AggregateDocument.class);
    }

    @Test
    void everyMunicipality_hasItsOwnSyntheticDocument() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(out.resolve("aggregates"))) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(98);
        for (Path f : files) {
            AggregateDocument d = document(f);
            assertThat(d.synthetic()).as(f.toString()).isTrue();
            assertThat(d.municipalities()).hasSize(1);
            assertThat(f.getFileName().toString())
                    .isEqualTo(d.municipalities().get(0).format() + ".json");
        }
        assertThat(err).contains("national demo (synthetic): 98 municipalities");
    }

    @Test
    void nationalReport_equalsOneAggregatorOverEveryCase() {
        AggregateDocument national = document(out.resolve("national.json"));
        assertThat(national.municipalities()).hasSize(98);
        assertThat(national.synthetic()).isTrue();

        SyntheticCountry country = SyntheticCountry.of(
                5,
                20,
                national.config().asOfDate().minusYears(5),
                national.config().asOfDate().plusDays(1));
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        MetricsAggregator whole = MetricsAggregator.of(national.config());
        for (SyntheticCountry.Member m : country.members()) {
            try (Stream<ChildCase> cases = m.municipality().cases()) {
                cases.forEach(c -> whole.add(c, engine));
            }
        }

        assertThat(national.cases()).isEqualTo(whole.caseCount());
        assertThat(comparable(MetricsAggregator.fromDocument(national).report(ReportProfile.POLITICAL)))
                .isEqualTo(comparable(whole.report(ReportProfile.POLITICAL)));
    }

    /**
     * Without what one aggregator over the country cannot have alike: the caseload (the synthetic municipalities'
     * caseworker ids are equal, and one aggregator takes them as one person) and the team rows (qualified by
     * municipality in a merge).
     */
    private static List<IndicatorResult> comparable(MetricsReport r) {
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorResult i : r.indicators()) {
            if (CASELOAD.contains(i.id())) {
                continue;
            }
            List<Breakdown> breakdowns = i.breakdowns().stream()
                    .filter(b -> b.dimension() != Dimension.TEAM && b.dimension() != Dimension.CASEWORKER)
                    .toList();
            out.add(new IndicatorResult(i.id(), i.kind(), i.overall(), breakdowns, i.monthly()));
        }
        return out;
    }

    @Test
    void benchmark_ofOdense_againstItsTenNearest() throws IOException {
        JsonNode report = CaseJsonLines.mapper()
                .readTree(out.resolve("benchmark/report.json").toFile());

        assertThat(report.get("synthetic").asBoolean()).isTrue();
        JsonNode section = report.get("benchmark");
        assertThat(section.get("selection").get("method").asString()).isEqualTo("NEAREST");
        assertThat(section.get("selection").get("distances")).hasSize(10);
        assertThat(section.get("benchmark").get("municipality").asString()).isEqualTo("461");
        assertThat(section.get("benchmark").get("peers")).hasSize(10);
        assertThat(Files.readString(out.resolve("benchmark/index.html"), StandardCharsets.UTF_8))
                .contains("Syntetiske data");
        assertThat(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
                .contains("Syntetiske data", "98 kommuners aggregater");
        assertThat(Files.readString(out.resolve("structure.csv"), StandardCharsets.UTF_8)
                        .lines())
                .hasSize(99)
                .first()
                .asString()
                .contains("syntetisk");
    }
}
