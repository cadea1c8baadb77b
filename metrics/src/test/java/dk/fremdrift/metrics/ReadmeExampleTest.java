package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.ChildCase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example of metrics/README.md, run on random cases written as JSON Lines. */
class ReadmeExampleTest {

    @Test
    void readme_streamOfCasesToPoliticalReport_runsAsWritten(@TempDir Path dir) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<ChildCase> written = new RandomCases(2025).cases(80);
        List<String> jsonLines = new ArrayList<>();
        for (ChildCase c : written) {
            jsonLines.add(mapper.writeValueAsString(c));
        }
        Path cases = Files.write(dir.resolve("cases.jsonl"), jsonLines);

        // --- as in the README ---
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        MetricsConfig config = MetricsConfig.of(Instant.parse("2026-01-01T08:00:00Z"), ReportingPeriod.ofYear(2025))
                .withStalledAfterDays(60);
        MetricsAggregator all = MetricsAggregator.of(config);
        try (Stream<String> lines = Files.lines(cases)) {
            lines.map(line -> mapper.readValue(line, ChildCase.class)).forEach(c -> {
                List<DeadlineEvaluation> evaluations = engine.evaluate(c, config.asOf());
                all.add(c, evaluations);
            });
        }
        MetricsReport council = all.report(ReportProfile.POLITICAL, Budget.ofTotal(new BigDecimal("48000000")));
        Path out = dir.resolve("report-council.json");
        mapper.writeValue(out.toFile(), council);
        // ---

        MetricsAggregator direct = MetricsAggregator.of(config);
        written.forEach(c -> direct.add(c, engine));
        assertThat(council)
                .isEqualTo(direct.report(ReportProfile.POLITICAL, Budget.ofTotal(new BigDecimal("48000000"))));
        assertThat(council.getIndicator(Indicators.INVESTIGATION_4M_ON_TIME)
                        .overall()
                        .denominator())
                .isPresent();
        JsonNode json = mapper.readTree(out.toFile());
        assertThat(json.get("definitions").size())
                .isEqualTo(Indicators.standard().size());
        assertThat(json.get("budget").get("total").get("budget").asDouble()).isEqualTo(48_000_000.0);
    }
}
