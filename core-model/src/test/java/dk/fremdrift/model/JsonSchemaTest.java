package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.fremdrift.testing.RandomCases;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema is the one generated from the types, describes the format the model writes, and
 * rejects what the model rejects where a schema can say so.
 */
class JsonSchemaTest {

    /** The shipped schema, loaded on first use, so that a missing one fails only the tests that need it. */
    static final class Shipped {
        static final String SCHEMA = ChildCaseSchema.shipped();
        static final JsonNode TREE = JsonShape.tree(SCHEMA);
        static final JsonSchema VALIDATOR = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(
                        SCHEMA,
                        SchemaValidatorsConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build());
    }

    static Set<String> errors(String json) {
        return Shipped.VALIDATOR.validate(JsonShape.tree(json)).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toSet());
    }

    @Test
    void shippedSchema_generatedFromTheTypes_unchanged() throws IOException {
        String generated = ChildCaseSchema.generate();
        boolean update = Boolean.getBoolean(ChildCaseSchema.UPDATE_PROPERTY);
        if (update) {
            Files.writeString(ChildCaseSchema.SHIPPED, generated, StandardCharsets.UTF_8);
        }
        String onDisk = Files.readString(ChildCaseSchema.SHIPPED, StandardCharsets.UTF_8);

        assertThat(onDisk)
                .as(
                        "The shipped JSON Schema %s differs from the one generated from the types. If the change of the"
                                + " format is intended, refresh it with: ./mvnw -pl core-model test -Dtest=JsonSchemaTest"
                                + " -D%s=true, then build again and review the diff.",
                        ChildCaseSchema.SHIPPED, ChildCaseSchema.UPDATE_PROPERTY)
                .isEqualTo(generated);
        if (!update) {
            assertThat(ChildCaseSchema.shipped())
                    .as("the schema on the class path is the one in the sources; build again")
                    .isEqualTo(onDisk);
        }
    }

    @Test
    void schema_exampleDocument_valid() {
        assertThat(errors(JsonShape.resource(ChildCase.JSON_EXAMPLE_RESOURCE))).isEmpty();
    }

    @Test
    void schema_randomValidCasesOnBothLines_valid() {
        long seed = 7_411_2026L;
        RandomCases random = new RandomCases(seed);
        for (int i = 0; i < 300; i++) {
            ChildCase c = random.nextCase();
            for (JsonLine line : JsonLine.values()) {
                String json = line.write(c);
                assertThat(errors(json))
                        .as("seed %d, case %d, %s: %s", seed, i, line, json)
                        .isEmpty();
            }
        }
    }

    /** Documents the schema rejects, and a fragment of what it says. */
    static Stream<Arguments> invalidDocuments() {
        String minimal = JsonFormatTest.MINIMAL;
        return Stream.of(
                Arguments.of("unknown field", JsonFormatTest.minimalWith("\"foo\":1"), "foo"),
                Arguments.of(
                        "unknown field in a part",
                        JsonFormatTest.minimalWith(
                                "\"accessRequests\":[{\"id\":\"r1\",\"received\":\"2026-04-01\"," + "\"by\":\"x\"}]"),
                        "by"),
                Arguments.of(
                        "missing child", minimal.replace("\"child\":{\"birthDate\":\"2015-06-07\"},", ""), "child"),
                Arguments.of(
                        "CPR number of the wrong form",
                        minimal.replace(
                                "{\"birthDate\":\"2015-06-07\"}", "{\"birthDate\":\"2015-06-07\",\"cpr\":\"0706154\"}"),
                        "pattern"),
                Arguments.of("Christiansø", minimal.replace("\"101\"", "\"411\""), "municipality"),
                Arguments.of("KLE number", minimal.replace("27.24.00-G01", "27.24"), "pattern"),
                Arguments.of("date of the wrong form", minimal.replace("2026-03-27", "27-03-2026"), "date"),
                Arguments.of(
                        "moment of the wrong form",
                        JsonFormatTest.minimalWith(
                                "\"notifications\":[{\"id\":\"n1\",\"received\":\"2026-03-27 15:05\","
                                        + "\"notifierKind\":\"CITIZEN\"}]"),
                        "date-time"),
                Arguments.of(
                        "unknown enum constant",
                        JsonFormatTest.minimalWith(
                                "\"notifications\":[{\"id\":\"n1\",\"received\":\"2026-03-27T15:05:00Z\","
                                        + "\"notifierKind\":\"NEIGHBOUR\"}]"),
                        "enum"),
                Arguments.of("identifier as a number", minimal.replace("\"c1\"", "42"), "string"),
                Arguments.of(
                        "negative price",
                        JsonFormatTest.minimalWith("\"interventions\":[{\"id\":\"i1\",\"kind\":\"FOSTER_CARE\","
                                + "\"legalBasis\":{\"law\":\"BARNETS_LOV\",\"paragraph\":\"47\"},\"start\":\"2026-04-01\","
                                + "\"price\":{\"amount\":-1,\"unit\":\"PER_DAY\"}}]"),
                        "minimum"),
                Arguments.of(
                        "paragraph of the wrong form",
                        JsonFormatTest.minimalWith("\"decisions\":[{\"id\":\"d1\",\"kind\":\"SUPPORT\",\"legalBasis\":"
                                + "{\"law\":\"BARNETS_LOV\",\"paragraph\":\"§ 32\"},\"decided\":\"2026-04-01\","
                                + "\"outcome\":\"GRANTED\"}]"),
                        "pattern"),
                Arguments.of(
                        "missing flag",
                        JsonFormatTest.minimalWith("\"supervisionVisits\":[{\"id\":\"v1\",\"date\":\"2026-04-01\"}]"),
                        "conversationWithChild"),
                Arguments.of("key with leading space", minimal.replace("\"c1\"", "\" c1\""), "pattern"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void schema_invalidDocument_rejected(String what, String json, String fragment) {
        Set<String> errors = errors(json);

        assertThat(errors).as(what).isNotEmpty();
        assertThat(String.join("\n", errors)).as(what).contains(fragment);
    }

    @Test
    void schema_everyRecord_objectWithRequiredExactlyTheNonOptionalComponents() {
        JsonNode defs = Shipped.TREE.get("$defs");
        List<Class<?>> records = new ArrayList<>();
        collectRecords(ChildCase.class, records);

        assertThat(records).hasSize(26);
        for (Class<?> type : records) {
            JsonNode def = type == ChildCase.class ? Shipped.TREE : defs.get(type.getSimpleName());
            assertThat(def).as(type.getSimpleName()).isNotNull();
            List<String> names = Stream.of(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            List<String> required = Stream.of(type.getRecordComponents())
                    .filter(c ->
                            c.getType() != Optional.class && !java.util.Collection.class.isAssignableFrom(c.getType()))
                    .map(RecordComponent::getName)
                    .toList();

            assertThat(def.get("type").textValue()).as(type.getSimpleName()).isEqualTo("object");
            assertThat(def.get("additionalProperties").isBoolean()
                            && !def.get("additionalProperties").booleanValue())
                    .as("%s has additionalProperties: false", type.getSimpleName())
                    .isTrue();
            assertThat(fieldNames(def.get("properties")))
                    .as(type.getSimpleName())
                    .isEqualTo(names);
            assertThat(def.get("required")).as(type.getSimpleName()).isNotNull();
            assertThat(Stream.of(toArray(def.get("required"))).toList())
                    .as(type.getSimpleName())
                    .isEqualTo(required);
            for (RecordComponent c : type.getRecordComponents()) {
                checkProperty(
                        type.getSimpleName() + "." + c.getName(),
                        valueType(c),
                        def.get("properties").get(c.getName()));
            }
        }
    }

    @Test
    void schema_identifiers_stringsWithPatternOrEnum() {
        JsonNode defs = Shipped.TREE.get("$defs");
        Map<String, String> patterns = Map.of(
                "Cpr", ChildCaseSchema.CPR_PATTERN,
                "Cvr", ChildCaseSchema.CVR_PATTERN,
                "KleNumber", ChildCaseSchema.KLE_PATTERN,
                "CaseId", ChildCaseSchema.KEY_PATTERN,
                "PartId", ChildCaseSchema.KEY_PATTERN,
                "TeamId", ChildCaseSchema.KEY_PATTERN,
                "CaseworkerId", ChildCaseSchema.KEY_PATTERN);
        patterns.forEach((name, pattern) -> {
            assertThat(defs.get(name).get("type").textValue()).as(name).isEqualTo("string");
            assertThat(defs.get(name).get("pattern").textValue()).as(name).isEqualTo(pattern);
            assertThat(defs.get(name).get("description").textValue()).as(name).isNotBlank();
        });
        JsonNode municipality = defs.get("MunicipalityCode");
        assertThat(municipality.get("type").textValue()).isEqualTo("string");
        assertThat(Stream.of(toArray(municipality.get("enum"))).toList())
                .hasSize(98)
                .containsExactlyElementsOf(MunicipalityCode.all().stream()
                        .map(MunicipalityCode::format)
                        .toList());
        assertThat(Stream.of(toArray(defs.get("NotifierKind").get("enum"))).toList())
                .containsExactlyElementsOf(
                        Stream.of(NotifierKind.values()).map(Enum::name).toList());
    }

    @Test
    void schema_patterns_agreeWithTheParsers() {
        RandomCases random = new RandomCases(11L);
        for (int i = 0; i < 200; i++) {
            assertThat(random.cprText(random.cprBirthDate())).matches(ChildCaseSchema.CPR_PATTERN);
            assertThat(random.cvrText()).matches(ChildCaseSchema.CVR_PATTERN);
            assertThat(random.kleText()).matches(ChildCaseSchema.KLE_PATTERN);
            assertThat(random.keyText()).matches(ChildCaseSchema.KEY_PATTERN);
            assertThat(random.legalReference().paragraph()).matches(ChildCaseSchema.PARAGRAPH_PATTERN);
        }
        assertThat("a\tb").doesNotMatch(ChildCaseSchema.KEY_PATTERN);
        assertThat("a ").doesNotMatch(ChildCaseSchema.KEY_PATTERN);
        assertThat("BL-MGMT-REVIEW").matches(ChildCaseSchema.RULE_CODE_PATTERN);
        assertThat("bl-x").doesNotMatch(ChildCaseSchema.RULE_CODE_PATTERN);
    }

    /** Checks the schema of one property against the Java type of its component (optionals unwrapped). */
    private static void checkProperty(String where, Type type, JsonNode schema) {
        assertThat(schema).as(where).isNotNull();
        if (type instanceof ParameterizedType p
                && (p.getRawType() == List.class || p.getRawType() == java.util.Set.class)) {
            assertThat(schema.get("type").textValue()).as(where).isEqualTo("array");
            checkProperty(where + "[]", p.getActualTypeArguments()[0], schema.get("items"));
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == LocalDate.class || raw == Instant.class) {
            assertThat(schema.get("type").textValue()).as(where).isEqualTo("string");
            assertThat(schema.get("format").textValue())
                    .as(where)
                    .isEqualTo(raw == LocalDate.class ? "date" : "date-time");
        } else if (raw == String.class) {
            assertThat(schema.get("type").textValue()).as(where).isEqualTo("string");
        } else if (raw == double.class || raw == java.math.BigDecimal.class) {
            assertThat(schema.get("type").textValue()).as(where).isEqualTo("number");
        } else if (raw == Integer.class) {
            assertThat(schema.get("type").textValue()).as(where).isEqualTo("integer");
        } else if (raw == boolean.class) {
            assertThat(schema.get("type").textValue()).as(where).isEqualTo("boolean");
        } else {
            assertThat(schema.get("$ref").textValue()).as(where).isEqualTo("#/$defs/" + raw.getSimpleName());
        }
    }

    private static Type valueType(RecordComponent c) {
        Type t = c.getGenericType();
        if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return p.getActualTypeArguments()[0];
        }
        return t;
    }

    private static void collectRecords(Class<?> type, List<Class<?>> out) {
        if (!type.isRecord() || out.contains(type) || !type.getPackageName().equals("dk.fremdrift.model")) {
            return;
        }
        if (type == CaseId.class || type == PartId.class || type == TeamId.class || type == CaseworkerId.class) {
            return;
        }
        out.add(type);
        for (RecordComponent c : type.getRecordComponents()) {
            Type t = valueType(c);
            if (t instanceof ParameterizedType p) {
                t = p.getActualTypeArguments()[0];
            }
            if (t instanceof Class<?> k) {
                collectRecords(k, out);
            }
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        ((ObjectNode) object).properties().forEach(e -> names.add(e.getKey()));
        return names;
    }

    private static String[] toArray(JsonNode array) {
        String[] out = new String[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).textValue();
        }
        return out;
    }
}
