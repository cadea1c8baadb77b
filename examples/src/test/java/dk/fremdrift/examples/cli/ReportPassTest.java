package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.examples.io.CaseJsonLines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The report pass that a Spark job runs gives what {@code fremdrift report} gives: the lines of a file with bad lines
 * among good ones (a byte order mark, CRLF, a blank line, a line over the limit, bytes that are not UTF-8, a line that
 * is not JSON, a case born after the date), split into parts at random and merged as bytes in a shuffled order, make
 * report.json and index.html equal byte for byte to the command line's, and reject the same lines for the same reasons.
 */
class ReportPassTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"administrative", "political"})
    void passInRandomParts_writesTheCommandLinesReportByteForByte(String profile) throws IOException {
        Path input = input();
        // A service level that sets its own length of a long course: the executors must count with it too.
        Path level = Files.writeString(
                dir.resolve("level.json"),
                "{\"decided\": \"Udvalget\", \"longCourseMonths\": 6, \"targets\": [{\"id\": \"LONG\", \"name\":"
                        + " {\"da\": \"Lange forløb\", \"en\": \"Long courses\"}, \"indicator\":"
                        + " \"LONG_COURSES_WITHOUT_PROGRESS\", \"atMost\": 0.3}]}");
        String[] options = {
            "--as-of=2026-11-23",
            "--profile=" + profile,
            "--lang=en",
            "--max-line-bytes=60000",
            "--service-level=" + level,
            "--compare-previous",
        };
        Path cli = dir.resolve("cli-" + profile);
        CliRun run = CliRun.of(concat(new String[] {"report", "--input=" + input, "--out=" + cli, "--quiet"}, options));
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK_WITH_REJECTS);

        Path pass = dir.resolve("pass-" + profile);
        ReportPass p = ReportPass.of(CliRun.CLOCK, concat(new String[] {"--input=" + input, "--out=" + pass}, options));
        List<String> reasons = new ArrayList<>();
        ReportPass.Part total = p.newPart();
        for (byte[] state : partsOf(Files.readAllBytes(input), p, reasons, new Random(profile.length()))) {
            total.merge(state);
        }
        p.write(total);

        assertThat(pass.resolve("report.json")).hasSameBinaryContentAs(cli.resolve("report.json"));
        assertThat(pass.resolve("index.html")).hasSameBinaryContentAs(cli.resolve("index.html"));
        List<String> cliReasons = new ArrayList<>();
        for (String line : Files.readAllLines(cli.resolve("rejects.jsonl"))) {
            cliReasons.add(CaseJsonLines.mapper().readTree(line).get("reason").asString());
        }
        assertThat(cliReasons).hasSize(5);
        assertThat(String.join("\n", cliReasons))
                .contains("not valid UTF-8", "longer than the limit", "found a list", "unborn child");
        assertThat(reasons).containsExactlyInAnyOrderElementsOf(cliReasons);
        JsonNode counts = CaseJsonLines.mapper()
                .readTree(pass.resolve("report.json").toFile())
                .get("input");
        assertThat(counts.get("rejected").asLong()).isEqualTo(5);
        assertThat(total.read()).isEqualTo(total.accepted() + total.rejected());
        assertThat(Files.readString(pass.resolve("report.json"))).contains("the same date 6 months earlier");
    }

    /** The demo's cases of a small town, with bad lines among them. */
    private Path input() throws IOException {
        Path good = CliRun.cases(dir.resolve("good.jsonl"), 461, 120, 5);
        List<String> lines = Files.readAllLines(good);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((lines.get(0) + "\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("   \n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{not json\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        bytes.write(("{\"x\":\"" + "a".repeat(70_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i < lines.size(); i++) {
            bytes.write((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            if (i == lines.size() / 2) {
                bytes.write("[]\n".getBytes(StandardCharsets.UTF_8));
                bytes.write(lines.get(i)
                        .replaceFirst("\"birthDate\":\"[0-9-]+\"", "\"birthDate\":\"2026-12-01\"")
                        .getBytes(StandardCharsets.UTF_8));
                bytes.write('\n');
            }
        }
        Path input = dir.resolve("input.jsonl");
        Files.write(input, bytes.toByteArray());
        return input;
    }

    /** Splits the file into lines, deals them to 1 to 6 parts at random, and returns the parts' bytes, shuffled. */
    private static List<byte[]> partsOf(byte[] file, ReportPass p, List<String> reasons, Random random) {
        int n = 1 + random.nextInt(6);
        List<ReportPass.Part> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(p.newPart());
        }
        int start = 0;
        for (int i = 0; i <= file.length; i++) {
            if (i == file.length || file[i] == '\n') {
                if (i > start || i < file.length) {
                    byte[] line = Arrays.copyOfRange(file, start, i);
                    parts.get(random.nextInt(n)).line(line, line.length, start).ifPresent(reasons::add);
                }
                start = i + 1;
            }
        }
        List<byte[]> states = new ArrayList<>();
        parts.forEach(part -> states.add(part.toBytes()));
        Collections.shuffle(states, random);
        return states;
    }

    @Test
    void pass_sentAsBytes_readsLinesAsTheOriginal_butDoesNotWriteTheReport() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.json"), "{\"municipality\":\"0461\",\"rules\":[]}");
        ReportPass p = ReportPass.of(
                CliRun.CLOCK, "--input=x", "--out=" + dir.resolve("o"), "--as-of=2026-11-23", "--rules=" + rules);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        Files.delete(rules); // an executor has no access to the driver's files: the pass carries their text
        ReportPass sent;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            sent = (ReportPass) in.readObject();
        }
        byte[] line = Files.readAllLines(CliRun.cases(dir.resolve("c.jsonl"), 461, 10, 3))
                .get(0)
                .getBytes(StandardCharsets.UTF_8);
        ReportPass.Part there = sent.newPart();
        there.line(line, line.length, 0);
        ReportPass.Part here = p.newPart();
        here.line(line, line.length, 0);

        assertThat(there.toBytes()).isEqualTo(here.toBytes());
        assertThat(there.accepted()).isEqualTo(1);
        assertThatThrownBy(() -> sent.write(there)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badOptions_areRefusedBeforeAnyCaseIsRead() {
        assertThatThrownBy(() -> ReportPass.of(CliRun.CLOCK, "--out=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--input");
        assertThatThrownBy(() -> ReportPass.of(CliRun.CLOCK, "--input=x", "--out=y", "--profile=council"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--profile: expected administrative or political, got 'council'");
        assertThatThrownBy(() -> ReportPass.of(CliRun.CLOCK, "--input=x", "--out=y", "--rules=" + dir.resolve("none")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rule file not found");
    }

    @Test
    void aPartsBytes_cutShort_areRefusedAndChangeNothing() throws IOException {
        ReportPass p = ReportPass.of(CliRun.CLOCK, "--input=x", "--out=" + dir.resolve("o"), "--as-of=2026-11-23");
        ReportPass.Part part = p.newPart();
        byte[] line = Files.readAllLines(CliRun.cases(dir.resolve("c.jsonl"), 461, 10, 3))
                .get(0)
                .getBytes(StandardCharsets.UTF_8);
        part.line(line, line.length, 0);
        byte[] state = part.toBytes();
        ReportPass.Part target = p.newPart().merge(state);

        assertThatThrownBy(() -> target.merge(Arrays.copyOf(state, state.length - 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("state:");
        assertThat(target.toBytes()).isEqualTo(state);
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }
}
