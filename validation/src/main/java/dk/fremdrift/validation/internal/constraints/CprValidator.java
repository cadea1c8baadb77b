package dk.fremdrift.validation.internal.constraints;

import dk.fremdrift.validation.constraints.Cpr;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Cpr @Cpr} with the model's rule; never puts the value in a message. */
public final class CprValidator implements ConstraintValidator<Cpr, CharSequence> {

    private boolean modulus11;

    /** Creates the validator; the provider calls this. */
    public CprValidator() {}

    @Override
    public void initialize(Cpr annotation) {
        modulus11 = annotation.modulus11();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!dk.fremdrift.model.Cpr.isValid(value)) {
            return false;
        }
        return !modulus11 || dk.fremdrift.model.Cpr.isModulus11Valid(value);
    }
}
