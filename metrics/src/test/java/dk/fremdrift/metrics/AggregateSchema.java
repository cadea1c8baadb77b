package dk.fremdrift.metrics;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Generates the JSON Schema of {@link AggregateDocument} from the types, as core-model's {@code ChildCaseSchema}
 * does for the case format: a field is required unless it is an {@link Optional}, a list or a map (left out when
 * empty), no object admits other properties, counts are not negative, and fingerprints, months and municipality
 * codes carry their forms. What a schema cannot say (cells adding up, definitions matching their fingerprints) the
 * reader checks. {@code AggregateSchemaTest} fails when the shipped file differs, and rewrites it when run with
 * {@value #UPDATE_PROPERTY}{@code =true}.
 */
final class AggregateSchema {

    static final String UPDATE_PROPERTY = "fremdrift.updateSchema";
    static final String RESOURCE = "/dk/fremdrift/metrics/aggregate.schema.json";
    static final Path SHIPPED = Path.of("src/main/resources" + RESOURCE);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AggregateSchema() {}

    static String generate() {
        ObjectNode root = new SchemaGenerator(config()).generateSchema(AggregateDocument.class);
        ObjectNode ordered = MAPPER.createObjectNode();
        ordered.set("$schema", root.get("$schema"));
        ordered.put("title", "AggregateDocument");
        ordered.put(
                "description",
                "The mergeable state of Fremdrift's metrics of one or more municipalities (format "
                        + AggregateDocument.FORMAT + ", version " + AggregateDocument.VERSION + "): the counters of"
                        + " every indicator, with no case id, CPR number, name or caseworker key."
                        + " dk.fremdrift.metrics.AggregateDocument. Generated from the Java types; do not edit.");
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!ordered.has(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        }
        // A legal basis also writes its texts, derived from the reference and the period; the reader ignores them.
        ObjectNode basis = (ObjectNode) ordered.get("$defs").get("LegalBasis").get("properties");
        basis.set("textDa", string().put("description", "The Danish text, derived; ignored when read."));
        basis.set("textEn", string().put("description", "The English text, derived; ignored when read."));
        return pretty(ordered);
    }

    static String shipped() {
        try (InputStream in = AggregateDocument.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(
                        MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(
                        JacksonOption.RESPECT_JSONPROPERTY_ORDER, JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.FLATTENED_ENUMS,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS,
                        Option.PLAIN_DEFINITION_KEYS)
                .without(
                        Option.NULLABLE_FIELDS_BY_DEFAULT,
                        Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT,
                        Option.FLATTENED_OPTIONALS,
                        Option.SIMPLIFIED_OPTIONALS,
                        Option.PUBLIC_STATIC_FIELDS,
                        Option.NONPUBLIC_STATIC_FIELDS);
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> custom(type));
        builder.forFields()
                .withTargetTypeOverridesResolver(AggregateSchema::unwrapOptional)
                .withRequiredCheck(
                        field -> isAlwaysWritten(field) || (!isOptionalListOrMap(field) && !isZeroLeftOut(field)))
                .withStringPatternResolver(AggregateSchema::pattern)
                .withNumberInclusiveMinimumResolver(AggregateSchema::minimum)
                .withArrayMinItemsResolver(f -> isCounts(f) && !f.isFakeContainerItemScope() ? 4 : null)
                .withArrayMaxItemsResolver(f -> isCounts(f) && !f.isFakeContainerItemScope() ? 4 : null);
        return builder.build();
    }

    private static List<ResolvedType> unwrapOptional(FieldScope field) {
        ResolvedType type = field.getDeclaredType();
        return type.isInstanceOf(Optional.class) ? List.of(field.getTypeParameterFor(Optional.class, 0)) : null;
    }

    private static boolean isOptionalListOrMap(FieldScope field) {
        ResolvedType type = field.getDeclaredType();
        return type.isInstanceOf(Optional.class) || type.isInstanceOf(List.class) || type.isInstanceOf(Map.class);
    }

    /** The lists of the document's own parts are written even when empty (the reader needs them). */
    private static boolean isAlwaysWritten(FieldScope field) {
        Class<?> owner = field.getDeclaringType().getErasedType();
        return field.getDeclaredType().isInstanceOf(List.class)
                && (owner == AggregateDocument.class
                        || owner == AggregateDocument.IndicatorState.class
                        || owner == AggregateDocument.Cell.class);
    }

    /** A cell's zero sum, and a document's synthetic mark when false, may be left out by a writer that leaves out empty values. */
    private static boolean isZeroLeftOut(FieldScope field) {
        Class<?> owner = field.getDeclaringType().getErasedType();
        return (owner == AggregateDocument.Cell.class && field.getDeclaredName().equals("sum"))
                || (owner == AggregateDocument.class && field.getDeclaredName().equals("synthetic"));
    }

    private static boolean isCounts(FieldScope field) {
        return field.getDeclaringType().getErasedType() == AggregateDocument.Cell.class
                && field.getDeclaredName().equals("counts");
    }

    private static String pattern(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        String name = field.getDeclaredName();
        Class<?> owner = field.getDeclaringType().getErasedType();
        if ((owner == AggregateDocument.class && name.equals("ruleBook"))
                || (owner == AggregateDocument.IndicatorState.class && name.equals("fingerprint"))) {
            return "^[0-9a-f]{64}$";
        }
        if (owner == AggregateDocument.class && name.equals("format")) {
            return "^" + AggregateDocument.FORMAT + "$";
        }
        return null;
    }

    private static java.math.BigDecimal minimum(FieldScope field) {
        if (field.getDeclaredType().isInstanceOf(List.class) && !field.isFakeContainerItemScope()) {
            return null;
        }
        Class<?> owner = field.getDeclaringType().getErasedType();
        String name = field.getDeclaredName();
        boolean count = (owner == AggregateDocument.class && name.equals("cases"))
                || (owner == AggregateDocument.Cell.class && (name.equals("cases") || name.equals("counts")))
                || (owner == AggregateDocument.BudgetSums.class && !name.equals("kind"));
        boolean positive = owner == AggregateDocument.CaseloadBin.class
                || (owner == AggregateDocument.BudgetSums.class && name.equals("interventions"));
        if (owner == AggregateDocument.class && name.equals("version")) {
            return java.math.BigDecimal.valueOf(AggregateDocument.VERSION);
        }
        return positive ? java.math.BigDecimal.ONE : count ? java.math.BigDecimal.ZERO : null;
    }

    private static CustomDefinition custom(ResolvedType type) {
        Class<?> erased = type.getErasedType();
        if (erased == LocalDate.class) {
            return inline(string().put("format", "date"));
        }
        if (erased == Instant.class) {
            return inline(string().put("format", "date-time"));
        }
        if (erased == ZoneId.class) {
            return inline(string().put("description", "A time zone id, Europe/Copenhagen."));
        }
        if (erased == MunicipalityCode.class) {
            ObjectNode node = string().put(
                            "description",
                            "Municipality code (kommunekode) of one of the 98 Danish municipalities, three digits.");
            ArrayNode codes = node.putArray("enum");
            MunicipalityCode.all().forEach(m -> codes.add(m.format()));
            return new CustomDefinition(
                    node, CustomDefinition.DefinitionType.ALWAYS_REF, CustomDefinition.INCLUDING_ATTRIBUTES);
        }
        if (erased == SortedMap.class) {
            Class<?> key = type.getTypeParameters().get(0).getErasedType();
            ObjectNode node = MAPPER.createObjectNode().put("type", "object");
            ObjectNode names = node.putObject("propertyNames");
            if (key == Integer.class) {
                names.put("pattern", "^(0|[1-9][0-9]*)$");
            } else if (key == InterventionKind.class) {
                ArrayNode kinds = names.putArray("enum");
                for (InterventionKind k : InterventionKind.values()) {
                    kinds.add(k.name());
                }
            } else {
                names.put("minLength", 1);
            }
            node.putObject("additionalProperties").put("type", "integer").put("minimum", 1);
            return inline(node);
        }
        return null;
    }

    private static ObjectNode string() {
        return MAPPER.createObjectNode().put("type", "string");
    }

    private static CustomDefinition inline(ObjectNode node) {
        return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    }
}
