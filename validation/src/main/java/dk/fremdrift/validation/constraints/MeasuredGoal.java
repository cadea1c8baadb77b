package dk.fremdrift.validation.constraints;

/**
 * A vendor goal object with the parts that make a goal measurable, checked without reflection by the constraint
 * {@link MeasurableGoal}.
 *
 * <p>The accessors return {@link Object} so that a record's components of any type implement them (a covariant
 * return is an implementation). A part is absent when it is {@code null}, an empty {@link java.util.Optional} or
 * a blank {@link CharSequence}; any other value is present. The accessors are called through this interface, so
 * the DTO's package need not be exported or opened to this library on the module path.
 *
 * <pre>{@code
 * @MeasurableGoal
 * public record GoalForm(String indicator, Integer baseline, Integer target, LocalDate dueDate)
 *         implements MeasuredGoal {}
 * }</pre>
 */
public interface MeasuredGoal {

    /**
     * Returns how progress towards the goal is measured, for example a scale or a count.
     *
     * @return the indicator, or an absent value
     */
    Object indicator();

    /**
     * Returns the indicator's value when the goal was set (udgangspunkt).
     *
     * @return the baseline, or an absent value
     */
    Object baseline();

    /**
     * Returns the indicator's value that means the goal is reached (målværdi).
     *
     * @return the target, or an absent value
     */
    Object target();

    /**
     * Returns the date the goal should be reached by (tidsfrist).
     *
     * @return the due date, or an absent value
     */
    Object dueDate();
}
