package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.model.ChildCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code --compare-previous}: report.json carries the management information of the year before, seen at the same
 * moment, equal to an aggregation of the same cases over that year; without the option it carries none.
 */
class ComparePreviousTest {

    @TempDir
    Path dir;

    @Test
    void report_comparePrevious_carriesTheYearBefore_asADirectCountOfIt() throws IOException {
        Path input = CliRun.cases(dir.resolve("cases.jsonl"), 461, 150, 9);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of(
                "report", "--input=" + input, "--out=" + out, "--as-of=2026-11-23", "--compare-previous", "--quiet");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report =
                CaseJsonLines.mapper().readTree(out.resolve("report.json").toFile());
        JsonNode previous = report.get("previous");
        assertThat(previous.get("period").get("startInclusive").asString()).isEqualTo("2024-11-24");
        assertThat(previous.get("period").get("endExclusive").asString()).isEqualTo("2025-11-24");

        MetricsConfig now = MetricsConfig.of(
                LocalDate.of(2026, 11, 23)
                        .plusDays(1)
                        .atStartOfDay(DeadlineEngine.DANISH_TIME)
                        .toInstant()
                        .minusSeconds(1),
                ReportingPeriod.of(LocalDate.of(2025, 11, 24), LocalDate.of(2026, 11, 24)));
        MetricsConfig before = ReportRun.previous(now);
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        MetricsAggregator direct = MetricsAggregator.of(before);
        List<ChildCase> cases =
                Files.readAllLines(input).stream().map(CaseJsonLines::fromJson).toList();
        cases.forEach(c -> direct.add(c, engine));

        // Both read from JSON text, so that numbers are of the same node types.
        String expected = CaseJsonLines.mapper().writeValueAsString(direct.report(ReportProfile.ADMINISTRATIVE));
        assertThat(previous).isEqualTo(CaseJsonLines.mapper().readTree(expected));
        assertThat(previous.toString()).contains("STEP_DECISIONS");

        Path plain = dir.resolve("plain");
        assertThat(CliRun.of("report", "--input=" + input, "--out=" + plain, "--as-of=2026-11-23", "--quiet")
                        .exit())
                .isZero();
        assertThat(CaseJsonLines.mapper()
                        .readTree(plain.resolve("report.json").toFile())
                        .has("previous"))
                .isFalse();
    }
}
