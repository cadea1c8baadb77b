package dk.fremdrift.examples.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What happened to the input lines of a run; they reconcile: {@code read == accepted + rejected}.
 *
 * @param read the non-blank lines read
 * @param accepted the lines that were valid cases
 * @param rejected the lines rejected, each in rejects.jsonl with its number and reason
 */
@JsonPropertyOrder({"read", "accepted", "rejected"})
public record InputCounts(long read, long accepted, long rejected) {

    /**
     * Checks that the counts reconcile.
     *
     * @param read the lines read
     * @param accepted the lines accepted
     * @param rejected the lines rejected
     * @throws IllegalStateException if they do not
     */
    public InputCounts {
        if (read != accepted + rejected) {
            throw new IllegalStateException("input counts do not reconcile: read " + read + " != accepted " + accepted
                    + " + rejected " + rejected);
        }
    }
}
