package dk.fremdrift.benchmarks.json;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the UTF-8 bytes of the lines a benchmark has read, so that JMH reports them as a rate, {@code bytes}
 * per second, beside the lines (cases) per second of the primary score.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCounter {

    /** Bytes read in this iteration; public, as JMH requires of a counter. */
    public long bytes;

    /** Starts each iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
    }
}
