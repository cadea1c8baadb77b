package dk.fremdrift.testing.conformance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One test vector of the corpus: a small case, a moment to evaluate it at, and what is expected of its deadlines.
 *
 * @param file the name of the file the vector is in, such as {@code notifications.json}
 * @param id the vector's id, unique in the corpus
 * @param description what the vector shows, with the arithmetic of each expected date
 * @param caseJson the case, as the JSON text of the case format
 * @param asOf the moment of evaluation
 * @param expectations what is expected, one per deadline
 * @param knownDefect why Fremdrift's engine is known to fail this vector, if it is
 */
public record ConformanceVector(
        String file,
        String id,
        String description,
        String caseJson,
        Instant asOf,
        List<Expectation> expectations,
        Optional<String> knownDefect) {

    /**
     * Checks and copies the components.
     *
     * @param file the name of the file the vector is in, such as {@code notifications.json}
     * @param id the vector's id, unique in the corpus
     * @param description what the vector shows, with the arithmetic of each expected date
     * @param caseJson the case, as the JSON text of the case format
     * @param asOf the moment of evaluation
     * @param expectations what is expected, one per deadline
     * @param knownDefect why Fremdrift's engine is known to fail this vector, if it is
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if there are no expectations
     */
    public ConformanceVector {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(caseJson, "caseJson");
        Objects.requireNonNull(asOf, "asOf");
        expectations = List.copyOf(expectations);
        Objects.requireNonNull(knownDefect, "knownDefect");
        if (expectations.isEmpty()) {
            throw new IllegalArgumentException("vector " + id + ": expected at least one expectation");
        }
    }

    /** Returns the file and id, such as {@code notifications.json NOTIF-BL-001}. */
    @Override
    public String toString() {
        return file + " " + id;
    }
}
