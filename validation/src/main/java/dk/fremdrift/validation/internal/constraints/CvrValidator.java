package dk.fremdrift.validation.internal.constraints;

import dk.fremdrift.validation.constraints.Cvr;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Cvr @Cvr} with the model's rule, {@link dk.fremdrift.model.Cvr#isValid(CharSequence)}. */
public final class CvrValidator implements ConstraintValidator<Cvr, CharSequence> {

    /** Creates the validator; the provider calls this. */
    public CvrValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || dk.fremdrift.model.Cvr.isValid(value);
    }
}
