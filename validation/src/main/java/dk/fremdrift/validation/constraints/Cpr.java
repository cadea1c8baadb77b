package dk.fremdrift.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.fremdrift.validation.internal.constraints.CprValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a Danish personal identification number (CPR-nummer, CPR-loven § 3): ten digits
 * {@code DDMMYYSSSS} or {@code DDMMYY-SSSS} whose date exists, with the century taken from the 7th digit.
 *
 * <p>The rule is the one of {@link dk.fremdrift.model.Cpr#isValid(CharSequence)}: a value this constraint accepts
 * is one {@link dk.fremdrift.model.Cpr#parse(CharSequence)} accepts. Applies to {@link CharSequence} (so
 * {@code String}); {@code null} is valid, combine with {@code @NotNull} to require a value.
 *
 * <p><strong>Modulus 11 is off by default, on purpose.</strong> Since 1 October 2007 the CPR office
 * (CPR-kontoret) has issued numbers without a valid modulus-11 check digit, because some birth dates had run out
 * of numbers that pass it. Rejecting such numbers rejects real children. Set {@link #modulus11()} only for data
 * known to predate October 2007 or to test the check on purpose.
 *
 * <p><strong>Personal data.</strong> The default message never contains the rejected value: a CPR number must not
 * appear in logs, error responses or audit trails. Do not add {@code ${validatedValue}} to a custom message.
 *
 * <pre>{@code
 * public record ChildForm(@NotNull @Cpr String cpr, @Cpr String siblingCpr) {}
 * }</pre>
 */
// The validator is in a package that is opened, not exported: not API, yet reachable by any provider.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = CprValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Cpr.List.class)
public @interface Cpr {

    /**
     * Returns the message template; the default is Danish or English by locale and never shows the value.
     *
     * @return the message template
     */
    String message() default "{dk.fremdrift.validation.constraints.Cpr.message}";

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
     * Tells whether the modulus-11 check digit is also required. Off by default: numbers without a valid check
     * digit have been issued since 1 October 2007 and are valid (see the type's documentation).
     *
     * @return true to also require {@link dk.fremdrift.model.Cpr#isModulus11Valid(CharSequence)}
     */
    boolean modulus11() default false;

    /** Several {@link Cpr} constraints on the same element, for example in different groups. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        Cpr[] value();
    }
}
