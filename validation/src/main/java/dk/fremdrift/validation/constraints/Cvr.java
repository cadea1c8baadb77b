package dk.fremdrift.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.fremdrift.validation.internal.constraints.CvrValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a Danish business registration number (CVR-nummer): eight digits whose weighted
 * sum (weights 2,7,6,5,4,3,2,1) is divisible by 11.
 *
 * <p>The rule is the one of {@link dk.fremdrift.model.Cvr#isValid(CharSequence)}. Do not use it for
 * production-unit numbers (P-numre): they have no check digit. Applies to {@link CharSequence} (so {@code String});
 * {@code null} is valid, combine with {@code @NotNull} to require a value.
 *
 * <pre>{@code
 * public record ProviderForm(@NotBlank String name, @Cvr String cvr) {}
 * }</pre>
 */
// The validator is in a package that is opened, not exported: not API, yet reachable by any provider.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = CvrValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Cvr.List.class)
public @interface Cvr {

    /**
     * Returns the message template; the default is Danish or English by locale.
     *
     * @return the message template
     */
    String message() default "{dk.fremdrift.validation.constraints.Cvr.message}";

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

    /** Several {@link Cvr} constraints on the same element, for example in different groups. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        Cvr[] value();
    }
}
