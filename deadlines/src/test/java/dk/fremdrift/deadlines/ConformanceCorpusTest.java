package dk.fremdrift.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.testing.conformance.ConformanceCorpus;
import dk.fremdrift.testing.conformance.ConformanceRunner;
import dk.fremdrift.testing.conformance.ConformanceVector;
import dk.fremdrift.testing.conformance.Expectation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * Runs the public conformance corpus (fremdrift-testing's, read from the class path as a vendor reads it) through
 * the engine with the statutory
 * calendar: one test per vector, named by its id. A vector marked {@code knownDefect} is reported as aborted with its
 * reason while the engine still fails it, and fails once the engine passes it, so that the mark is removed.
 */
class ConformanceCorpusTest {

    /** The corpus in the source tree, as a vendor would keep a corpus of its own. */
    static final Path CORPUS =
            Path.of("..", "testing", "src", "main", "resources", "dk", "fremdrift", "testing", "conformance");

    private static final DeadlineEngine ENGINE =
            DeadlineEngine.builder(DanishCalendar.statutory()).build();

    /** Loaded once for the class: a corpus that breaks its schema fails every test that reads it. */
    static final class Corpus {
        static final List<ConformanceVector> VECTORS = ConformanceCorpus.builtIn();
        static final JsonSchema CASE_SCHEMA = caseSchema();
    }

    @TestFactory
    Stream<DynamicTest> corpus_everyVector_engineMeetsItsExpectations() {
        return Corpus.VECTORS.stream().map(v -> DynamicTest.dynamicTest(v.id() + " (" + v.file() + ")", () -> run(v)));
    }

    private static void run(ConformanceVector v) {
        Set<String> caseErrors = caseErrors(v);
        List<String> differences = caseErrors.isEmpty()
                ? ConformanceRunner.check(v, ENGINE)
                : List.of("the case breaks the case schema: " + caseErrors);
        if (v.knownDefect().isPresent()) {
            Assertions.assertFalse(
                    differences.isEmpty(),
                    () -> v.id() + " is marked knownDefect but the engine now passes it: remove the mark");
            throw new TestAbortedException(
                    "known defect: " + v.knownDefect().get() + " | differences: " + String.join("; ", differences));
        }
        assertThat(differences).as("%s: %s", v.id(), v.description()).isEmpty();
    }

    @Test
    void corpus_size_atLeast150VectorsInThemedFiles() {
        Map<String, Long> perFile = Corpus.VECTORS.stream()
                .collect(Collectors.groupingBy(ConformanceVector::file, TreeMap::new, Collectors.counting()));

        assertThat(Corpus.VECTORS).hasSizeGreaterThanOrEqualTo(150);
        assertThat(perFile)
                .as("one file per theme")
                .containsKeys(
                        "notifications.json",
                        "investigations.json",
                        "plans.json",
                        "follow-up.json",
                        "supervision.json",
                        "re-treatment.json",
                        "emergency.json",
                        "adulthood.json",
                        "complaints.json",
                        "access.json",
                        "calendar-edge-cases.json",
                        "law-switch.json");
    }

    @Test
    void corpus_everyStatutoryRule_namedByAVector() {
        Set<String> covered = Corpus.VECTORS.stream()
                .flatMap(v -> v.expectations().stream())
                .filter(x -> !x.absent())
                .map(x -> x.duty() + " " + x.lawPeriod().orElseThrow())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = ENGINE.rules().rules().stream()
                .map(r -> r.duty() + " " + periodOf(r))
                .filter(key -> !covered.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(missing)
                .as("rules of the statutory rule book that no vector names")
                .isEmpty();
    }

    @Test
    void corpus_knownDefects_fewAndExplained() {
        List<ConformanceVector> defects =
                Corpus.VECTORS.stream().filter(v -> v.knownDefect().isPresent()).toList();

        assertThat(defects).allSatisfy(v -> assertThat(v.knownDefect().get()).hasSizeGreaterThan(40));
        assertThat(defects.size()).as("known defects").isLessThanOrEqualTo(Corpus.VECTORS.size() / 5);
    }

    @Test
    void corpus_vectorWithWrongExpectation_differencesNamed() {
        ConformanceVector good = Corpus.VECTORS.stream()
                .filter(v -> v.knownDefect().isEmpty())
                .filter(v -> v.expectations().stream()
                        .anyMatch(x -> x.status().filter("MET"::equals).isPresent()))
                .findFirst()
                .orElseThrow();
        List<Expectation> wrong = good.expectations().stream()
                .map(x -> x.status().filter("MET"::equals).isPresent()
                        ? new Expectation(
                                x.duty(),
                                x.subjectKind(),
                                x.subjectId(),
                                x.occurrence(),
                                false,
                                x.dueAt(),
                                x.dueDate().map(d -> d.plusDays(1)),
                                java.util.Optional.of("OVERDUE"),
                                x.citation(),
                                java.util.Optional.of("OTHER"))
                        : x)
                .toList();
        ConformanceVector broken = new ConformanceVector(
                good.file(), good.id(), good.description(), good.caseJson(), good.asOf(), wrong, good.knownDefect());

        List<String> differences = ConformanceRunner.check(broken, ENGINE);

        assertThat(String.join("\n", differences))
                .contains("status expected OVERDUE")
                .contains("period of law expected OTHER");
    }

    @Test
    void builtIn_sameVectorsAsTheFolder_noFileLeftOutOfTheJar() {
        List<ConformanceVector> folder = ConformanceCorpus.load(CORPUS);

        assertThat(Corpus.VECTORS.stream().map(ConformanceVector::file).distinct())
                .as("ConformanceCorpus.FILES lists every vector file of the folder")
                .containsExactlyElementsOf(
                        folder.stream().map(ConformanceVector::file).distinct().toList());
        assertThat(Corpus.VECTORS).containsExactlyElementsOf(folder);
    }

    @Test
    void corpus_fileBreakingTheSchema_rejectedWithItsName(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.copy(CORPUS.resolve(ConformanceCorpus.SCHEMA_FILE), dir.resolve(ConformanceCorpus.SCHEMA_FILE));
        Files.writeString(
                dir.resolve("broken.json"),
                "{\"theme\":\"x\",\"description\":\"x\",\"vectors\":[{\"id\":\"X-1\"}]}",
                StandardCharsets.UTF_8);

        Assertions.assertThrows(IllegalArgumentException.class, () -> ConformanceCorpus.load(dir));
        assertThat(Assertions.assertThrows(IllegalArgumentException.class, () -> ConformanceCorpus.load(dir))
                        .getMessage())
                .startsWith("broken.json breaks " + ConformanceCorpus.SCHEMA_FILE);
    }

    private static String periodOf(DeadlineRule rule) {
        if (rule.inForce().endInclusive().filter(d -> d.getYear() == 2023).isPresent()) {
            return "SERVICELOVEN";
        }
        return rule.inForce().startInclusive().getYear() == 2024 ? "BARNETS_LOV" : "BOTH_PERIODS";
    }

    private static Set<String> caseErrors(ConformanceVector v) {
        try {
            return Corpus.CASE_SCHEMA.validate(new ObjectMapper().readTree(v.caseJson())).stream()
                    .map(ValidationMessage::getMessage)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema caseSchema() {
        try (InputStream in = ChildCase.class.getResourceAsStream(ChildCase.JSON_SCHEMA_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            text,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
