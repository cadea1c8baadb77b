package dk.fremdrift.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.fremdrift.validation.internal.constraints.MunicipalityCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be the code of one of the 98 Danish municipalities (kommunekode): three digits, or four
 * with a leading zero as the CPR register writes them ({@code "101"} or {@code "0101"} for København).
 *
 * <p>The rule is the one of {@link dk.fremdrift.model.MunicipalityCode#isValid(CharSequence)}: a code of the right
 * form that no municipality has (for example 411, Christiansø) is rejected. Applies to {@link CharSequence} (so
 * {@code String}); {@code null} is valid, combine with {@code @NotNull} to require a value.
 *
 * <pre>{@code
 * public record MovingForm(@NotNull @MunicipalityCode String from, @MunicipalityCode String to) {}
 * }</pre>
 */
// The validator is in a package that is opened, not exported: not API, yet reachable by any provider.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = MunicipalityCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(MunicipalityCode.List.class)
public @interface MunicipalityCode {

    /**
     * Returns the message template; the default is Danish or English by locale.
     *
     * @return the message template
     */
    String message() default "{dk.fremdrift.validation.constraints.MunicipalityCode.message}";

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

    /** Several {@link MunicipalityCode} constraints on the same element, for example in different groups. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        MunicipalityCode[] value();
    }
}
