package com.example.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The starter in a Spring Boot 4.0 application (Jackson 3, Hibernate Validator 9), over real HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.endpoints.web.exposure.include=health,info",
            "management.endpoint.health.show-details=always"
        })
@ExtendWith(OutputCaptureExtension.class)
class VendorApplicationTest {

    static final String CPR = "070615-4321";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> post(String path, String language, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
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

    @Test
    void deadlines_exampleCase_englishExplanations() throws Exception {
        HttpResponse<String> r = post("/cases/deadlines?asOf=2026-11-23T12:00:00Z", "en", example());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"ruleId\":\"BL-136-ASSESSMENT-24H\"")
                .contains("received Friday 2026-03-27 09:05; 24 hours");
    }

    @Test
    void badCpr_danishProblemDetailWithoutTheNumber_andNoLogOfIt(CapturedOutput output) throws Exception {
        HttpResponse<String> r = post("/forms", "da", "{\"cpr\":\"" + CPR + "\",\"municipality\":\"101\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body())
                .contains("\"field\":\"cpr\"", "\"rule\":\"Cpr\"", "skal være et gyldigt CPR-nummer")
                .doesNotContain("070615");
        assertThat(output.getAll()).doesNotContain("070615");
    }

    @Test
    void jsonError_jackson3_namesFieldNotValue(CapturedOutput output) throws Exception {
        HttpResponse<String> r = post("/forms", "en", "{\"cpr\":\"0101011234\",\"opened\":\"" + CPR + "\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("\"field\":\"opened\"", "\"rule\":\"invalid-format\"", "expected a date (YYYY-MM-DD)")
                .doesNotContain("070615");
        assertThat(output.getAll()).doesNotContain("070615");
    }

    @Test
    void actuator_infoAndHealthOnBoot4Types() throws Exception {
        HttpResponse<String> info = get("/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body())
                .contains("\"coverage\":\"1950-01-01/2199-12-31\"")
                .contains("\"sha256\"");
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"fremdriftCalendars\":{\"details\":{\"required\"")
                .contains("\"DK\":{\"coverage\":\"1950-01-01/2199-12-31\",\"covered\":true}}},\"status\":\"UP\"}");
    }
}
