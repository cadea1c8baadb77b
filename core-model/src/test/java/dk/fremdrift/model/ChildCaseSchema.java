package dk.fremdrift.model;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Generates the JSON Schema of {@link ChildCase} from the types, with victools' generator and its Jackson module.
 * The shipped schema ({@link ChildCase#JSON_SCHEMA_RESOURCE}) is this output; {@code JsonSchemaTest} fails when
 * they differ, and rewrites the shipped file when run with {@value #UPDATE_PROPERTY}{@code =true}.
 *
 * <p>What the generator is told beyond the types:
 *
 * <ul>
 *   <li>identifiers are strings with a {@code pattern} (CPR, CVR, KLE, keys) or an {@code enum} (the 98
 *       municipality codes, in the three-digit form the writer uses);
 *   <li>dates are {@code format: date}, instants {@code format: date-time} (written in UTC);
 *   <li>a field is required unless it is an {@link Optional} or a list (both are left out when empty);
 *   <li>no object admits other properties ({@code additionalProperties: false}), as the reader rejects them;
 *   <li>free texts must not be blank; amounts are not negative; a few fields carry their patterns.
 * </ul>
 */
final class ChildCaseSchema {

    /** The system property that makes {@code JsonSchemaTest} rewrite the shipped schema. */
    static final String UPDATE_PROPERTY = "fremdrift.updateSchema";

    /** The shipped schema, relative to the module's folder (Surefire's working directory). */
    static final Path SHIPPED = Path.of("src/main/resources" + ChildCase.JSON_SCHEMA_RESOURCE);

    static final String CPR_PATTERN = "^[0-9]{6}-?[0-9]{4}$";
    static final String CVR_PATTERN = "^[0-9]{8}$";
    static final String KLE_PATTERN = "^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}(-?[A-Z][0-9]{2})?$";
    static final String KEY_PATTERN =
            "^[^\\s\\x00-\\x1F\\x7F-\\x9F](?:[^\\x00-\\x1F\\x7F-\\x9F]*[^\\s\\x00-\\x1F\\x7F-\\x9F])?$";
    static final String NOT_BLANK_PATTERN = "\\S";
    static final String PARAGRAPH_PATTERN = "^[1-9][0-9]{0,3} ?[a-z]?$";
    static final String RULE_CODE_PATTERN = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChildCaseSchema() {}

    /**
     * Returns the schema as pretty-printed JSON with {@code \n} line ends and a final line end, the form in which it
     * is shipped.
     */
    static String generate() {
        JsonNode schema = new SchemaGenerator(config()).generateSchema(ChildCase.class);
        ObjectNode root = (ObjectNode) schema;
        ObjectNode ordered = MAPPER.createObjectNode();
        ordered.set("$schema", root.get("$schema"));
        ordered.put("title", "ChildCase");
        ordered.put(
                "description",
                "One child's case (børnesag) of Danish child-welfare casework, as read and written by Fremdrift's"
                        + " core model (dk.fremdrift.model.ChildCase). Generated from the Java types; do not edit.");
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!ordered.has(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        }
        return pretty(ordered);
    }

    /** Returns the shipped schema as it is on the class path, or fails if it is missing. */
    static String shipped() {
        try (InputStream in = ChildCase.class.getResourceAsStream(ChildCase.JSON_SCHEMA_RESOURCE)) {
            Objects.requireNonNull(in, ChildCase.JSON_SCHEMA_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pretty(JsonNode node) {
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
                        // Optionals are unwrapped below, so that the schema has no nulls.
                        Option.FLATTENED_OPTIONALS,
                        Option.SIMPLIFIED_OPTIONALS,
                        Option.PUBLIC_STATIC_FIELDS,
                        Option.NONPUBLIC_STATIC_FIELDS);
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> custom(type.getErasedType()));
        builder.forFields()
                // The reader takes null for an absent value, but the writer never writes one: the schema has no nulls.
                .withTargetTypeOverridesResolver(ChildCaseSchema::unwrapOptional)
                .withRequiredCheck(field -> !isOptionalOrList(field))
                .withStringPatternResolver(ChildCaseSchema::pattern)
                .withStringMinLengthResolver(field -> isText(field) ? 1 : null)
                .withNumberInclusiveMinimumResolver(ChildCaseSchema::minimum);
        return builder.build();
    }

    private static List<ResolvedType> unwrapOptional(FieldScope field) {
        ResolvedType type = field.getDeclaredType();
        return type.isInstanceOf(Optional.class) ? List.of(field.getTypeParameterFor(Optional.class, 0)) : null;
    }

    private static boolean isOptionalOrList(FieldScope field) {
        ResolvedType type = field.getDeclaredType();
        return type.isInstanceOf(Optional.class) || type.isInstanceOf(java.util.Collection.class);
    }

    /**
     * A required field of free text. Optional texts (a goal's description, a reason for omission) have no
     * constraint: the reader takes a blank one as absent, so that the case review can report it.
     */
    private static boolean isText(FieldScope field) {
        return field.getDeclaredType().isInstanceOf(String.class)
                && !field.isFakeContainerItemScope()
                && field.getDeclaringType().getErasedType() != LegalReference.class;
    }

    private static String pattern(FieldScope field) {
        Class<?> owner = field.getDeclaringType().getErasedType();
        String name = field.getDeclaredName();
        if (owner == LegalReference.class && name.equals("paragraph")) {
            return PARAGRAPH_PATTERN;
        }
        if (owner == Justification.class && name.equals("ruleCode")) {
            return RULE_CODE_PATTERN;
        }
        return isText(field) ? NOT_BLANK_PATTERN : null;
    }

    private static BigDecimal minimum(FieldScope field) {
        Class<?> owner = field.getDeclaringType().getErasedType();
        String name = field.getDeclaredName();
        if (owner == Price.class && name.equals("amount")) {
            return BigDecimal.ZERO;
        }
        if (owner == LegalReference.class && name.equals("subsection")) {
            return BigDecimal.ONE;
        }
        return null;
    }

    private static CustomDefinition custom(Class<?> type) {
        if (type == LocalDate.class) {
            return inline(string().put("format", "date"));
        }
        if (type == Instant.class) {
            return inline(string().put("format", "date-time"));
        }
        if (type == Cpr.class) {
            return definition(string().put(
                            "description",
                            "CPR number of the child, DDMMYY-SSSS (the hyphen is optional); its date must"
                                    + " exist and equal the child's birth date. Personal data.")
                    .put("pattern", CPR_PATTERN));
        }
        if (type == Cvr.class) {
            return definition(string().put(
                            "description",
                            "CVR number: eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11.")
                    .put("pattern", CVR_PATTERN));
        }
        if (type == KleNumber.class) {
            return definition(string().put(
                            "description",
                            "KLE journal-plan number NN.NN.NN with an optional handling facet such as" + " -G01.")
                    .put("pattern", KLE_PATTERN));
        }
        if (type == MunicipalityCode.class) {
            ObjectNode node = string().put(
                            "description",
                            "Municipality code (kommunekode) of one of the 98 Danish municipalities, three digits.");
            ArrayNode codes = node.putArray("enum");
            MunicipalityCode.all().forEach(m -> codes.add(m.format()));
            return definition(node);
        }
        Map<Class<?>, String> keys = Map.of(
                CaseId.class, "The case's key in the case system.",
                PartId.class, "The key of a part of the case, unique within the case.",
                CaseworkerId.class, "The key of a caseworker in the case system; never a CPR number or a name.",
                TeamId.class, "The key of a team of caseworkers.");
        if (keys.containsKey(type)) {
            return definition(string().put(
                            "description",
                            keys.get(type) + " 1 to 64 characters, no control characters, no leading or trailing"
                                    + " white space, and no CPR number in it.")
                    .put("minLength", 1)
                    .put("maxLength", Identifiers.MAX_LENGTH)
                    .put("pattern", KEY_PATTERN));
        }
        return null;
    }

    private static ObjectNode string() {
        return MAPPER.createObjectNode().put("type", "string");
    }

    private static CustomDefinition inline(ObjectNode node) {
        return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    }

    private static CustomDefinition definition(ObjectNode node) {
        return new CustomDefinition(
                node, CustomDefinition.DefinitionType.ALWAYS_REF, CustomDefinition.INCLUDING_ATTRIBUTES);
    }
}
