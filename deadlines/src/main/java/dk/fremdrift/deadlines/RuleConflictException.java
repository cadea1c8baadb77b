package dk.fremdrift.deadlines;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown when rules cannot be combined into a rule book: duplicate ids, two rules of one duty in force at the same
 * time, an override of an unknown or non-configurable rule, a municipal rule that claims to be statutory. It lists
 * every conflict found, not only the first.
 */
public final class RuleConflictException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The conflicts, each a sentence that names the rules (an ArrayList, so the exception stays serializable). */
    private final ArrayList<String> conflicts;

    RuleConflictException(List<String> conflicts) {
        super(conflicts.size() + " rule conflict(s): " + String.join("; ", conflicts));
        this.conflicts = new ArrayList<>(conflicts);
    }

    /**
     * Returns every conflict found, each a sentence that names the rules.
     *
     * @return the conflicts
     */
    public List<String> conflicts() {
        return List.copyOf(conflicts);
    }
}
