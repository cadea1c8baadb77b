package dk.fremdrift.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Finding#isCode} gives the answer of the regular expression {@link Finding#CODE} on random texts. */
class CodeCheckProperties {

    private static final char[] ALPHABET = {'A', 'B', 'Z', 'a', 'z', '0', '9', '-', '-', '_', ' ', 'É', '٣'};

    static LongStream seeds() {
        return LongStream.range(0, 20).map(i -> 0xC0DEL * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isCode_randomTexts_sameAsPattern(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(0, 8);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = text.toString();
            assertThat(Finding.isCode(s))
                    .as("'%s' (seed %d)", s, seed)
                    .isEqualTo(Finding.CODE.matcher(s).matches());
        }
    }
}
