package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.synthetic.SyntheticMunicipality;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.testing.LineFuzzer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The command line's promises under hostile input: seeded mutations of valid case lines ({@link LineFuzzer}: type
 * swaps, a CPR number planted in a field or as a field's name in each written form, lines cut short, flipped bytes,
 * fields twice, deep nesting, huge numbers, nulls, empty objects), run through {@code report}, {@code deadlines}
 * and {@code review} on two threads. For every input: no crash and no stack trace, exit 0 or 3, a rejected line for
 * every line that cannot be a case, each with its number and a reason, read = accepted + rejected, no temporary file
 * left, and no planted CPR number in any output file or on the console. The seed is in the test's name and in every
 * assertion's description.
 */
class CommandLineFuzzProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final Pattern SUMMARY =
            Pattern.compile("read ([0-9,]+) cases: ([0-9,]+) accepted, ([0-9,]+) rejected");

    @TempDir
    static Path shared;

    private static List<String> valid;

    @BeforeAll
    static void validLines() {
        SyntheticMunicipality town = SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(851))
                .children(60)
                .from(LocalDate.of(2023, 1, 1))
                .to(LocalDate.of(2026, 11, 24))
                .seed(11)
                .build();
        try (Stream<ChildCase> s = town.cases()) {
            valid = s.map(CaseJsonLines::toJson).toList();
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 9).map(i -> 0xF022_0000L + i * 104_729);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fuzzedLines_everyBadLineRejectedWithReason_countsReconcile_noCprOut(long seed, @TempDir Path dir)
            throws IOException {
        LineFuzzer fuzzer = new LineFuzzer(seed);
        List<LineFuzzer.Fuzzed> lines = new ArrayList<>();
        for (String line : valid) {
            lines.add(fuzzer.mutate(line));
        }
        Path input = Files.createDirectory(dir.resolve("in")).resolve("cases.jsonl");
        boolean bom = seed % 2 == 0;
        String end = seed % 3 == 0 ? "\r\n" : "\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        for (LineFuzzer.Fuzzed f : lines) {
            bytes.write(f.utf8());
            bytes.write(end.getBytes(StandardCharsets.US_ASCII));
        }
        Files.write(input, bytes.toByteArray());
        Path out = Files.createDirectory(dir.resolve("out"));
        String command = List.of("report", "deadlines", "review").get((int) (seed % 3));
        String lang = seed % 2 == 0 ? "da" : "en";
        List<String> args = new ArrayList<>(List.of(command, "--input", input.toString(), "--as-of", "2026-11-23"));
        args.addAll(List.of("--threads", "2", "--quiet", "--lang", lang));
        args.addAll(
                command.equals("report")
                        ? List.of("--out", out.toString())
                        : List.of("--out", out.resolve(command + ".jsonl").toString()));

        StringWriter console = new StringWriter();
        CommandLine cl = Fremdrift.commandLine(CLOCK);
        cl.setOut(new PrintWriter(console));
        cl.setErr(new PrintWriter(console));
        int exit = cl.execute(args.toArray(String[]::new));
        String printed = console.toString();
        String as = "seed " + seed + ", " + command + "\n" + printed;

        assertThat(exit).as(as).isIn(0, 3);
        assertThat(printed).as(as).doesNotContain("\tat ").doesNotContain("Exception");
        Matcher m = SUMMARY.matcher(printed);
        assertThat(m.find()).as(as).isTrue();
        long read = Long.parseLong(m.group(1).replace(",", ""));
        long accepted = Long.parseLong(m.group(2).replace(",", ""));
        long rejected = Long.parseLong(m.group(3).replace(",", ""));
        assertThat(read).as(as).isEqualTo(lines.size()).isEqualTo(accepted + rejected);
        // Not vacuous: some lines of each seed pass and some are refused.
        assertThat(accepted).as(as).isPositive();
        assertThat(rejected).as(as).isPositive();
        assertThat(lines).as(as).anyMatch(f -> f.cpr().isPresent());

        Path rejectsFile = out.resolve("rejects.jsonl");
        List<String> rejectLines = Files.exists(rejectsFile) ? Files.readAllLines(rejectsFile) : List.of();
        assertThat(rejectLines).as(as).hasSize((int) rejected);
        TreeSet<Long> rejectedNumbers = new TreeSet<>();
        long previous = 0;
        for (String r : rejectLines) {
            JsonNode n = CaseJsonLines.mapper().readTree(r);
            long number = n.get("line").asLong();
            assertThat(number).as(as).isGreaterThan(previous).isLessThanOrEqualTo(lines.size());
            assertThat(n.get("reason").asString()).as(as).isNotBlank();
            rejectedNumbers.add(number);
            previous = number;
        }
        for (int i = 0; i < lines.size(); i++) {
            LineFuzzer.Fuzzed f = lines.get(i);
            String which = as + "\nline " + (i + 1) + " (" + f.mutation() + "): " + LineFuzzer.shortened(f.text());
            if (f.surelyBad()) {
                assertThat(rejectedNumbers).as(which).contains(i + 1L);
            }
            if (f.mutation() == LineFuzzer.Mutation.NONE) {
                assertThat(rejectedNumbers).as(which).doesNotContain(i + 1L);
            }
        }

        List<Path> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.toList();
        }
        assertThat(written)
                .as(as)
                .isNotEmpty()
                .noneMatch(p -> p.getFileName().toString().startsWith("."));
        StringBuilder everything = new StringBuilder(printed);
        for (Path p : written) {
            everything.append('\n').append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
        for (LineFuzzer.Fuzzed f : lines) {
            if (f.cpr().isPresent()) {
                assertThat(LineFuzzer.anyForm(f.cpr().get()).matcher(everything).find())
                        .as("%s\nplanted by %s: %s", as, f.mutation(), LineFuzzer.shortened(f.text()))
                        .isFalse();
            }
        }
    }
}
