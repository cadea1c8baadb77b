package dk.fremdrift.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.fremdrift.validation.internal.constraints.ValidPeriodValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated object is a period whose end is not before its start. Equal ends are valid (a period of one day
 * or one instant), and so is a period with a {@code null} start or end; a {@code null} object is valid.
 *
 * <p>There are two ways to say where the start and end are.
 *
 * <ul>
 *   <li><strong>Implement {@link Span}</strong> (preferred) and leave {@link #start()} and {@link #end()} empty.
 *       The ends are read through the interface: type-safe, checked by the compiler, no reflection, and nothing to
 *       open on the module path. A violation is reported on the object itself.
 *   <li><strong>Name the properties</strong>, for a DTO that cannot implement an interface (generated code, a
 *       third-party type): {@code @ValidPeriod(start = "from", end = "to")}. Each is read by its public accessor:
 *       {@code from()} (records, fluent style), else {@code getFrom()} or {@code isFrom()} (JavaBeans). A value
 *       in an {@link java.util.Optional} is unwrapped. A violation is reported on the end property, so a form
 *       can show it next to that field.
 * </ul>
 *
 * <p>The ends may be {@code LocalDate}, {@code Instant} or any other {@link Comparable} type, compared with
 * {@code compareTo}. Ends that cannot be compared with each other, a property without an accessor, or only one
 * of the two names are declaration errors: validation fails with a {@link jakarta.validation.ValidationException}
 * that names the type and properties, never their values.
 *
 * <p><strong>Named properties on the module path.</strong> Reading a property by name is reflection from the
 * module {@code dk.fremdrift.validation} into the vendor's module. It works without further ado on the class
 * path and for a public type in an exported package. A DTO that is not public, or whose package is not exported,
 * must be opened to this module, as it is usually opened to the validation provider already:
 *
 * <pre>{@code
 * module com.vendor.forms {
 *     opens com.vendor.forms.dto to org.hibernate.validator, dk.fremdrift.validation;
 * }
 * }</pre>
 *
 * <p>Examples:
 *
 * <pre>{@code
 * @ValidPeriod
 * public record PlacementForm(LocalDate start, LocalDate end) implements Span<LocalDate> {}
 *
 * @ValidPeriod(start = "from", end = "to")
 * public class LegacyInterventionDto {
 *     public LocalDate getFrom() { ... }
 *     public LocalDate getTo() { ... }
 * }
 * }</pre>
 */
// The validator is in a package that is opened, not exported: not API, yet reachable by any provider.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = ValidPeriodValidator.class)
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidPeriod.List.class)
public @interface ValidPeriod {

    /**
     * Returns the message template; the default is Danish or English by locale.
     *
     * @return the message template
     */
    String message() default "{dk.fremdrift.validation.constraints.ValidPeriod.message}";

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
     * Returns the name of the property that holds the start; empty (the default) when the object implements
     * {@link Span}. Set together with {@link #end()}.
     *
     * @return the start property's name, or empty
     */
    String start() default "";

    /**
     * Returns the name of the property that holds the end; empty (the default) when the object implements
     * {@link Span}. Set together with {@link #start()}.
     *
     * @return the end property's name, or empty
     */
    String end() default "";

    /** Several {@link ValidPeriod} constraints on the same element, for example for two periods of one DTO. */
    @Documented
    @Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        ValidPeriod[] value();
    }
}
