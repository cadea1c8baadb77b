package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.synthetic.SyntheticMunicipality;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The failures of one line, and of the run: a line that is JSON {@code null}, a line far too long, bytes that are
 * not UTF-8, an output that cannot be written, a disk that fills up, an input that is a folder or missing. Each
 * checks the exit code, the one-line message (no stack trace) and that nothing that looks complete is left behind.
 */
class FailuresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final String AS_OF = "2026-11-23";

    @TempDir
    static Path shared;

    private static List<String> valid;

    @BeforeAll
    static void validLines() {
        SyntheticMunicipality town = SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(101))
                .children(12)
                .from(LocalDate.of(2024, 1, 1))
                .to(LocalDate.of(2026, 11, 24))
                .seed(3)
                .build();
        try (Stream<ChildCase> s = town.cases()) {
            valid = s.map(CaseJsonLines::toJson).toList();
        }
    }

    record Run(int exit, String err) {}

    private static Run run(Outputs.Opener opener, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Fremdrift.commandLine(CLOCK, opener);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), err.toString());
    }

    private static Run run(String... args) {
        return run(Outputs.FILES, args);
    }

    private static Path input(Path dir, List<String> lines) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in")).resolve("cases.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        return in;
    }

    private static List<JsonNode> rejects(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(CaseJsonLines.mapper().readTree(line));
        }
        return out;
    }

    /** Name and content of every file in a folder. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.isDirectory(p) ? "(folder)" : Files.readString(p));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "deadlines", "review"})
    void nullLine_rejectedAndTheRunGoesOn(String command, @TempDir Path dir) throws IOException {
        Path in = input(dir, List.of(valid.get(0), "null", valid.get(1), "[]", "42", "\"x\"", "{}"));
        Path out = dir.resolve("out");
        Files.createDirectories(out);

        Run r = run(
                command,
                "--input",
                in.toString(),
                "--out",
                command.equals("report")
                        ? out.toString()
                        : out.resolve("out.jsonl").toString(),
                "--as-of",
                AS_OF,
                "--lang",
                "en",
                "--quiet");

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("read 7 cases: 2 accepted, 5 rejected").doesNotContain("\tat ");
        List<JsonNode> rejects = rejects(out.resolve("rejects.jsonl"));
        assertThat(rejects).extracting(n -> n.get("line").asLong()).containsExactly(2L, 4L, 5L, 6L, 7L);
        assertThat(rejects.get(0).get("reason").asString()).isEqualTo("expected a case as a JSON object, found null");
        assertThat(rejects.get(1).get("reason").asString()).isEqualTo("expected a case as a JSON object, found a list");
        assertThat(rejects.get(2).get("reason").asString())
                .isEqualTo("expected a case as a JSON object, found a number of 2 digits");
        assertThat(rejects.get(4).get("reason").asString()).isEqualTo("id: a required field is missing");
    }

    @Test
    void danishReasons_byLang(@TempDir Path dir) throws IOException {
        String badDate = valid.get(0).replaceFirst("\"opened\":\"[0-9-]+\"", "\"opened\":20211123");
        String cprInKey = valid.get(0).replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"sag 070615-4321\"");
        String outside = valid.get(0).replaceFirst("\"opened\":\"[0-9-]+\"", "\"opened\":\"1949-12-31\"");
        String future = "{\"id\":\"c9\",\"child\":{\"birthDate\":\"2026-11-24\"},\"municipality\":\"101\","
                + "\"kle\":\"27.24.00-G01\",\"opened\":\"2026-11-25\"}";
        Path in = input(dir, List.of(badDate, cprInKey, outside, future));
        Path out = dir.resolve("deadlines.jsonl");

        Run r = run("deadlines", "--input", in.toString(), "--out", out.toString(), "--as-of", AS_OF, "--quiet");

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        List<String> reasons = rejects(dir.resolve("rejects.jsonl")).stream()
                .map(n -> n.get("reason").asString())
                .toList();
        assertThat(reasons.get(0)).isEqualTo("opened: forventede en ISO-dato som 2026-03-27, fandt et tal med 8 cifre");
        assertThat(reasons.get(1))
                .startsWith("id: bryder en regel for sagsformatet: CaseId: expected a key of the case system, got a"
                        + " value that contains a CPR number")
                .doesNotContain("070615")
                .doesNotContain("4321");
        assertThat(reasons.get(2))
                .isEqualTo("opened: forventede en dato fra 1950-01-01 til 2199-12-31 (fristkalenderens dækning), fandt"
                        + " en dato uden for den");
        assertThat(reasons.get(3))
                .isEqualTo("child.birthDate: forventede en dato senest --as-of, fandt en senere dato");
    }

    @Test
    void invalidUtf8_rejectedWithByteOffset_bomSkipped(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((valid.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] second = (valid.get(1) + "\r\n").getBytes(StandardCharsets.UTF_8);
        int bad = 20;
        second[bad] = (byte) 0xC3; // a lead byte followed by an ASCII byte: not UTF-8
        int lineStart = bytes.size();
        bytes.write(second);
        Path in = Files.createDirectories(dir.resolve("in")).resolve("cases.jsonl");
        Files.write(in, bytes.toByteArray());
        Path out = dir.resolve("findings.jsonl");

        Run r = run("review", "--input", in.toString(), "--out", out.toString(), "--as-of", AS_OF, "--lang", "en");

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("read 2 cases: 1 accepted, 1 rejected");
        List<JsonNode> rejects = rejects(dir.resolve("rejects.jsonl"));
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).get("line").asLong()).isEqualTo(2);
        assertThat(rejects.get(0).get("reason").asString())
                .isEqualTo("the line is not valid UTF-8: the first bad byte is byte " + (lineStart + bad)
                        + " of the file (from 0)");
    }

    @Test
    void maxLineBytes_longerLinesRejected(@TempDir Path dir) throws IOException {
        int limit = valid.get(0).length() + 10;
        String longer =
                valid.stream().filter(l -> l.length() > limit).findFirst().orElseThrow();
        Path in = input(dir, List.of(valid.get(0), longer));

        Run r = run(
                "deadlines",
                "--input",
                in.toString(),
                "--out",
                dir.resolve("d.jsonl").toString(),
                "--as-of",
                AS_OF,
                "--lang",
                "en",
                "--max-line-bytes",
                Integer.toString(limit));

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(rejects(dir.resolve("rejects.jsonl")).get(0).get("reason").asString())
                .isEqualTo("the line is longer than the limit of " + limit + " bytes (--max-line-bytes); it was not"
                        + " read");
    }

    /** A 50 MB line is read past, never held: the reader's buffer stays at the limit. */
    @Test
    void longLine_neverHeldWhole() throws IOException {
        long size = 50L << 20;
        InputStream fifty = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        InputStream twoLines = new java.io.SequenceInputStream(
                fifty, new java.io.ByteArrayInputStream(("\n" + valid.get(0) + "\n").getBytes(StandardCharsets.UTF_8)));
        List<String> seen = new ArrayList<>();
        try (CaseInput in = new CaseInput(twoLines, -1, CaseInput.DEFAULT_MAX_LINE_BYTES)) {
            in.lines(
                    (number, text, problem) -> seen.add(number + ":" + (problem == null ? "text" : problem.english())));
            assertThat(in.heldBytes()).isLessThanOrEqualTo(CaseInput.DEFAULT_MAX_LINE_BYTES);
            assertThat(in.bytesRead()).isEqualTo(size + valid.get(0).length() + 2);
        }
        assertThat(seen)
                .containsExactly(
                        "1:the line is longer than the limit of 4194304 bytes (--max-line-bytes); it was not read",
                        "2:text");
    }

    /** The same, end to end, in a JVM with a small heap: a 50 MB line must not end the run. */
    @Test
    void longLine_smallHeap_runGoesOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in")).resolve("cases.jsonl");
        try (OutputStream out = Files.newOutputStream(in)) {
            out.write((valid.get(0) + "\n{\"id\":\"").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write(("\"}\n" + valid.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Fremdrift.class.getName(),
                        "deadlines",
                        "--input",
                        in.toString(),
                        "--out",
                        dir.resolve("d.jsonl").toString(),
                        "--as-of",
                        AS_OF,
                        "--lang",
                        "en",
                        "--threads",
                        "1")
                .redirectErrorStream(true)
                .start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(console).isEqualTo(3);
        assertThat(console).contains("read 3 cases: 2 accepted, 1 rejected").doesNotContain("OutOfMemoryError");
        assertThat(rejects(dir.resolve("rejects.jsonl")).get(0).get("line").asLong())
                .isEqualTo(2);
    }

    @Test
    void outputUnderAFile_oneLineNamingTheFile_nothingWritten(@TempDir Path dir) throws IOException {
        Path in = input(dir, valid);
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");

        Run r = run(
                "deadlines",
                "--input",
                in.toString(),
                "--out",
                notAFolder.resolve("d.jsonl").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("fremdrift deadlines: cannot write d.jsonl: not a directory");
        assertThat(contents(dir).keySet()).containsExactlyInAnyOrder("in", "plain.txt");
    }

    @Test
    void reportFolderIsAFile_oneLine(@TempDir Path dir) throws IOException {
        Path in = input(dir, valid);
        Path notAFolder = Files.writeString(dir.resolve("report"), "x");

        Run r = run("report", "--input", in.toString(), "--out", notAFolder.toString(), "--as-of", AS_OF);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .startsWith("fremdrift report: cannot create the output folder ")
                .doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    /** Fails once a file has taken in more than its share, as a full disk would. */
    private static Outputs.Opener diskFullAfter(long bytes, String name) {
        return temporary -> {
            OutputStream real = Outputs.FILES.open(temporary);
            if (!temporary.getFileName().toString().startsWith("." + name + ".")) {
                return real;
            }
            return new FilterOutputStream(real) {
                long written;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    written += len;
                    if (written > bytes) {
                        throw new IOException("No space left on device");
                    }
                    out.write(b, off, len);
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }
            };
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"deadlines.jsonl", "findings.jsonl", "report.json", "index.html"})
    void diskFull_oneLine_noCompleteLookingFile_earlierRunKept(String failing, @TempDir Path dir) throws IOException {
        Path in = input(dir, valid);
        Path out = dir.resolve("report");
        Run first = run("report", "--input", in.toString(), "--out", out.toString(), "--as-of", AS_OF, "--quiet");
        assertThat(first.exit()).as(first.err()).isZero();
        Map<String, String> before = contents(out);

        Run r = run(
                diskFullAfter(1_000, failing),
                "report",
                "--input",
                in.toString(),
                "--out",
                out.toString(),
                "--as-of",
                "2026-11-24",
                "--quiet");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip())
                .isEqualTo("fremdrift report: cannot write " + failing + ": no space left on device");
        assertThat(contents(out))
                .as("the earlier run's files, unchanged, and no temporary file")
                .isEqualTo(before);
    }

    @Test
    void diskFull_firstRun_leavesNothing(@TempDir Path dir) throws IOException {
        Path in = input(dir, valid);
        Path out = dir.resolve("findings.jsonl");

        Run r = run(diskFullAfter(100, "findings.jsonl"), "review", "--input", in.toString(), "--out", out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("fremdrift review: cannot write findings.jsonl: no space left on device");
        assertThat(contents(dir).keySet()).containsExactly("in");
    }

    @Test
    void inputIsAFolderOrMissing_named(@TempDir Path dir) {
        Run folder = run(
                "deadlines",
                "--input",
                dir.toString(),
                "--out",
                dir.resolve("d.jsonl").toString());
        Run missing = run(
                "review",
                "--input",
                dir.resolve("none.jsonl").toString(),
                "--out",
                dir.resolve("f.jsonl").toString());

        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.err().strip())
                .isEqualTo("fremdrift deadlines: cannot read input file " + dir
                        + ": it is a folder, expected a JSON Lines file");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip())
                .isEqualTo("fremdrift review: input file not found: " + dir.resolve("none.jsonl"));
    }

    @Test
    void unexpectedFailure_oneLine_noStackTrace() {
        assertThat(Fremdrift.message(new IllegalStateException("070615-4321 in a message")))
                .isEqualTo("the run failed (IllegalStateException). This is a bug in Fremdrift: please report it");
        assertThat(CasePipeline.failed(CasePipeline.Stage.MEASURING, null, new ArithmeticException("/ by zero"), false))
                .isEqualTo("measuring the case failed (ArithmeticException); the line is rejected. This is a bug in"
                        + " Fremdrift: please report it");
    }
}
