package dk.fremdrift.validation.internal.constraints;

import dk.fremdrift.validation.constraints.ConcreteGoal;
import dk.fremdrift.validation.constraints.DescribedGoal;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ConcreteGoal @ConcreteGoal}: through {@link DescribedGoal} when no property is named, else by
 * reading the named property; a violation on a named property is reported on it.
 */
public final class ConcreteGoalValidator implements ConstraintValidator<ConcreteGoal, Object> {

    /** Null when the object implements {@link DescribedGoal}. */
    private PropertyReader description;

    /** Creates the validator; the provider calls this. */
    public ConcreteGoalValidator() {}

    @Override
    public void initialize(ConcreteGoal annotation) {
        if (!annotation.description().isEmpty()) {
            description = PropertyReader.of(
                    "@ConcreteGoal(description = \"" + annotation.description() + "\")", annotation.description());
        }
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Object text;
        if (description == null) {
            if (!(value instanceof DescribedGoal goal)) {
                throw new ConstraintDeclarationException(
                        "@ConcreteGoal on " + value.getClass().getName()
                                + ": expected the type to implement " + DescribedGoal.class.getName()
                                + ", or the property named: @ConcreteGoal(description = \"...\")");
            }
            text = goal.description();
        } else {
            text = description.read(value);
        }
        if (Presence.isPresent(text)) {
            return true;
        }
        if (description != null) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(description.name())
                    .addConstraintViolation();
        }
        return false;
    }
}
