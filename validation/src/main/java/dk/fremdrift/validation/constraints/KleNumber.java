package dk.fremdrift.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.fremdrift.validation.internal.constraints.KleNumberValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a journal-plan number of KL's emnesystematik (KLE), checked for form only:
 * {@code NN.NN.NN}, optionally with a handling facet of one capital letter and two digits ({@code 27.24.00-G01}
 * or {@code 27.24.00G01}).
 *
 * <p>The rule is the one of {@link dk.fremdrift.model.KleNumber#isValid(CharSequence)}. The KLE tables are
 * licensed by KL and not bundled, so a number of the right form is accepted whether or not it exists in the
 * current edition. Applies to {@link CharSequence} (so {@code String}); {@code null} is valid, combine with
 * {@code @NotNull} to require a value.
 *
 * <pre>{@code
 * public record CaseForm(@NotNull @KleNumber String kle) {}
 * }</pre>
 */
// The validator is in a package that is opened, not exported: not API, yet reachable by any provider.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = KleNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(KleNumber.List.class)
public @interface KleNumber {

    /**
     * Returns the message template; the default is Danish or English by locale.
     *
     * @return the message template
     */
    String message() default "{dk.fremdrift.validation.constraints.KleNumber.message}";

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

    /** Several {@link KleNumber} constraints on the same element, for example in different groups. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        KleNumber[] value();
    }
}
