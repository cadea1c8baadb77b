package dk.fremdrift.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.fremdrift.validation.internal.constraints.ConcreteGoalValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated goal is concrete: it has a description that is not blank. Barnets lov § 91, stk. 2 (serviceloven §
 * 140, stk. 3) asks for concrete goals in the child's plan; whether a goal is also measurable is a separate
 * constraint, {@link MeasurableGoal}. A {@code null} object is valid.
 *
 * <p>As with {@link ValidPeriod}, the preferred form is to implement {@link DescribedGoal} and leave
 * {@link #description()} empty (no reflection, nothing to open on the module path; a violation is reported on
 * the object). A DTO that cannot implement it names the property, {@code @ConcreteGoal(description = "text")},
 * read by its public accessor ({@code text()}, {@code getText()}); a violation is then reported on that property.
 * The description is absent when it is {@code null}, an empty {@link java.util.Optional} or a blank
 * {@link CharSequence}. The module-path note of {@link ValidPeriod} applies to named properties.
 *
 * <pre>{@code
 * @ConcreteGoal
 * public record GoalForm(String description) implements DescribedGoal {}
 *
 * @ConcreteGoal(description = "goalText")
 * public class LegacyGoalDto { public String getGoalText() { ... } }
 * }</pre>
 */
// The validator is in a package that is opened, not exported: not API, yet reachable by any provider.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = ConcreteGoalValidator.class)
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ConcreteGoal.List.class)
public @interface ConcreteGoal {

    /**
     * Returns the message template; the default is Danish or English by locale and never shows the description.
     *
     * @return the message template
     */
    String message() default "{dk.fremdrift.validation.constraints.ConcreteGoal.message}";

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
     * Returns the name of the property that holds the description; empty (the default) when the object
     * implements {@link DescribedGoal}.
     *
     * @return the property's name, or empty
     */
    String description() default "";

    /** Several {@link ConcreteGoal} constraints on the same element, for example in different groups. */
    @Documented
    @Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        ConcreteGoal[] value();
    }
}
