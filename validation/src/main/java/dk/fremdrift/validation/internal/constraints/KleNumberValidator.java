package dk.fremdrift.validation.internal.constraints;

import dk.fremdrift.validation.constraints.KleNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KleNumber @KleNumber} with the model's rule, {@link dk.fremdrift.model.KleNumber#isValid(CharSequence)}. */
public final class KleNumberValidator implements ConstraintValidator<KleNumber, CharSequence> {

    /** Creates the validator; the provider calls this. */
    public KleNumberValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || dk.fremdrift.model.KleNumber.isValid(value);
    }
}
