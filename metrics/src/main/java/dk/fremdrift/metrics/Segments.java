package dk.fremdrift.metrics;

import java.util.Arrays;

/**
 * Cuts a stretch of days, as day numbers ({@link java.time.LocalDate#toEpochDay()}), into pieces at boundaries: the
 * days where a key of an exposure can change. Reused from case to case, so that an exposure allocates nothing.
 */
final class Segments {

    /** Boundaries, as day numbers; sorted before use. */
    private long[] boundaries = new long[64];

    private int boundaryCount;
    /** The stretch of days {@link #boundaries} was started for: [from, to). */
    private long boundaryFrom;

    private long boundaryTo;
    /** The pieces {@link #cut} cut: first day and number of days. */
    private long[] segmentStart = new long[64];

    private long[] segmentDays = new long[64];

    /** Starts the boundaries of the pieces of [from, to). */
    void start(long from, long to) {
        boundaryCount = 0;
        boundaryFrom = from;
        boundaryTo = to;
    }

    /** Adds a boundary; only one after {@code from} and before {@code to} cuts a piece, so only such are kept. */
    void boundary(long day) {
        if (day <= boundaryFrom || day >= boundaryTo) {
            return;
        }
        if (boundaryCount == boundaries.length) {
            boundaries = Arrays.copyOf(boundaries, 2 * boundaryCount);
        }
        boundaries[boundaryCount++] = day;
    }

    /**
     * Cuts [from, to) at the distinct boundaries, in order: the first day ({@link #start(int)}) and the length
     * ({@link #days(int)}) of each piece. Returns the number of pieces, none if {@code from} is not before {@code
     * to}. Sorts the boundaries.
     */
    int cut() {
        long from = boundaryFrom;
        long to = boundaryTo;
        if (from >= to) {
            return 0;
        }
        int n = boundaryCount;
        Arrays.sort(boundaries, 0, n);
        if (segmentStart.length < n + 1) {
            segmentStart = new long[n + 1];
            segmentDays = new long[n + 1];
        }
        int pieces = 0;
        long start = from;
        for (int i = 0; i < n; i++) {
            long b = boundaries[i];
            if (b <= start) {
                continue; // repeated
            }
            segmentStart[pieces] = start;
            segmentDays[pieces] = b - start;
            pieces++;
            start = b;
        }
        segmentStart[pieces] = start;
        segmentDays[pieces] = to - start;
        return pieces + 1;
    }

    /** The first day of a piece. */
    long start(int piece) {
        return segmentStart[piece];
    }

    /** The number of days of a piece. */
    long days(int piece) {
        return segmentDays[piece];
    }
}
