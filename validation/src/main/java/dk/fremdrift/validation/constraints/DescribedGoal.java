package dk.fremdrift.validation.constraints;

/**
 * A vendor goal object with a description, checked by {@link ConcreteGoal @ConcreteGoal} without reflection.
 *
 * <p>The accessor is called through this interface, so the DTO's package need not be exported or opened to this
 * library on the module path.
 *
 * <pre>{@code
 * @ConcreteGoal
 * public record GoalForm(String description) implements DescribedGoal {}
 * }</pre>
 */
public interface DescribedGoal {

    /**
     * Returns the goal's description in the plan's words.
     *
     * @return the description, or null, empty or blank if there is none
     */
    CharSequence description();
}
