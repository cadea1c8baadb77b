package dk.fremdrift.validation.internal.constraints;

import dk.fremdrift.validation.constraints.MunicipalityCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MunicipalityCode @MunicipalityCode} with the model's rule, {@link dk.fremdrift.model.MunicipalityCode#isValid(CharSequence)}. */
public final class MunicipalityCodeValidator implements ConstraintValidator<MunicipalityCode, CharSequence> {

    /** Creates the validator; the provider calls this. */
    public MunicipalityCodeValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || dk.fremdrift.model.MunicipalityCode.isValid(value);
    }
}
