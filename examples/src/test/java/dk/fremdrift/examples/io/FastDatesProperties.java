package dk.fremdrift.examples.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's mapper, which reads the case format's dates and moments itself ({@link FastDates}), gives
 * exactly what Jackson's own date readers give: the same value, or an error of the same class with the same message,
 * for random texts in and near the two shapes (valid dates, days that do not exist, hours 24, leap seconds, other
 * separators, signs, fractions, offsets, whitespace) and for JSON values that are not strings. The seed is in the
 * test's name and in every assertion's description.
 */
class FastDatesProperties {

    /** The mapper with Jackson's own date readers: the command line's before it read dates itself. */
    private static final JsonMapper JACKSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record OnDate(LocalDate value) {}

    record AtMoment(Instant value) {}

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8).map(i -> 0xDA7E_0000L + i * 7_919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dates_randomTexts_sameAsJackson(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5_000; i++) {
            String text = mutate(date(random), random);
            String json = "{\"value\":" + quote(text) + "}";
            assertThat(answer(() -> CaseJsonLines.mapper().readValue(json, OnDate.class)))
                    .as("%s (seed %d)", json, seed)
                    .isEqualTo(answer(() -> JACKSON.readValue(json, OnDate.class)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moments_randomTexts_sameAsJackson(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5_000; i++) {
            String text = mutate(
                    date(random) + "T" + two(random, 25) + ":" + two(random, 61) + ":" + two(random, 62) + "Z", random);
            String json = "{\"value\":" + quote(text) + "}";
            assertThat(answer(() -> CaseJsonLines.mapper().readValue(json, AtMoment.class)))
                    .as("%s (seed %d)", json, seed)
                    .isEqualTo(answer(() -> JACKSON.readValue(json, AtMoment.class)));
        }
    }

    @Test
    void nonStringValues_sameAsJackson() {
        for (String value : List.of("null", "0", "1700000000", "1.5", "[2026,3,27]", "true", "{}", "\"\"")) {
            String json = "{\"value\":" + value + "}";
            assertThat(answer(() -> CaseJsonLines.mapper().readValue(json, OnDate.class)))
                    .as("date %s", json)
                    .isEqualTo(answer(() -> JACKSON.readValue(json, OnDate.class)));
            assertThat(answer(() -> CaseJsonLines.mapper().readValue(json, AtMoment.class)))
                    .as("moment %s", json)
                    .isEqualTo(answer(() -> JACKSON.readValue(json, AtMoment.class)));
        }
    }

    @Test
    void theTwoShapes_readByTheFastPath() {
        assertThat(FastDates.date("2024-02-29", 0)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FastDates.date("2023-02-29", 0))
                .as("no such day: left to Jackson")
                .isNull();
        assertThat(FastDates.instant("1969-12-31T23:59:59Z")).isEqualTo(Instant.parse("1969-12-31T23:59:59Z"));
        assertThat(FastDates.instant("2026-03-29T01:30:00Z")).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(FastDates.instant("2026-06-30T23:59:60Z"))
                .as("leap second: left to Jackson")
                .isNull();
        assertThat(FastDates.instant("2026-03-27T15:05:00.5Z"))
                .as("fraction: left to Jackson")
                .isNull();
    }

    /** A date of four digits, mostly a real one, sometimes a month or day out of range. */
    private static String date(SplittableRandom random) {
        int year = random.nextInt(10) == 0 ? random.nextInt(0, 10_000) : random.nextInt(1900, 2100);
        return String.format("%04d", year) + "-" + two(random, 14) + "-" + two(random, 33);
    }

    /** Two digits from 00 to bound - 1 (bound at most 100). */
    private static String two(SplittableRandom random, int bound) {
        return String.format("%02d", random.nextInt(bound));
    }

    private static final String[] NOISE = {
        " ", "-", "+", ":", "T", "Z", "z", "t", ".5", ",", "/", "a", "0", "9", "+01:00", "\u0661", "\t"
    };

    /** The text as it is half the time; else with a character replaced, inserted or removed, or cut short. */
    private static String mutate(String text, SplittableRandom random) {
        if (random.nextBoolean()) {
            return text;
        }
        StringBuilder s = new StringBuilder(text);
        int edits = random.nextInt(1, 3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            String noise = NOISE[random.nextInt(NOISE.length)];
            switch (random.nextInt(4)) {
                case 0 -> s.replace(at, at + 1, noise);
                case 1 -> s.insert(at, noise);
                case 2 -> s.deleteCharAt(at);
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    /** The value, or the class and message of the error, so that errors must be the same too. */
    private static Object answer(Supplier<Object> s) {
        try {
            return s.get();
        } catch (JacksonException | IllegalArgumentException e) {
            List<Object> error = new ArrayList<>();
            error.add(e.getClass());
            error.add(e.getMessage());
            return error;
        }
    }
}
