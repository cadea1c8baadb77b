package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamReadFeature;
import dk.fremdrift.testing.LineFuzzer;
import dk.fremdrift.testing.RandomCases;
import java.io.IOException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/**
 * The libraries' promises on a vendor's own mapper, set up as the README says (Jackson 2 with {@code
 * findAndAddModules()}, Jackson 3 with the defaults; both with {@code STRICT_DUPLICATE_DETECTION} and {@code
 * FAIL_ON_TRAILING_TOKENS}), under the
 * same seeded hostile lines as the command line ({@link LineFuzzer}). For every line, on both Jackson lines: reading
 * either gives a case or throws Jackson's own exception (never another one: no {@code NullPointerException}, no
 * {@code StackOverflowError} from the model); a line that cannot be a case is refused; an unchanged line gives back
 * its case; and no message the model wrote, nor a read case's {@code toString()}, contains a planted CPR number.
 * Jackson's own message text may quote input: the README tells vendors to log the model's message (the cause)
 * instead. The seed is in the test's name and in every assertion's description.
 */
class VendorMapperFuzzProperties {

    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON_2 =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .findAndAddModules()
                    .build();

    private static final tools.jackson.databind.json.JsonMapper JACKSON_3 =
            tools.jackson.databind.json.JsonMapper.builder()
                    .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8).map(i -> 0x7E4D_0000L + i * 15_485_863L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fuzzedLines_jackson2And3_caseOrJacksonErrorWithoutCpr(long seed) {
        RandomCases cases = new RandomCases(seed);
        LineFuzzer fuzzer = new LineFuzzer(seed);
        int refused = 0;
        for (int i = 0; i < 120; i++) {
            ChildCase original = cases.nextCase();
            LineFuzzer.Fuzzed f = fuzzer.mutate(JACKSON_3.writeValueAsString(original));
            String as = "seed " + seed + ", line " + i + " (" + f.mutation() + "): " + LineFuzzer.shortened(f.text());
            Pattern cpr = f.cpr().map(LineFuzzer::anyForm).orElse(null);
            Outcome two = read(
                    bytes -> {
                        try {
                            return JACKSON_2.readValue(bytes, ChildCase.class);
                        } catch (IOException e) {
                            throw new Refused(e);
                        }
                    },
                    f.utf8());
            Outcome three = read(
                    bytes -> {
                        try {
                            return JACKSON_3.readValue(bytes, ChildCase.class);
                        } catch (JacksonException e) {
                            throw new Refused(e);
                        }
                    },
                    f.utf8());
            for (Outcome o : new Outcome[] {two, three}) {
                if (o.error() != null) {
                    refused++;
                    for (Throwable t = o.error(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                        if (isModels(t) && cpr != null && t.getMessage() != null) {
                            assertThat(cpr.matcher(t.getMessage()).find())
                                    .as("%s\nthe model's message: %s", as, t.getMessage())
                                    .isFalse();
                        }
                    }
                } else if (o.value() != null && cpr != null) {
                    assertThat(cpr.matcher(o.value().toString()).find()).as(as).isFalse();
                }
                if (f.surelyBad()) {
                    assertThat(o.error() != null || o.value() == null)
                            .as("%s\nread as %s", as, o.value())
                            .isTrue();
                }
                if (f.mutation() == LineFuzzer.Mutation.NONE) {
                    assertThat(o.value()).as(as).isEqualTo(original);
                }
            }
        }
        assertThat(refused).as("seed %d: not vacuous", seed).isPositive();
    }

    /** A case, or Jackson's exception; anything else thrown fails the test. */
    private record Outcome(ChildCase value, Throwable error) {}

    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(Throwable jacksons) {
            super(jacksons);
        }
    }

    private static Outcome read(Function<byte[], ChildCase> reader, byte[] line) {
        try {
            return new Outcome(reader.apply(line), null);
        } catch (Refused r) {
            return new Outcome(null, r.getCause());
        } catch (RuntimeException | StackOverflowError e) {
            return fail("not Jackson's exception: " + e, e);
        }
    }

    /** Thrown by the model's own code. */
    private static boolean isModels(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("dk.fremdrift.");
    }
}
