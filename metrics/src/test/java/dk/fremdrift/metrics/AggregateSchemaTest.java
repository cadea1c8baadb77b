package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped JSON Schema of the aggregate document: generated from the types, and it describes what is written. */
class AggregateSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    /** The shipped schema, loaded on first use, so that a missing one fails only the tests that need it. */
    static final class Shipped {
        static final JsonSchema VALIDATOR = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(
                        AggregateSchema.shipped(),
                        SchemaValidatorsConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build());
    }

    @Test
    void shippedSchema_generatedFromTheTypes_unchanged() throws IOException {
        String generated = AggregateSchema.generate();
        if (Boolean.getBoolean(AggregateSchema.UPDATE_PROPERTY)) {
            Files.createDirectories(AggregateSchema.SHIPPED.getParent());
            Files.writeString(AggregateSchema.SHIPPED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(AggregateSchema.SHIPPED, StandardCharsets.UTF_8))
                .as(
                        "The shipped schema %s differs from the one generated from the types. If the change of the format"
                                + " is intended, refresh it with: ./mvnw -pl metrics test -Dtest=AggregateSchemaTest -D%s=true,"
                                + " and say so in the format's version.",
                        AggregateSchema.SHIPPED, AggregateSchema.UPDATE_PROPERTY)
                .isEqualTo(generated);
    }

    static Stream<AggregateDocument> documents() {
        MetricsAggregator standard = MetricsAggregator.of(CONFIG);
        new RandomCases(11).cases(100).forEach(c -> standard.add(c, ENGINE));
        MetricsAggregator own = MetricsAggregator.of(CONFIG, List.of(OwnIndicatorsTest.SCREENING));
        new RandomCases(12).cases(40).forEach(c -> own.add(c, ENGINE));
        AggregateDocument a = standard.toDocument(MunicipalityCode.of(461), ENGINE.rules());
        AggregateDocument empty = MetricsAggregator.of(CONFIG).toDocument(MunicipalityCode.of(101), ENGINE.rules());
        return Stream.of(
                a,
                own.toDocument(MunicipalityCode.of(751), ENGINE.rules()),
                empty,
                AggregateDocument.merge(List.of(a, empty)));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void writtenDocument_isValid(AggregateDocument document) throws Exception {
        assertThat(errors(MAPPER.valueToTree(document))).isEmpty();
        assertThat(errors(MAPPER.readTree(
                        tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(document))))
                .isEmpty();
    }

    @Test
    void brokenDocuments_failTheSchema() {
        AggregateDocument d = documents().findFirst().orElseThrow();
        List<Consumer<ObjectNode>> breaks = List.of(
                n -> n.remove("format"),
                n -> n.put("version", 0),
                n -> n.put("ruleBook", "not a fingerprint"),
                n -> n.put("extra", 1),
                n -> ((ArrayNode) n.get("municipalities")).add("999"),
                n -> ((ObjectNode) n.get("indicators").get(0).get("cells").get(0)).put("cases", -1),
                n -> ((ArrayNode) n.get("indicators").get(0).get("cells").get(0).get("counts")).add(0),
                n -> ((ObjectNode) n.get("caseload").get(0)).put("caseworkers", 0));
        for (int i = 0; i < breaks.size(); i++) {
            ObjectNode tree = MAPPER.valueToTree(d);
            breaks.get(i).accept(tree);
            assertThat(errors(tree)).as("break %d", i).isNotEmpty();
        }
    }

    private static Set<String> errors(JsonNode tree) {
        return Shipped.VALIDATOR.validate(tree).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toSet());
    }
}
