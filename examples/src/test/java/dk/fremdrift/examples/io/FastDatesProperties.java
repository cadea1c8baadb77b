package dk.fremdrift.examples.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's mapper reads the case format's dates and moments itself ({@link FastDates}), strictly: for
 * random texts in and near the two shapes (valid dates, days that do not exist, hours 24, leap seconds, other
 * separators, signs, fractions, offsets, whitespace), whatever it accepts Jackson's own readers accept with the same
 * value; it accepts every text of the documented forms that Jackson accepts, inside the calendar's coverage; and it
 * refuses every JSON value that is not a text, and every text of digits, which Jackson would take as days or
 * seconds since 1970. The seed is in the test's name and in every assertion's description.
 */
class FastDatesProperties {

    /** Jackson's own date readers, as strict as the model's annotations make them. */
    private static final JsonMapper JACKSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    record OnDate(
            @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
            LocalDate value) {}

    record AtMoment(
            @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
            Instant value) {}

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8).map(i -> 0xDA7E_0000L + i * 7_919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dates_randomTexts_onlyTheDocumentedFormInCoverage(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5_000; i++) {
            String text = mutate(date(random), random);
            String json = "{\"value\":" + quote(text) + "}";
            Object ours = answer(() -> CaseJsonLines.mapper().readValue(json, OnDate.class));
            Object jackson = answer(() -> JACKSON.readValue(json, OnDate.class));
            boolean expected = jackson instanceof OnDate d
                    && DATE.matcher(text).matches()
                    && !d.value().isBefore(FastDates.FIRST)
                    && !d.value().isAfter(FastDates.LAST);
            assertThat(ours).as("%s (seed %d)", json, seed).isEqualTo(expected ? jackson : ERROR);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moments_randomTexts_onlyTheDocumentedFormsInCoverage(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5_000; i++) {
            String text = mutate(
                    date(random) + "T" + two(random, 25) + ":" + two(random, 61) + ":" + two(random, 62) + "Z", random);
            String json = "{\"value\":" + quote(text) + "}";
            Object ours = answer(() -> CaseJsonLines.mapper().readValue(json, AtMoment.class));
            Object jackson = answer(() -> JACKSON.readValue(json, AtMoment.class));
            boolean expected = jackson instanceof AtMoment m
                    && MOMENT.matcher(text).matches()
                    && !text.contains(":60") // a leap second: Jackson reads it as :59, we refuse it
                    && inCoverage(m.value());
            assertThat(ours).as("%s (seed %d)", json, seed).isEqualTo(expected ? jackson : ERROR);
        }
    }

    @Test
    void nonStringValuesAndDigits_refused() {
        for (String value : List.of(
                "null",
                "0",
                "1700000000",
                "1.5",
                "[2026,3,27]",
                "true",
                "{}",
                "\"\"",
                "\"20211123\"",
                "\"1000000000\"",
                "\"1000000000.5\"",
                "\"-1\"")) {
            String json = "{\"value\":" + value + "}";
            assertThat(answer(() -> CaseJsonLines.mapper().readValue(json, OnDate.class)))
                    .as("date %s", json)
                    .isIn(ERROR, new OnDate(null));
            assertThat(answer(() -> CaseJsonLines.mapper().readValue(json, AtMoment.class)))
                    .as("moment %s", json)
                    .isIn(ERROR, new AtMoment(null));
        }
    }

    @Test
    void coverage_edges() {
        assertThat(answer(() -> CaseJsonLines.mapper().readValue("{\"value\":\"1950-01-01\"}", OnDate.class)))
                .isEqualTo(new OnDate(LocalDate.of(1950, 1, 1)));
        assertThat(answer(() -> CaseJsonLines.mapper().readValue("{\"value\":\"1949-12-31\"}", OnDate.class)))
                .isEqualTo(ERROR);
        assertThat(answer(() -> CaseJsonLines.mapper().readValue("{\"value\":\"2199-12-31\"}", OnDate.class)))
                .isEqualTo(new OnDate(LocalDate.of(2199, 12, 31)));
        assertThat(answer(() -> CaseJsonLines.mapper().readValue("{\"value\":\"2200-01-01\"}", OnDate.class)))
                .isEqualTo(ERROR);
        // Danish time: 1949-12-31T23:30Z is already 1 January 1950 in Copenhagen.
        assertThat(answer(
                        () -> CaseJsonLines.mapper().readValue("{\"value\":\"1949-12-31T23:30:00Z\"}", AtMoment.class)))
                .isEqualTo(new AtMoment(Instant.parse("1949-12-31T23:30:00Z")));
        assertThat(answer(
                        () -> CaseJsonLines.mapper().readValue("{\"value\":\"1949-12-31T22:59:59Z\"}", AtMoment.class)))
                .isEqualTo(ERROR);
        assertThat(CaseJsonLines.settingsMapper().readValue("{\"value\":\"1900-01-01\"}", OnDate.class))
                .as("settings files are not limited to the coverage")
                .isEqualTo(new OnDate(LocalDate.of(1900, 1, 1)));
    }

    @Test
    void theTwoShapes_readByTheFastPath() {
        assertThat(FastDates.date("2024-02-29", 0)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FastDates.date("2023-02-29", 0)).as("no such day").isNull();
        assertThat(FastDates.instant("1969-12-31T23:59:59Z")).isEqualTo(Instant.parse("1969-12-31T23:59:59Z"));
        assertThat(FastDates.instant("2026-03-29T01:30:00Z")).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(FastDates.instant("2026-06-30T23:59:60Z")).as("leap second").isNull();
        assertThat(FastDates.isoInstant("2026-06-30T23:59:60Z"))
                .as("leap second")
                .isNull();
        assertThat(FastDates.instant("2026-03-27T15:05:00.5Z"))
                .as("fraction: the slow path")
                .isNull();
        assertThat(FastDates.isoInstant("2026-03-27T15:05:00.5Z")).isEqualTo(Instant.parse("2026-03-27T15:05:00.5Z"));
        assertThat(FastDates.isoInstant("2026-03-27T16:05:00+01:00")).isEqualTo(Instant.parse("2026-03-27T15:05:00Z"));
        assertThat(FastDates.isoInstant("1000000000")).isNull();
    }

    private static boolean inCoverage(Instant i) {
        return !i.isBefore(FastDates.FIRST
                        .atStartOfDay(ZoneId.of("Europe/Copenhagen"))
                        .toInstant())
                && i.isBefore(FastDates.LAST
                        .plusDays(1)
                        .atStartOfDay(ZoneId.of("Europe/Copenhagen"))
                        .toInstant());
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

    private static final String ERROR = "refused";

    /** The value, or {@link #ERROR} for any Jackson error. */
    private static Object answer(Supplier<Object> s) {
        try {
            return s.get();
        } catch (JacksonException e) {
            return ERROR;
        }
    }
}
