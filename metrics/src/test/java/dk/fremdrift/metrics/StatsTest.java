package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatsTest {

    /**
     * Wilson score intervals at 95 %: 81 of 263 is the worked example of Newcombe (1998), "Two-sided confidence
     * intervals for the single proportion", Statistics in Medicine 17: 857-872 (0.2553 to 0.3662); the others are
     * the formula worked by hand (and agree with standard tables: 0 of 10 gives 0 to 0.2775).
     */
    static Stream<Arguments> wilsonIntervals() {
        return Stream.of(
                arguments(0, 10, 0.0, 0.277533),
                arguments(5, 10, 0.236593, 0.763407),
                arguments(10, 10, 0.722467, 1.0),
                arguments(87, 100, 0.790196, 0.922428),
                arguments(81, 263, 0.255289, 0.366210),
                arguments(0, 1, 0.0, 0.793451),
                arguments(1, 1, 0.206549, 1.0));
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("wilsonIntervals")
    void wilson_knownValues_match(long x, long n, double lower, double upper) {
        double[] ci = Stats.wilson(x, n);

        assertThat(ci[0]).isCloseTo(lower, within(1e-6));
        assertThat(ci[1]).isCloseTo(upper, within(1e-6));
    }

    @Test
    void wilson_noneAndAll_boundsAreExactlyZeroAndOne() {
        assertThat(Stats.wilson(0, 37)[0]).isEqualTo(0.0);
        assertThat(Stats.wilson(37, 37)[1]).isEqualTo(1.0);
    }

    @Test
    void wilson_noUnits_throws() {
        assertThatThrownBy(() -> Stats.wilson(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.wilson(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> percentiles() {
        // values 10, 20, 30, ..., 100 (n = 10): rank ceil(p * n / 100)
        return Stream.of(
                arguments(50, 50), // rank 5
                arguments(90, 90), // rank 9
                arguments(1, 10), // rank 1
                arguments(100, 100)); // rank 10
    }

    @ParameterizedTest(name = "p{0}")
    @MethodSource("percentiles")
    void percentile_tenValues_nearestRank(int percent, int expected) {
        TreeMap<Integer, Long> h = new TreeMap<>();
        for (int v = 10; v <= 100; v += 10) {
            h.put(v, 1L);
        }

        assertThat(Stats.percentile(h, percent)).isEqualTo(expected);
    }

    @Test
    void percentile_repeatedValues_countsEachObservation() {
        // 3 x 5 days, 1 x 100 days: the median (rank 2) is 5 and the 90th percentile (rank 4) is 100.
        TreeMap<Integer, Long> h = new TreeMap<>();
        h.put(5, 3L);
        h.put(100, 1L);

        assertThat(Stats.percentile(h, 50)).isEqualTo(5);
        assertThat(Stats.percentile(h, 90)).isEqualTo(100);
    }

    @Test
    void percentile_twoValues_medianIsTheLower() {
        TreeMap<Integer, Long> h = new TreeMap<>();
        h.put(108, 1L);
        h.put(167, 1L);

        assertThat(Stats.percentile(h, 50)).isEqualTo(108);
        assertThat(Stats.percentile(h, 90)).isEqualTo(167);
    }
}
