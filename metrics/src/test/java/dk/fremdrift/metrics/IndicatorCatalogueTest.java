package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue of indicators: the generated files match the code, and both Jackson lines write the same. */
class IndicatorCatalogueTest {

    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
    private static final Locale DA = Locale.forLanguageTag("da");

    @Test
    void markdownFile_matchesTheCode() throws IOException {
        String expected = "# Indicator catalogue\n\n"
                + "Generated from `IndicatorCatalogue.standard()` by `IndicatorCatalogueTest`; do not edit by hand."
                + " The definitions are the ones every report carries (`MetricsReport.definitions()`), with the"
                + " default settings (a case is stalled after " + MetricsConfig.DEFAULT_STALLED_DAYS + " days without"
                + " a step; " + MetricsConfig.DEFAULT_RECOMMENDED_CASELOAD + " open cases per caseworker are"
                + " recommended). Timeliness indicators count the deadline engine's evaluations (see"
                + " `deadlines/RULES.md`); an evaluation the engine cannot tell, because a legal fact is not recorded"
                + " in the case, is counted apart, never guessed. The same definitions as JSON:"
                + " `metrics/indicators.json`.\n\n"
                + "## English\n\n" + CATALOGUE.toMarkdown(Locale.ENGLISH) + "\n## Dansk\n\n"
                + CATALOGUE.toMarkdown(DA);
        checkFile(Path.of("INDICATORS.md"), expected);
    }

    @Test
    void jsonFile_matchesTheCode() throws IOException {
        String expected = new ObjectMapper()
                        .findAndRegisterModules()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(CATALOGUE.definitions())
                        .replace("\r\n", "\n")
                + "\n";
        checkFile(Path.of("indicators.json"), expected);
    }

    @Test
    void json_jackson3_writesTheSameTreeAsJackson2() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode three = mapper.readTree(mapper.writeValueAsString(CATALOGUE.definitions()));
        JsonNode two = mapper.readTree(
                new ObjectMapper().findAndRegisterModules().writeValueAsString(CATALOGUE.definitions()));

        assertThat(three).isEqualTo(two);
        assertThat(three.size()).isEqualTo(Indicators.standard().size());
        assertThat(three.get(0).get("id").asString()).isEqualTo(Indicators.NOTIFICATIONS_RECEIVED);
    }

    @Test
    void toMarkdown_english_overviewRowAndSectionOfAnIndicator() {
        String md = CATALOGUE.toMarkdown(Locale.ENGLISH);
        IndicatorDefinition d =
                CATALOGUE.find(Indicators.INVESTIGATION_4M_ON_TIME).orElseThrow();

        assertThat(md)
                .startsWith(
                        "| id | kind | name | legal basis | applies to events | target |\n|---|---|---|---|---|---|\n")
                .contains("| `INVESTIGATION_4M_ON_TIME` | " + d.kind().englishName() + " | "
                        + d.name().en() + " | " + d.legalBasis().get(0).textEn() + "; "
                        + d.legalBasis().get(1).textEn())
                .contains("\n#### `INVESTIGATION_4M_ON_TIME`: " + d.name().en() + "\n\n"
                        + d.description().en() + "\n\n")
                .contains("- **Population**: " + d.population().en() + "\n")
                .contains("- **Censoring**: " + d.censoring().en() + "\n")
                .contains("- **Target**: 1\n");
    }

    @Test
    void toMarkdown_danish_danishWordsAndACountWithoutBasis() {
        String md = CATALOGUE.toMarkdown(DA);
        IndicatorDefinition d =
                CATALOGUE.find(Indicators.NOTIFICATIONS_RECEIVED).orElseThrow();

        assertThat(md)
                .startsWith("| id | art | navn | hjemmel | gælder hændelser | mål |\n")
                .contains("| `NOTIFICATIONS_RECEIVED` | " + d.kind().danishName() + " | "
                        + d.name().da() + " | ingen | ")
                .contains("- **Tæller**: " + d.numerator().da() + "\n")
                .doesNotContain("- **Numerator**");
    }

    @Test
    void toMarkdown_everyIndicatorHasOneRowAndOneSection() {
        String md = CATALOGUE.toMarkdown(Locale.ENGLISH);

        for (IndicatorDefinition d : Indicators.standard()) {
            assertThat(md.split("\\| `" + d.id() + "` \\|", -1)).as(d.id()).hasSize(2);
            assertThat(md.split("#### `" + d.id() + "`:", -1)).as(d.id()).hasSize(2);
        }
    }

    @Test
    void toMarkdown_pipeInAText_isEscapedInTheTable() {
        IndicatorDefinition d = Indicators.standard().get(0);
        IndicatorDefinition piped = new IndicatorDefinition(
                "LOCAL_X",
                d.kind(),
                LocalizedText.of("a | b", "a | b"),
                d.description(),
                d.legalBasis(),
                d.applies(),
                d.population(),
                d.numerator(),
                d.exclusions(),
                d.censoring(),
                d.target(),
                d.nationalReference(),
                d.dimensions(),
                d.categories());

        assertThat(IndicatorCatalogue.of(List.of(piped)).toMarkdown(Locale.ENGLISH))
                .contains("| a \\| b |");
    }

    @Test
    void of_sameIdTwice_rejectedNamingTheId() {
        IndicatorDefinition d = Indicators.standard().get(0);

        assertThatThrownBy(() -> IndicatorCatalogue.of(List.of(d, d)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("definitions: indicator NOTIFICATIONS_RECEIVED is defined twice; expected each id once");
    }

    @Test
    void of_withConfig_carriesTheSettingInTheText() {
        MetricsConfig config = MetricsConfig.of(Instant.parse("2026-01-01T08:00:00Z"), ReportingPeriod.ofYear(2025))
                .withStalledAfterDays(45);

        IndicatorCatalogue catalogue = IndicatorCatalogue.of(Indicators.standard(config));

        assertThat(catalogue
                        .find(Indicators.STALLED_CASES)
                        .orElseThrow()
                        .numerator()
                        .en())
                .contains("45");
        assertThat(catalogue.find("NO_SUCH")).isEmpty();
    }

    private static void checkFile(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("fremdrift.updateDocs")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file))
                .as("metrics/" + file + " is missing; run the tests with -Dfremdrift.updateDocs=true")
                .isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("metrics/" + file + " is out of date; run the tests with -Dfremdrift.updateDocs=true")
                .isEqualTo(expected);
    }
}
