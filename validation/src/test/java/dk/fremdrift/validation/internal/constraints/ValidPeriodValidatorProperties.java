package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.validation.constraints.Span;
import dk.fremdrift.validation.constraints.ValidPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for any two dates or instants the period is valid exactly when the end is not before the start, the
 * same through {@link Span} as through named properties. The seed is printed in each case's name and in a
 * failure; rerun one with {@code -Dfremdrift.seed=...}.
 */
class ValidPeriodValidatorProperties {

    private static final long SEED = Long.getLong("fremdrift.seed", System.nanoTime());

    record DatePeriod(LocalDate start, LocalDate end) implements Span<LocalDate> {}

    record InstantPeriod(Instant start, Instant end) implements Span<Instant> {}

    static Stream<Arguments> dates() {
        Random random = new Random(SEED);
        LocalDate base = LocalDate.of(2024, 1, 1);
        return IntStream.range(0, 500).mapToObj(i -> {
            LocalDate start = base.plusDays(random.nextInt(3 * 366));
            // Half of the ends within a day of the start, where the boundary is.
            LocalDate end = random.nextBoolean()
                    ? start.plusDays(random.nextInt(3) - 1)
                    : base.plusDays(random.nextInt(3 * 366));
            return Arguments.of(SEED, start, end);
        });
    }

    @ParameterizedTest(name = "seed {0}: {1} to {2}")
    @MethodSource("dates")
    void isValid_anyTwoDates_validIffEndNotBeforeStart(long seed, LocalDate start, LocalDate end) {
        boolean expected = !end.isBefore(start);
        ValidPeriodValidator byInterface = new ValidPeriodValidator();
        byInterface.initialize(Annotations.of("period", ValidPeriod.class));
        ValidPeriodValidator byName = new ValidPeriodValidator();
        byName.initialize(Annotations.of("periodFromTo", ValidPeriod.class));

        assertThat(byInterface.isValid(
                        new DatePeriod(start, end), RecordingContext.create().context()))
                .as("seed %d, Span", seed)
                .isEqualTo(expected);
        assertThat(byName.isValid(
                        new ValidPeriodValidatorTest.FromTo(start, end),
                        RecordingContext.create().context()))
                .as("seed %d, named properties", seed)
                .isEqualTo(expected);
    }

    static Stream<Arguments> instants() {
        Random random = new Random(SEED);
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        return IntStream.range(0, 500).mapToObj(i -> {
            Instant start = base.plusSeconds(random.nextInt(1_000_000)).plusNanos(random.nextInt(1_000_000_000));
            Instant end = random.nextBoolean()
                    ? start.plusNanos(random.nextInt(3) - 1)
                    : base.plusSeconds(random.nextInt(1_000_000));
            return Arguments.of(SEED, start, end);
        });
    }

    @ParameterizedTest(name = "seed {0}: {1} to {2}")
    @MethodSource("instants")
    void isValid_anyTwoInstants_validIffEndNotBeforeStart(long seed, Instant start, Instant end) {
        ValidPeriodValidator validator = new ValidPeriodValidator();
        validator.initialize(Annotations.of("period", ValidPeriod.class));

        assertThat(validator.isValid(new InstantPeriod(start, end), null))
                .as("seed %d", seed)
                .isEqualTo(!end.isBefore(start));
    }
}
