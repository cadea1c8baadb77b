package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CaseMeasures#wholeYears} counts the whole years {@link Period#between} counts, for random pairs of dates and
 * for every birthday of children born on 29 February or at the end of a month.
 */
class WholeYearsProperties {

    static LongStream seeds() {
        return LongStream.range(0, 10).map(i -> 0xA6EL * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void wholeYears_randomDates_sameAsPeriodBetween(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        for (int i = 0; i < 10_000; i++) {
            LocalDate from = LocalDate.ofEpochDay(random.nextLong(first, last));
            LocalDate to = i % 2 == 0
                    ? LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), last + 1))
                    : from.plusYears(random.nextInt(0, 30)).plusDays(random.nextInt(-3, 4));
            if (to.isBefore(from)) {
                continue;
            }
            assertThat(AgeBands.wholeYears(from, to))
                    .as("%s to %s", from, to)
                    .isEqualTo(Period.between(from, to).getYears());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void wholeYears_aroundBirthdaysAtMonthEnds_sameAsPeriodBetween(long seed) {
        LocalDate[] births = {
            LocalDate.of(2008, 2, 29), LocalDate.of(2011, 1, 31), LocalDate.of(2012, 3, 31), LocalDate.of(2010, 12, 31)
        };
        LocalDate born = births[(int) (seed % births.length)];
        for (LocalDate d = born; d.isBefore(born.plusYears(20)); d = d.plusDays(1)) {
            assertThat(AgeBands.wholeYears(born, d))
                    .as("%s to %s", born, d)
                    .isEqualTo(Period.between(born, d).getYears());
        }
    }
}
