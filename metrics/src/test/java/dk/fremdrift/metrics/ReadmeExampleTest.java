package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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

    @Test
    void readme_ownOnTimeIndicator_reportedAfterTheStandardOnes() {
        MetricsConfig config = MetricsConfig.of(Instant.parse("2026-01-01T08:00:00Z"), ReportingPeriod.ofYear(2025));

        // --- as in the README ---
        OnTimeIndicator screening = OnTimeIndicator.builder("LOCAL_SCREENING_ON_TIME", Duty.of("LOCAL_SCREENING"))
                .name(LocalizedText.of("Screening inden 5 arbejdsdage", "Screening within 5 working days"))
                .description(LocalizedText.of(
                        "Andel af underretninger screenet inden for kommunens egen frist.",
                        "Share of notifications screened within the municipality's own deadline."))
                .legalBasis(LegalBasis.of(
                        LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2),
                        InForcePeriod.from(LocalDate.of(2025, 1, 1))))
                .trigger(LocalizedText.of(
                        "Underretninger modtaget i rapportperioden", "Notifications received in the reporting period"))
                .step(LocalizedText.of(
                        "underretningen blev screenet inden for fristen",
                        "the notification was screened within the deadline"))
                .build();
        MetricsAggregator all = MetricsAggregator.of(config, List.of(screening));
        // ---

        MetricsReport report = all.report(ReportProfile.ADMINISTRATIVE);
        assertThat(report.definitions())
                .hasSize(Indicators.standard().size() + 1)
                .last()
                .isEqualTo(screening.definition());
        assertThat(report.getIndicator("LOCAL_SCREENING_ON_TIME").overall().denominator())
                .contains(0L);
        assertThat(screening.definition().legalBasis().get(0).textDa())
                .isEqualTo("retssikkerhedsloven § 3, stk. 2 (fra 1. januar 2025)");
    }
}
