package dk.fremdrift.testing.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the vector files of a corpus: every {@code *.json} file except the schema, each checked against the vector
 * schema ({@value #SCHEMA_FILE}, JSON Schema draft 2020-12, beside the files) before it is read.
 *
 * <p>The corpus of this version of Fremdrift is in this jar ({@link #builtIn()}, the files {@link #FILES} under
 * {@value #RESOURCE_FOLDER}); a corpus of one's own, or a newer one, is read from a folder with {@link #load(Path)}.
 *
 * <pre>{@code
 * List<ConformanceVector> vectors = ConformanceCorpus.builtIn();
 * }</pre>
 *
 * <p>Needs Jackson 2 ({@code com.fasterxml.jackson.core:jackson-databind}) and networknt's {@code
 * com.networknt:json-schema-validator} on the class path: optional dependencies of this artifact, so that a vendor
 * who uses only the case generators does not get them.
 */
public final class ConformanceCorpus {

    /** The file name of the vector schema in the corpus folder. */
    public static final String SCHEMA_FILE = "deadline-vectors.schema.json";

    /** Where the built-in corpus is, on the class path. */
    public static final String RESOURCE_FOLDER = "/dk/fremdrift/testing/conformance/";

    /** The vector files of the built-in corpus, in the order they are read. */
    public static final List<String> FILES = List.of(
            "access.json",
            "adulthood.json",
            "calendar-edge-cases.json",
            "complaints.json",
            "emergency.json",
            "follow-up.json",
            "investigations.json",
            "law-switch.json",
            "notifications.json",
            "plans.json",
            "re-treatment.json",
            "supervision.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConformanceCorpus() {}

    /**
     * Reads every vector of the corpus in a folder, in file-name order and then in the order of each file.
     *
     * @param folder the corpus folder
     * @return the vectors
     * @throws UncheckedIOException if a file cannot be read or is not JSON
     * @throws IllegalArgumentException if a file breaks the vector schema, or two vectors share an id; the message
     *     names the file and what is wrong
     */
    public static List<ConformanceVector> load(Path folder) {
        Objects.requireNonNull(folder, "folder");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(SCHEMA_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + folder, e);
        }
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        return read(read(folder.resolve(SCHEMA_FILE)), names, name -> read(folder.resolve(name)));
    }

    /**
     * Reads every vector of the corpus that comes with this version of Fremdrift, in the order of {@link #FILES} and
     * then in the order of each file.
     *
     * @return the vectors
     * @throws IllegalStateException if the jar's corpus cannot be read (a broken build)
     */
    public static List<ConformanceVector> builtIn() {
        return read(resource(SCHEMA_FILE), FILES, ConformanceCorpus::resource);
    }

    private static List<ConformanceVector> read(
            JsonNode schemaTree, List<String> names, java.util.function.Function<String, JsonNode> reader) {
        JsonSchema schema = schema(schemaTree);
        List<ConformanceVector> vectors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String name : names) {
            JsonNode tree = reader.apply(name);
            Set<String> errors = schema.validate(tree).stream()
                    .map(ValidationMessage::getMessage)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(name + " breaks " + SCHEMA_FILE + ": " + String.join("; ", errors));
            }
            for (JsonNode v : tree.get("vectors")) {
                ConformanceVector vector = vector(name, v);
                if (!ids.add(vector.id())) {
                    throw new IllegalArgumentException(
                            name + ": vector id " + vector.id() + " is used twice in the corpus");
                }
                vectors.add(vector);
            }
        }
        return List.copyOf(vectors);
    }

    private static JsonNode resource(String name) {
        try (java.io.InputStream in = ConformanceCorpus.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in corpus has no file " + name + ": a broken build");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in corpus file " + name, e);
        }
    }

    private static JsonSchema schema(JsonNode tree) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(
                        tree,
                        SchemaValidatorsConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build());
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName() + " as JSON", e);
        }
    }

    private static ConformanceVector vector(String file, JsonNode v) {
        List<Expectation> expectations = new ArrayList<>();
        for (JsonNode e : v.get("expectations")) {
            expectations.add(expectation(e));
        }
        try {
            return new ConformanceVector(
                    file,
                    v.get("id").textValue(),
                    v.get("description").textValue(),
                    MAPPER.writeValueAsString(v.get("case")),
                    Instant.parse(v.get("asOf").textValue()),
                    expectations,
                    text(v, "knownDefect"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Expectation expectation(JsonNode e) {
        JsonNode subject = e.get("subject");
        Optional<Citation> citation = Optional.ofNullable(e.get("citation"))
                .map(c -> new Citation(
                        c.get("law").textValue(),
                        c.get("paragraph").textValue(),
                        Optional.ofNullable(c.get("subsection")).map(JsonNode::intValue)));
        return new Expectation(
                e.get("duty").textValue(),
                subject.get("kind").textValue(),
                text(subject, "id"),
                e.has("occurrence") ? e.get("occurrence").intValue() : 1,
                e.has("absent") && e.get("absent").booleanValue(),
                text(e, "dueAt").map(Instant::parse),
                text(e, "dueDate").map(LocalDate::parse),
                text(e, "status"),
                citation,
                text(e, "lawPeriod"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(JsonNode::textValue);
    }
}
