package dk.fremdrift.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.fremdrift.validation.internal.constraints.MeasurableGoalValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated goal is measurable: it has an indicator, a baseline (udgangspunkt), a target (målværdi) and a due
 * date (tidsfrist). A {@code null} object is valid.
 *
 * <p>The statute asks for concrete goals ({@link ConcreteGoal}); measurability is good practice, so a vendor may
 * put this constraint in its own group and show it as a warning. A part is absent when it is {@code null}, an
 * empty {@link java.util.Optional} or a blank {@link CharSequence}. One violation, on the object, covers all
 * missing parts.
 *
 * <p>As with {@link ValidPeriod}, the preferred form is to implement {@link MeasuredGoal} and leave the four names
 * empty (no reflection, nothing to open on the module path). A DTO that cannot implement it names all four
 * properties, each read by its public accessor ({@code due()}, {@code getDue()}); naming only some of them is a
 * declaration error. The module-path note of {@link ValidPeriod} applies to named properties.
 *
 * <pre>{@code
 * @MeasurableGoal(groups = GoodPractice.class)
 * public record GoalForm(String indicator, Integer baseline, Integer target, LocalDate dueDate)
 *         implements MeasuredGoal {}
 *
 * @MeasurableGoal(indicator = "scale", baseline = "startScore", target = "goalScore", dueDate = "deadline")
 * public class LegacyGoalDto { ... }
 * }</pre>
 */
// The validator is in a package that is opened, not exported: not API, yet reachable by any provider.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = MeasurableGoalValidator.class)
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(MeasurableGoal.List.class)
public @interface MeasurableGoal {

    /**
     * Returns the message template; the default is Danish or English by locale.
     *
     * @return the message template
     */
    String message() default "{dk.fremdrift.validation.constraints.MeasurableGoal.message}";

    /**
     * Returns the validation groups the constraint belongs to.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload, for clients that attach metadata to the constraint.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Returns the name of the property that holds the indicator; empty (the default) when the object implements
     * {@link MeasuredGoal}.
     *
     * @return the property's name, or empty
     */
    String indicator() default "";

    /**
     * Returns the name of the property that holds the baseline; empty (the default) when the object implements
     * {@link MeasuredGoal}.
     *
     * @return the property's name, or empty
     */
    String baseline() default "";

    /**
     * Returns the name of the property that holds the target; empty (the default) when the object implements
     * {@link MeasuredGoal}.
     *
     * @return the property's name, or empty
     */
    String target() default "";

    /**
     * Returns the name of the property that holds the due date; empty (the default) when the object implements
     * {@link MeasuredGoal}.
     *
     * @return the property's name, or empty
     */
    String dueDate() default "";

    /** Several {@link MeasurableGoal} constraints on the same element, for example in different groups. */
    @Documented
    @Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        MeasurableGoal[] value();
    }
}
