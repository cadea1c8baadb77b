package dk.fremdrift.metrics;

import java.util.Map;
import java.util.NavigableMap;

/** The statistics of a report: Wilson score intervals and nearest-rank percentiles. */
final class Stats {

    /** The 97.5th percentile of the standard normal distribution: the z of a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;

    private Stats() {}

    /**
     * The 95 % Wilson score interval of a proportion {@code x / n}: {@code (p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1
     * + z²/n)}. Unlike the normal approximation it stays within [0, 1] and is sensible at 0 of n and n of n.
     *
     * @return {lower, upper}
     */
    static double[] wilson(long x, long n) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("expected 0 <= x <= n and n > 0, got x=" + x + ", n=" + n);
        }
        double p = (double) x / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        double lower = x == 0 ? 0.0 : Math.max(0.0, centre - half);
        double upper = x == n ? 1.0 : Math.min(1.0, centre + half);
        return new double[] {lower, upper};
    }

    /**
     * The p-th percentile of a histogram of days by the nearest-rank method: the smallest value d such that at least
     * p % of the observations are d or less; rank {@code ceil(p * n / 100)}, at least 1.
     */
    static int percentile(NavigableMap<Integer, Long> histogram, int percent) {
        long n = 0;
        for (long count : histogram.values()) {
            n += count;
        }
        if (n == 0) {
            throw new IllegalArgumentException("expected observations, got none");
        }
        long rank = Math.max(1, (percent * n + 99) / 100);
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("unreachable: rank " + rank + " of " + n);
    }
}
