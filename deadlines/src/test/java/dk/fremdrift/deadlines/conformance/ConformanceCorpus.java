package dk.fremdrift.deadlines.conformance;

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
 * Reads the vector files of a corpus folder: every {@code *.json} file except the schema, each checked against the
 * vector schema ({@value #SCHEMA_FILE}, JSON Schema draft 2020-12, in the same folder) before it is read.
 *
 * <pre>{@code
 * List<ConformanceVector> vectors = ConformanceCorpus.load(Path.of("deadlines/src/test/resources/conformance"));
 * }</pre>
 */
public final class ConformanceCorpus {

    /** The file name of the vector schema in the corpus folder. */
    public static final String SCHEMA_FILE = "deadline-vectors.schema.json";

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
        JsonSchema schema = schema(folder);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(SCHEMA_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + folder, e);
        }
        List<ConformanceVector> vectors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            JsonNode tree = read(file);
            Set<String> errors = schema.validate(tree).stream()
                    .map(ValidationMessage::getMessage)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(
                        file.getFileName() + " breaks " + SCHEMA_FILE + ": " + String.join("; ", errors));
            }
            for (JsonNode v : tree.get("vectors")) {
                ConformanceVector vector = vector(file.getFileName().toString(), v);
                if (!ids.add(vector.id())) {
                    throw new IllegalArgumentException(
                            file.getFileName() + ": vector id " + vector.id() + " is used twice in the corpus");
                }
                vectors.add(vector);
            }
        }
        return List.copyOf(vectors);
    }

    /**
     * Returns the validator of the vector schema in a corpus folder.
     *
     * @param folder the corpus folder
     * @return the schema
     */
    static JsonSchema schema(Path folder) {
        JsonNode tree = read(folder.resolve(SCHEMA_FILE));
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
