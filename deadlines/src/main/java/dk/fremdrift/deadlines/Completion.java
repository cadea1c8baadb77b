package dk.fremdrift.deadlines;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.PlanKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What meets a deadline: a {@link CompletionKind} and, for {@link CompletionKind#PLAN_EXISTS}, the plan kinds that
 * count (empty for every kind).
 *
 * @param kind the step
 * @param planKinds the plan kinds that count, for {@link CompletionKind#PLAN_EXISTS}; empty for all
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "planKinds"})
public record Completion(CompletionKind kind, Set<PlanKind> planKinds) {

    /**
     * Checks the completion.
     *
     * @param kind the step
     * @param planKinds the plan kinds that count
     * @throws NullPointerException if {@code kind} is null
     * @throws IllegalArgumentException if plan kinds are given for another kind than {@link
     *     CompletionKind#PLAN_EXISTS}
     */
    public Completion {
        Objects.requireNonNull(kind, "kind");
        planKinds = planKinds == null || planKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(planKinds));
        if (!planKinds.isEmpty() && kind != CompletionKind.PLAN_EXISTS) {
            throw new IllegalArgumentException(
                    "completion.planKinds: expected none for completion kind " + kind + ", got " + planKinds);
        }
    }

    /**
     * Returns a completion of the given kind.
     *
     * @param kind the step
     * @return the completion
     */
    public static Completion of(CompletionKind kind) {
        return new Completion(kind, Set.of());
    }

    /**
     * Returns a completion by a plan of the given kinds.
     *
     * @param kinds the plan kinds that count
     * @return the completion
     */
    public static Completion planOf(PlanKind... kinds) {
        return new Completion(CompletionKind.PLAN_EXISTS, Set.of(kinds));
    }
}
