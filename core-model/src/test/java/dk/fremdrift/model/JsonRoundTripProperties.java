package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.testing.RandomCases;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random valid cases written and read back on both Jackson lines equal the original, have the shape of their
 * types, and are written the same way by both lines. The seed is in the test name and in every assertion.
 */
class JsonRoundTripProperties {

    static final int CASES_PER_SEED = 20;

    static Stream<Arguments> seeds() {
        return new SplittableRandom(20_240_101L)
                .longs(12)
                .boxed()
                .flatMap(seed -> Stream.of(JsonLine.values()).map(line -> Arguments.of(line, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void writeRead_randomValidCase_equalsOriginal(JsonLine line, long seed) {
        RandomCases random = new RandomCases(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            ChildCase original = random.nextCase();
            String json = line.write(original);

            ChildCase read = line.read(json, ChildCase.class);

            assertThat(read).as("seed %d, case %d: %s", seed, i, json).isEqualTo(original);
            assertThat(line.write(read)).as("seed %d, case %d", seed, i).isEqualTo(json);
            JsonShape.check(original, JsonShape.tree(json));
        }
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void write_randomValidCase_sameTextOnBothLines(JsonLine line, long seed) {
        RandomCases random = new RandomCases(seed);
        JsonLine other = line == JsonLine.JACKSON_2 ? JsonLine.JACKSON_3 : JsonLine.JACKSON_2;
        for (int i = 0; i < CASES_PER_SEED; i++) {
            ChildCase c = random.nextCase();
            String json = line.write(c);

            assertThat(other.write(c)).as("seed %d, case %d", seed, i).isEqualTo(json);
            assertThat(other.read(json, ChildCase.class))
                    .as("seed %d, case %d", seed, i)
                    .isEqualTo(c);
        }
    }
}
