package dk.fremdrift.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.examples.cli.Fremdrift;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.testing.RandomCases;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service over real HTTP on a random port: the same report, rejects and reasons as {@code fremdrift report} for
 * the same input, single cases, problem details without personal data, the OpenAPI 3.1 document and Swagger UI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FremdriftServiceTest {

    /** A real-looking CPR number (valid date and century digit). */
    static final String CPR = "070615-4321";

    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> post(String path, String contentType, String language, String body) throws Exception {
        return post(path, contentType, language, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String language, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String example() throws Exception {
        try (InputStream in = ChildCase.class.getResourceAsStream(ChildCase.JSON_EXAMPLE_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Good cases from fremdrift-testing, and bad lines of several kinds, one with a real CPR number in it. */
    static List<String> lines() {
        RandomCases random = new RandomCases(1_726_2026L);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(CaseJsonLines.toJson(random.nextCase()));
            if (i == 3) {
                lines.add("{\"id\":\"S-1\",\"child\":{\"birthDate\":\"2015-03-04\",\"cprNumber\":\"" + CPR + "\"},"
                        + "\"municipality\":\"101\",\"kle\":\"27.24.00-G01\",\"opened\":\"2026-03-27\"}");
            }
            if (i == 7) {
                lines.add("{\"id\":\"S-2\",\"child\":{\"birthDate\":\"2015-03-04\",\"cpr\":\"320115-4321\"},"
                        + "\"municipality\":\"101\",\"kle\":\"27.24.00-G01\",\"opened\":\"2026-03-27\"}");
            }
            if (i == 11) {
                lines.add("{\"id\":\"S-3\",");
                lines.add("");
            }
            if (i == 20) {
                lines.add("{\"id\":\"S-4\",\"child\":{\"birthDate\":\"2015-03-04\"},\"municipality\":\"1001\","
                        + "\"kle\":\"27.24.00-G01\",\"opened\":\"2026-03-27\"}");
            }
            if (i == 30) {
                lines.add("null");
            }
            if (i == 33) { // a CPR number in a date field
                lines.add("{\"id\":\"S-5\",\"child\":{\"birthDate\":\"2015-03-04\"},\"municipality\":\"101\","
                        + "\"kle\":\"27.24.00-G01\",\"opened\":\"" + CPR + "\"}");
            }
            if (i == 40) { // unborn on the day of evaluation: the model allows the case, the report does not
                lines.add("{\"id\":\"S-6\",\"child\":{\"birthDate\":\"2027-01-01\"},\"municipality\":\"101\","
                        + "\"kle\":\"27.24.00-G01\",\"opened\":\"2026-11-01\"}");
            }
        }
        return lines;
    }

    @Test
    void reports_sameReportRejectsAndReasonsAsTheCommandLine(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        // A byte order mark first, and a line that is not UTF-8 last: read and rejected as the command line does.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((String.join("\n", lines()) + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
        byte[] body = bytes.toByteArray();
        Path input = dir.resolve("cases.jsonl");
        Files.write(input, body);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
        int exit = Fremdrift.run(
                clock,
                "report",
                "--input",
                input.toString(),
                "--as-of",
                "2026-11-23",
                "--out",
                dir.resolve("out").toString(),
                "--quiet");
        assertThat(exit)
                .as("the command line's exit code: success with rejected lines")
                .isEqualTo(3);

        HttpResponse<String> r = post("/reports?asOf=2026-11-23", "application/jsonl", null, body);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(r.body());
        JsonNode cliReport = JSON.readTree(dir.resolve("out/report.json").toFile());
        assertThat(answer.get("report")).isEqualTo(cliReport);
        List<JsonNode> cliRejects = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out/rejects.jsonl"))) {
            cliRejects.add(JSON.readTree(line));
        }
        assertThat(answer.get("rejects").valueStream().toList()).hasSize(8).containsExactlyElementsOf(cliRejects);
        assertThat(answer.at("/report/input/read").asLong()).isEqualTo(68);
        assertThat(answer.at("/report/input/accepted").asLong()).isEqualTo(60);
        assertThat(answer.at("/rejects/0/line").asLong())
                .as("the first case, after the byte order mark, is read")
                .isEqualTo(5);
        assertThat(r.body()).doesNotContain("070615").doesNotContain("320115");
        assertThat(output.getAll()).doesNotContain("070615").doesNotContain("320115");
    }

    @Test
    void deadlines_exampleCase_explanationsInTheRequestsLanguage() throws Exception {
        HttpResponse<String> en = post("/cases/deadlines?asOf=2026-11-23", "application/json", "en", example());
        HttpResponse<String> da = post("/cases/deadlines?asOf=2026-11-23", "application/json", "da", example());

        assertThat(en.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(en.body());
        assertThat(body.get("asOf").asString()).isEqualTo("2026-11-23");
        assertThat(body.get("deadlines").size()).isPositive();
        assertThat(en.body()).contains("\"ruleId\":\"BL-136-ASSESSMENT-24H\"", "24 hours → due");
        assertThat(da.body()).contains("24 timer → frist");
    }

    @Test
    void review_exampleCase_findings() throws Exception {
        HttpResponse<String> r = post("/cases/review?asOf=2026-11-23", "application/json", "en", example());

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("findings").size()).isPositive();
        assertThat(body.get("findings").get(0).get("code").asString()).matches("[A-Z0-9-]+");
    }

    @Test
    void deadlines_caseWithUnknownCprField_problemDetailWithTheCommandLinesReasonNotTheNumber(CapturedOutput output)
            throws Exception {
        String bad = lines().get(4);
        HttpResponse<String> r = post("/cases/deadlines", "application/json", "en", bad);

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("type").asString()).isEqualTo("https://fremdrift.dk/problems/invalid-case");
        assertThat(body.at("/errors/0/field").asString()).startsWith("child");
        assertThat(body.at("/errors/0/message").asString())
                .isEqualTo(dk.fremdrift.examples.io.Reasons.of(failure(bad), bad, false));
        assertThat(r.body()).doesNotContain("070615");
        assertThat(output.getAll()).doesNotContain("070615");
    }

    @Test
    void review_childBornAfterAsOf_rejectedAsTheCommandLineDoes() throws Exception {
        String unborn =
                lines().stream().filter(l -> l.contains("S-6")).findFirst().orElseThrow();
        HttpResponse<String> r = post("/cases/review?asOf=2026-11-23", "application/json", "da", unborn);

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.at("/errors/0/field").asString()).isEqualTo("child.birthDate");
        assertThat(body.at("/errors/0/message").asString())
                .isEqualTo(dk.fremdrift.examples.io.Reasons.bornAfterAsOf(true))
                .doesNotContain("2027");
    }

    static Exception failure(String json) {
        try {
            CaseJsonLines.fromJson(json);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected the line to be rejected");
    }

    @Test
    void openApi_version31_caseFormatIsThePublishedSchema() throws Exception {
        HttpResponse<String> r = get("/v3/api-docs");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        assertThat(doc.at("/paths").propertyNames()).contains("/cases/deadlines", "/cases/review", "/reports");
        JsonNode childCase = doc.at("/components/schemas/ChildCase");
        JsonNode published;
        try (InputStream in = ChildCase.class.getResourceAsStream(ChildCase.JSON_SCHEMA_RESOURCE)) {
            published = JSON.readTree(in);
        }
        assertThat(childCase.get("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(published.get("properties").propertyNames());
        assertThat(doc.at("/components/schemas").propertyNames())
                .containsAll(published.get("$defs").propertyNames());
        assertThat(childCase.at("/properties/notifications/items/$ref").asString())
                .isEqualTo("#/components/schemas/Notification");
        assertThat(doc.at("/paths/~1cases~1deadlines/post/requestBody/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/ChildCase");
    }

    @Test
    void swaggerUi_served() throws Exception {
        HttpResponse<String> r = get("/swagger-ui.html");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("swagger-ui");
    }

    @Test
    void health_up() throws Exception {
        HttpResponse<String> r = get("/actuator/health");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"fremdriftCalendars\"");
    }
}
