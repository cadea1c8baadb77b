package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.validation.constraints.Cpr;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@code @Cpr} over random birth dates from 1858 to 2057 and random serials, built with the century
 * rules: every such number is valid with and without hyphen; a day past the month's end is not; modulus 11
 * rejects exactly the numbers whose weighted sum is not divisible by 11. The seed is printed in each case's name
 * and in a failure; rerun one with {@code -Dfremdrift.seed=...}.
 */
class CprValidatorProperties {

    private static final long SEED = Long.getLong("fremdrift.seed", System.nanoTime());
    private static final int[] WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

    static Stream<Arguments> numbers() {
        Random random = new Random(SEED);
        LocalDate first = LocalDate.of(1858, 1, 1);
        int days = (int) (LocalDate.of(2057, 12, 31).toEpochDay() - first.toEpochDay());
        return IntStream.range(0, 1000).mapToObj(i -> {
            LocalDate birth = first.plusDays(random.nextInt(days + 1));
            String digits = String.format(
                    "%02d%02d%02d%d%03d",
                    birth.getDayOfMonth(),
                    birth.getMonthValue(),
                    birth.getYear() % 100,
                    seventhDigit(birth.getYear(), random),
                    random.nextInt(1000));
            return Arguments.of(SEED, digits, birth);
        });
    }

    /** A 7th digit that gives this year's century, chosen at random among those that do. */
    private static int seventhDigit(int year, Random random) {
        int yy = year % 100;
        int[] candidates;
        if (year < 1900) {
            candidates = new int[] {5, 6, 7, 8};
        } else if (year < 2000) {
            candidates = yy >= 37 ? new int[] {0, 1, 2, 3, 4, 9} : new int[] {0, 1, 2, 3};
        } else {
            candidates = yy <= 36 ? new int[] {4, 9, 5, 6, 7, 8} : new int[] {5, 6, 7, 8};
        }
        return candidates[random.nextInt(candidates.length)];
    }

    private static boolean modulus11(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    @ParameterizedTest(name = "seed {0}: case {index}")
    @MethodSource("numbers")
    void isValid_anyExistingDateWithCenturyDigit_validWithAndWithoutHyphen(long seed, String digits, LocalDate birth) {
        CprValidator validator = new CprValidator();
        validator.initialize(Annotations.of("cpr", Cpr.class));
        String hyphenated = digits.substring(0, 6) + "-" + digits.substring(6);

        assertThat(validator.isValid(digits, null)).as("seed %d", seed).isTrue();
        assertThat(validator.isValid(hyphenated, null)).as("seed %d", seed).isTrue();
        assertThat(dk.fremdrift.model.Cpr.parse(digits).birthDate())
                .as("seed %d", seed)
                .isEqualTo(birth);
    }

    @ParameterizedTest(name = "seed {0}: case {index}")
    @MethodSource("numbers")
    void isValid_dayPastTheMonthsEnd_invalid(long seed, String digits, LocalDate birth) {
        CprValidator validator = new CprValidator();
        validator.initialize(Annotations.of("cpr", Cpr.class));
        String pastEnd = String.format("%02d", birth.lengthOfMonth() + 1) + digits.substring(2);

        assertThat(validator.isValid(pastEnd, null)).as("seed %d", seed).isFalse();
    }

    @ParameterizedTest(name = "seed {0}: case {index}")
    @MethodSource("numbers")
    void isValid_modulus11On_validIffWeightedSumDivisibleBy11(long seed, String digits, LocalDate birth) {
        CprValidator validator = new CprValidator();
        validator.initialize(Annotations.of("cprModulus11", Cpr.class));

        assertThat(validator.isValid(digits, null)).as("seed %d", seed).isEqualTo(modulus11(digits));
    }
}
