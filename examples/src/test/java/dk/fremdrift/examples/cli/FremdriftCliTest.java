package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.examples.io.CaseJsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The command line, run in-process as a user would run it, on a small synthetic municipality. */
class FremdriftCliTest {

    private static final String AS_OF = "2026-11-23";

    @TempDir
    static Path shared;

    private static Path cases;

    @BeforeAll
    static void writeCases() throws IOException {
        cases = CliRun.cases(shared.resolve("cases.jsonl"), 461, 150, 7);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(CaseJsonLines.mapper().readTree(line));
        }
        return nodes;
    }

    @Test
    void report_goodInput_writesEveryFileAndCountsReconcile(@TempDir Path out) throws IOException {
        CliRun r = run("report", "--input", cases.toString(), "--out", out.toString(), "--as-of", AS_OF, "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("read 150 cases: 150 accepted, 0 rejected");
        for (String f : List.of("report.json", "deadlines.jsonl", "findings.jsonl", "rejects.jsonl", "index.html")) {
            assertThat(out.resolve(f)).as(f).exists();
        }
        JsonNode report =
                CaseJsonLines.mapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.get("input").get("read").asLong()).isEqualTo(150);
        assertThat(report.get("asOf").asString()).isEqualTo(AS_OF);
        assertThat(report.get("municipality").asString()).isEqualTo("461 Odense");
        assertThat(report.has("deadlines")).isTrue();
        assertThat(report.has("review")).isTrue();
        assertThat(Files.size(out.resolve("rejects.jsonl"))).isZero();
        // Status counts in declaration order, not a hash order that changes from one JVM run to the next.
        List<String> order = List.of(java.util.Arrays.stream(dk.fremdrift.deadlines.DeadlineStatus.values())
                .map(Enum::name)
                .toArray(String[]::new));
        for (JsonNode duty : report.get("deadlines").get("duties")) {
            List<String> keys = new ArrayList<>(duty.get("counts").propertyNames());
            assertThat(keys).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
        }
    }

    @Test
    void report_anyNumberOfThreads_sameFilesByteForByte(@TempDir Path one, @TempDir Path three) throws IOException {
        run(
                "report",
                "--input",
                cases.toString(),
                "--out",
                one.toString(),
                "--as-of",
                AS_OF,
                "--quiet",
                "--threads",
                "1");
        run(
                "report",
                "--input",
                cases.toString(),
                "--out",
                three.toString(),
                "--as-of",
                AS_OF,
                "--quiet",
                "--threads",
                "3");

        for (String f : List.of("report.json", "deadlines.jsonl", "findings.jsonl", "rejects.jsonl", "index.html")) {
            assertThat(Files.readAllBytes(three.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
        }
        assertThat(three.resolve("deadlines.jsonl.urgent.part")).doesNotExist();
    }

    @Test
    void report_municipalRuleFile_itsLocalDeadlineIsAnIndicatorOfItsOwn(@TempDir Path out) throws IOException {
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
        Path dir = out.resolve("run");

        CliRun r = run(
                "report",
                "--input",
                cases.toString(),
                "--out",
                dir.toString(),
                "--as-of",
                AS_OF,
                "--rules",
                rules.toString(),
                "--lang",
                "en",
                "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode metrics = CaseJsonLines.mapper()
                .readTree(dir.resolve("report.json").toFile())
                .get("metrics");
        JsonNode definition = last(metrics.get("definitions"));
        assertThat(definition.get("id").asString()).isEqualTo("LOCAL_SCREENING_ON_TIME");
        assertThat(definition.get("legalBasis").get(0).get("textEn").asString())
                .isEqualTo(
                        "Act on Legal Protection and Administration in Social Matters section 3(2) (from 2022-01-01)");
        JsonNode overall = last(metrics.get("indicators")).get("overall");
        // Every screening deadline triggered in the period is in the indicator: judged, censored or excluded.
        LocalDate start =
                LocalDate.parse(metrics.get("period").get("startInclusive").asString());
        long triggered = lines(dir.resolve("deadlines.jsonl")).stream()
                .filter(e -> e.get("ruleId").asString().equals("KK-SCREENING-5WD"))
                .filter(e -> !LocalDate.parse(e.get("triggerDate").asString()).isBefore(start))
                .count();
        assertThat(triggered).isPositive();
        assertThat(overall.get("denominator").asLong()
                        + overall.get("censored").asLong()
                        + overall.get("excluded").asLong())
                .isEqualTo(triggered);
        assertThat(Files.readString(dir.resolve("index.html"))).contains("Screening within 5 working days");
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    @Test
    void report_deadlines_needingActionComeFirst(@TempDir Path out) throws IOException {
        run("report", "--input", cases.toString(), "--out", out.toString(), "--as-of", AS_OF, "--quiet");

        List<String> statuses = lines(out.resolve("deadlines.jsonl")).stream()
                .map(n -> n.get("status").asString())
                .toList();
        int firstSettled = statuses.indexOf(statuses.stream()
                .filter(s -> !List.of("OVERDUE", "DUE_SOON", "OPEN").contains(s))
                .findFirst()
                .orElseThrow());
        assertThat(statuses.subList(0, firstSettled))
                .isNotEmpty()
                .allMatch(s -> List.of("OVERDUE", "DUE_SOON", "OPEN").contains(s));
        assertThat(statuses.subList(firstSettled, statuses.size()))
                .noneMatch(s -> List.of("OVERDUE", "DUE_SOON", "OPEN").contains(s));
    }

    @Test
    void report_badLines_rejectedWithLineNumberAndReasonAndTheRunGoesOn(@TempDir Path out) throws IOException {
        List<String> good = Files.readAllLines(cases, StandardCharsets.UTF_8).subList(0, 3);
        Path input = out.resolve("input.jsonl");
        Files.write(
                input,
                List.of(
                        good.get(0),
                        "{not json",
                        good.get(1),
                        "",
                        good.get(2).replace("\"municipality\":\"461\"", "\"municipality\":\"411\""),
                        good.get(2)
                                .replaceFirst(
                                        "\\{", "{\"childX\":{\"birthDate\":\"2015-01-01\",\"cpr\":\"010115-1234\"},")),
                StandardCharsets.UTF_8);

        CliRun r = run("report", "--input", input.toString(), "--out", out.toString(), "--as-of", AS_OF, "--quiet");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("read 5 cases: 2 accepted, 3 rejected");
        List<JsonNode> rejects = lines(out.resolve("rejects.jsonl"));
        assertThat(rejects).extracting(n -> n.get("line").asLong()).containsExactly(2L, 5L, 6L);
        assertThat(rejects.get(1).get("reason").asString())
                .startsWith("municipality: ")
                .contains("got a text of 3 digits")
                .doesNotContain("411");
        assertThat(rejects.get(2).get("reason").asString())
                .contains("got an unknown field whose name is a text of 6 characters")
                .containsPattern("ved kolonne [0-9]+")
                .doesNotContain("childX")
                .doesNotContain("1234");
        assertThat(String.join("\n", Files.readAllLines(out.resolve("rejects.jsonl"))))
                .doesNotContain("010115");
    }

    @Test
    void report_politicalProfile_hasNoDeadlineOrReviewDetail(@TempDir Path out) throws IOException {
        CliRun r = run(
                "report",
                "--input",
                cases.toString(),
                "--out",
                out.toString(),
                "--as-of",
                AS_OF,
                "--profile",
                "political",
                "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report =
                CaseJsonLines.mapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.has("deadlines")).isFalse();
        assertThat(report.has("review")).isFalse();
    }

    @Test
    void demo_smallMunicipality_writesTheCasesAndTheReport(@TempDir Path out) {
        CliRun r = run("demo", "--out", out.toString(), "--children", "120", "--as-of", AS_OF, "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("cases.jsonl")).exists();
        assertThat(out.resolve("index.html")).exists();
        assertThat(r.err()).contains("read 120 cases: 120 accepted, 0 rejected").contains("index.html");
    }

    @Test
    void deadlinesAndReview_commands_writeJsonLines(@TempDir Path out) throws IOException {
        CliRun d = run(
                "deadlines",
                "--input",
                cases.toString(),
                "--out",
                out.resolve("d.jsonl").toString(),
                "--as-of",
                AS_OF,
                "--quiet");
        CliRun v = run(
                "review",
                "--input",
                cases.toString(),
                "--out",
                out.resolve("f.jsonl").toString(),
                "--as-of",
                AS_OF,
                "--quiet");

        assertThat(d.exit()).as(d.err()).isZero();
        assertThat(v.exit()).as(v.err()).isZero();
        assertThat(lines(out.resolve("d.jsonl")))
                .isNotEmpty()
                .allMatch(n -> n.has("ruleId") && n.has("dueDate") && n.has("explanation"));
        assertThat(lines(out.resolve("f.jsonl"))).isNotEmpty().allMatch(n -> n.has("code") && n.has("message"));
    }

    @Test
    void rulesCalendarSchema_print() {
        CliRun rules = run("rules", "--lang", "en");
        CliRun calendar = run("calendar", "--year", "2027", "--lang", "en");
        CliRun schema = run("schema");

        assertThat(rules.out()).contains("`BL-20-INVESTIGATION-4M`").contains("barnets lov § 20, stk. 3");
        assertThat(calendar.out()).contains("2027-05-06").contains("Ascension").doesNotContain("Prayer");
        assertThat(schema.out()).contains("\"$schema\"");
    }

    @Test
    void userErrors_oneLineNoStackTrace() {
        CliRun missing = run("report", "--input", "/no/such/file.jsonl", "--as-of", AS_OF);
        CliRun usage = run("report", "--input", "x.jsonl", "--no-such-option");
        CliRun lang = run("calendar", "--year", "2027", "--lang", "de");

        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("fremdrift report: input file not found: /no/such/file.jsonl\n");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("Unknown option: '--no-such-option'");
        assertThat(lang.exit()).isEqualTo(1);
        assertThat(lang.err()).doesNotContain("Exception").contains("--lang: expected da or en, got 'de'");
    }

    @Test
    void help_listsTheCommandsAndExitCodes() {
        CliRun r = run("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("demo", "report", "deadlines", "review", "rules", "calendar", "schema");
        assertThat(r.out()).contains("success, with rejected input lines");
    }
}
