package dk.fremdrift.examples.synthetic;

/**
 * A small, fully specified pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014), so that the synthetic
 * data is the same byte for byte on every JDK: {@link java.util.SplittableRandom}'s bounded methods are not
 * specified to stay the same across releases, and {@link Math#log} may differ in the last bit between platforms,
 * so this class uses its own bounded draws and {@link StrictMath}.
 *
 * <p>Not thread-safe: each case and each caseworker slot gets its own instance from {@link #derive(long, long,
 * long)}.
 */
final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** The finaliser of SplitMix64 (Stafford's variant 13): a bijective, well-mixing function of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Returns the seed of one independent stream: the municipality's seed, a salt that names the purpose (cases,
     * assignments, caseworker slots) and an index within it.
     */
    static long derive(long seed, long salt, long index) {
        return mix(mix(seed + salt * GOLDEN_GAMMA) ^ (index * GOLDEN_GAMMA + salt));
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A double in [0, 1) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** An int in [0, bound), by multiply-shift of 32 random bits (bias below 2^-32 × bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound: expected a positive number, got " + bound);
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** An int in [minInclusive, maxInclusive]. */
    int between(int minInclusive, int maxInclusive) {
        if (maxInclusive < minInclusive) {
            throw new IllegalArgumentException(
                    "maxInclusive: expected at least minInclusive " + minInclusive + ", got " + maxInclusive);
        }
        return minInclusive + nextInt(maxInclusive - minInclusive + 1);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** An exponentially distributed value with the given mean. */
    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - nextDouble());
    }

    /** A standard normal value (Box-Muller; one value per call, so the draw count stays simple). */
    double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** A log-normally distributed value with the given median and shape {@code sigma}. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** An index drawn with the given (not necessarily normalised, non-negative) weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("weights: expected at least one positive weight");
    }
}
