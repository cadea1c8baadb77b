package dk.fremdrift.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.examples.synthetic.SyntheticMunicipality;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;

class CaseJsonLinesTest {

    private static final long SEED = 31;

    private static List<ChildCase> cases(int n) {
        return SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(851))
                .children(n)
                .from(LocalDate.of(2020, 1, 1))
                .to(LocalDate.of(2026, 1, 1))
                .seed(SEED)
                .build()
                .cases()
                .toList();
    }

    @Test
    void write_thenRead_equalsTheOriginals() throws IOException {
        List<ChildCase> original = cases(500);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = CaseJsonLines.write(original.stream(), out);
        List<ChildCase> read;
        try (Stream<ChildCase> s = CaseJsonLines.read(
                new BufferedReader(new StringReader(new String(out.toByteArray(), StandardCharsets.UTF_8))))) {
            read = s.toList();
        }

        assertThat(written).isEqualTo(500);
        assertThat(read).as("seed %d", SEED).isEqualTo(original);
    }

    @Test
    void write_oneCasePerLine_utf8WithoutEscapes() throws IOException {
        List<ChildCase> original = cases(300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CaseJsonLines.write(original.stream(), out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).endsWith("\n");
        assertThat(text.split("\n", -1)).hasSize(301);
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"S-"));
        // Danish goal descriptions are written as UTF-8, not as \\u escapes.
        assertThat(text).contains("æ").doesNotContain("\\u00e6");
    }

    @Test
    void toJson_thenFromJson_equalsTheOriginal() {
        ChildCase c = cases(50).get(42);

        assertThat(CaseJsonLines.fromJson(CaseJsonLines.toJson(c))).isEqualTo(c);
    }

    @Test
    void read_file_roundTripsAndSkipsBlankLines(@TempDir Path dir) throws IOException {
        List<ChildCase> original = cases(20);
        Path file = dir.resolve("cases.jsonl");
        CaseJsonLines.write(original.stream(), file);
        Files.writeString(file, "\n   \n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (Stream<ChildCase> s = CaseJsonLines.read(file)) {
            assertThat(s.toList()).isEqualTo(original);
        }
    }

    @Test
    void read_badLine_throwsWithItsLineNumber() {
        String good = CaseJsonLines.toJson(cases(1).get(0));
        String text = good + "\n\n{\"id\": \"S-1\", \"nonsense\n" + good + "\n";

        try (Stream<ChildCase> s = CaseJsonLines.read(new BufferedReader(new StringReader(text)))) {
            assertThatThrownBy(s::toList)
                    .isInstanceOf(CaseJsonLinesException.class)
                    .hasMessageStartingWith("line 3: ")
                    .satisfies(e -> assertThat(((CaseJsonLinesException) e).lineNumber())
                            .isEqualTo(3));
        }
    }

    @Test
    void fromJson_unknownField_rejected() {
        String json = CaseJsonLines.toJson(cases(1).get(0));
        String withUnknown = json.replaceFirst("\\{", "{\"openedd\":\"2024-01-01\",");

        assertThat(withUnknown).isNotEqualTo(json);
        assertThatThrownBy(() -> CaseJsonLines.fromJson(withUnknown))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("openedd");
    }

    @Test
    void fromJson_brokenModelRule_rejectedWithTheModelsReason() {
        String json = CaseJsonLines.toJson(cases(1).get(0));
        String closedTooEarly = json.replaceFirst("\"opened\":\"\\d{4}-\\d{2}-\\d{2}\"", "\"opened\":\"2030-01-01\"");

        assertThat(closedTooEarly).isNotEqualTo(json);
        assertThatThrownBy(() -> CaseJsonLines.fromJson(closedTooEarly)).isInstanceOf(JacksonException.class);
    }

    @Test
    void read_closingTheStream_closesTheReader() {
        AtomicBoolean closed = new AtomicBoolean();
        BufferedReader reader = new BufferedReader(new StringReader("")) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };

        CaseJsonLines.read(reader).close();

        assertThat(closed).isTrue();
    }
}
