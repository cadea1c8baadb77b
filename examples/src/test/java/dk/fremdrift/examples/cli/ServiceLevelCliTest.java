package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.fremdrift.examples.io.CaseJsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code --service-level}: the declared service level beside the actual figures, in report.json and the dashboard. */
class ServiceLevelCliTest {

    @TempDir
    static Path dir;

    private static Path cases;

    @BeforeAll
    static void writeCases() throws IOException {
        cases = CliRun.cases(dir.resolve("cases.jsonl"), 461, 200, 11);
    }

    private static Path level(String targets) throws IOException {
        Path file = Files.createTempFile(dir, "service-level", ".json");
        Files.writeString(file, "{\"decided\": \"Byrådet, 12. juni 2025\", \"targets\": [" + targets + "]}");
        return file;
    }

    private static String target(String id, String indicator, String bound) {
        return "{\"id\": \"" + id + "\", \"name\": {\"da\": \"" + id + "\", \"en\": \"" + id + "\"}, \"indicator\": \""
                + indicator + "\", " + bound + "}";
    }

    @Test
    void report_serviceLevel_targetsBesideTheActualFigures(@TempDir Path out) throws IOException {
        Path file = level(target("ALL_ON_TIME", "INVESTIGATION_4M_ON_TIME", "\"atLeast\": 1.0") + ", "
                + target("CASELOAD", "CASELOAD_MEAN", "\"atMost\": 1000"));

        CliRun r = CliRun.of(
                "report",
                "--input",
                cases.toString(),
                "--out",
                out.toString(),
                "--as-of",
                "2026-11-23",
                "--service-level",
                file.toString(),
                "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report =
                CaseJsonLines.mapper().readTree(out.resolve("report.json").toFile());
        JsonNode results = report.get("serviceLevel").get("results");
        assertThat(report.get("serviceLevel").get("decided").asString()).isEqualTo("Byrådet, 12. juni 2025");
        assertThat(results).hasSize(2);
        double onTime = overall(report, "INVESTIGATION_4M_ON_TIME").get("value").asDouble();
        assertThat(results.get(0).get("actual").asDouble()).isEqualTo(onTime);
        assertThat(results.get(0).get("status").asString()).isEqualTo(onTime >= 1.0 ? "MET" : "NOT_MET");
        assertThat(results.get(0).get("gap").asDouble()).isCloseTo(onTime - 1.0, within(1e-12));
        assertThat(results.get(1).get("status").asString()).isEqualTo("MET");
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<section id=\"service-level\"", "Serviceniveau: besluttet og faktisk", "mindst 100");
        if (onTime < 1.0) {
            assertThat(html).contains("Ikke opfyldt: ", "procentpoint under målet");
        }
    }

    private static JsonNode overall(JsonNode report, String id) {
        for (JsonNode i : report.get("metrics").get("indicators")) {
            if (i.get("id").asString().equals(id)) {
                return i.get("overall");
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void report_targetOnTheRuleFilesLocalDeadline_isSetAgainstItsIndicator(@TempDir Path out) throws IOException {
        Path rules = out.resolve("rules-461.json");
        Files.writeString(rules, """
                {"municipality": "461",
                 "rules": [{"id": "KK-SCREENING-5WD", "duty": "LOCAL_SCREENING",
                   "titleDa": "Screening inden 5 arbejdsdage", "titleEn": "Screening within 5 working days",
                   "legalBasis": {"law": "RETSSIKKERHEDSLOVEN", "paragraph": "3", "subsection": 2},
                   "inForce": {"startInclusive": "2022-01-01"},
                   "trigger": {"kind": "NOTIFICATION_RECEIVED"}, "completion": {"kind": "SCREENED"},
                   "length": 5, "unit": "WORKING_DAYS"}]}
                """);
        Path file = level(target("SCREENING", "LOCAL_SCREENING_ON_TIME", "\"atLeast\": 0.9"));

        CliRun r = CliRun.of(
                "report",
                "--input",
                cases.toString(),
                "--out",
                out.resolve("run").toString(),
                "--as-of",
                "2026-11-23",
                "--rules",
                rules.toString(),
                "--service-level",
                file.toString(),
                "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report =
                CaseJsonLines.mapper().readTree(out.resolve("run/report.json").toFile());
        JsonNode result = report.get("serviceLevel").get("results").get(0);
        JsonNode value = overall(report, "LOCAL_SCREENING_ON_TIME").get("value");
        assertThat(result.has("actual")).isEqualTo(value != null);
        if (value != null) {
            assertThat(result.get("actual").asDouble()).isEqualTo(value.asDouble());
        }
    }

    @Test
    void report_targetOnNoIndicator_isRefusedBeforeAnyOutput(@TempDir Path out) throws IOException {
        Path file = level(target("X", "NO_SUCH_INDICATOR", "\"atLeast\": 0.5"));

        CliRun r = CliRun.of(
                "report",
                "--input",
                cases.toString(),
                "--out",
                out.toString(),
                "--as-of",
                "2026-11-23",
                "--service-level",
                file.toString(),
                "--quiet");

        assertThat(r.exit()).isNotZero();
        assertThat(r.err())
                .contains("service level file: targets[0] (X).indicator: expected an indicator of the"
                        + " report, got another id");
        assertThat(out.resolve("report.json")).doesNotExist();
    }

    @Test
    void demo_setsItsFiguresAgainstTheExampleServiceLevel(@TempDir Path out) {
        CliRun r = CliRun.of("demo", "--out", out.toString(), "--children", "120", "--as-of", "2026-11-23", "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report =
                CaseJsonLines.mapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.get("serviceLevel").get("results"))
                .hasSize(DemoCommand.exampleServiceLevel().targets().size());
        assertThat(report.get("synthetic").asBoolean()).isTrue();
    }
}
