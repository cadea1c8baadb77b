package dk.fremdrift.validation.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between a rule pack and the pack before it, as year-versioned rule packs list them.
 *
 * @param kind added, changed or removed
 * @param concept what the rule checks, shared by its versions
 * @param code the rule's code in this pack; absent for a removed rule
 * @param previousCode the rule's code in the pack before; absent for an added rule
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"kind", "concept", "code", "previousCode"})
public record PackChange(ChangeKind kind, String concept, Optional<String> code, Optional<String> previousCode) {

    /**
     * Checks the change.
     *
     * @param kind added, changed or removed
     * @param concept what the rule checks, shared by its versions
     * @param code the rule's code in this pack; absent for a removed rule
     * @param previousCode the rule's code in the pack before; absent for an added rule
     * @throws NullPointerException if {@code kind} or {@code concept} is null
     * @throws IllegalArgumentException if the codes present do not fit the kind
     */
    public PackChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(concept, "concept");
        code = code == null ? Optional.empty() : code;
        previousCode = previousCode == null ? Optional.empty() : previousCode;
        boolean ok = switch (kind) {
            case ADDED -> code.isPresent() && previousCode.isEmpty();
            case CHANGED -> code.isPresent() && previousCode.isPresent();
            case REMOVED -> code.isEmpty() && previousCode.isPresent();
        };
        if (!ok) {
            throw new IllegalArgumentException("a change of kind " + kind + " of " + concept
                    + " has " + (code.isPresent() ? "a" : "no") + " code and "
                    + (previousCode.isPresent() ? "a" : "no") + " previous code");
        }
    }
}
