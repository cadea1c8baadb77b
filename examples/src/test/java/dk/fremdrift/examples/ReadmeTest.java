package dk.fremdrift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.metrics.ServiceLevel;
import dk.fremdrift.model.ChildCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README true: its example case reads, and its two set-up commands are the ones CI runs. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void exampleServiceLevel_readsAndEveryTargetNamesAnIndicatorOfTheReport() throws Exception {
        Matcher m = Pattern.compile("<!-- example-service-level -->\\s*```json\\s*\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(readme());
        assertThat(m.find()).as("README has the example service level").isTrue();

        ServiceLevel level = CaseJsonLines.settingsMapper().readValue(m.group(1), ServiceLevel.class);
        MetricsReport empty = MetricsAggregator.of(
                        MetricsConfig.of(Instant.parse("2026-04-10T12:00:00Z"), ReportingPeriod.ofYear(2025)))
                .report(ReportProfile.ADMINISTRATIVE);

        assertThat(level.targets()).hasSize(2);
        assertThat(level.compare(empty))
                .extracting(ServiceLevel.Result::status)
                .containsOnly(ServiceLevel.Status.NO_VALUE);
    }

    @Test
    void exampleCase_readsAndItsDeadlinesAreAsDescribed() throws IOException {
        Matcher m = Pattern.compile("<!-- example-case -->\\s*```json\\s*\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(readme());
        assertThat(m.find()).as("README has the example case").isTrue();

        ChildCase c = CaseJsonLines.fromJson(m.group(1));
        List<DeadlineEvaluation> es = DeadlineEngine.builder(DanishCalendar.statutory())
                .build()
                .evaluate(c, Instant.parse("2026-04-10T12:00:00Z"));

        assertThat(c.notifications()).hasSize(1);
        assertThat(c.kle().mainGroup())
                .as("a case from 2024 is filed under barnets lov's KLE main group")
                .isEqualTo(34);
        assertThat(es)
                .filteredOn(e -> e.duty().equals(Duty.NOTIFICATION_ASSESSMENT))
                .extracting(DeadlineEvaluation::status)
                .containsExactly(DeadlineStatus.MET);
        assertThat(es)
                .filteredOn(e -> e.duty().equals(Duty.INVESTIGATION))
                .extracting(DeadlineEvaluation::status)
                .containsExactly(DeadlineStatus.OPEN);
    }

    @Test
    void setUpCommands_exactlyTwoAndTheTestCommandIsWhatCiRuns() throws IOException {
        String readme = readme();
        String setUp =
                readme.substring(readme.indexOf("## Set up"), readme.indexOf("\n## ", readme.indexOf("## Set up") + 1));
        List<String> commands = Pattern.compile("```bash\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(setUp)
                .results()
                .map(r -> r.group(1).strip())
                .toList();

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0)).contains("fremdrift.jar demo");
        assertThat(commands.get(1)).startsWith("./mvnw").contains("verify");
        assertThat(Files.readString(Path.of("../.ci/run")))
                .contains("grep -m1 -E '^\\./mvnw .*\\bverify\\b' README.md");
    }
}
