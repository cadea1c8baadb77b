package dk.fremdrift.validation.internal.constraints;

import dk.fremdrift.validation.constraints.Span;
import dk.fremdrift.validation.constraints.ValidPeriod;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ValidPeriod @ValidPeriod}: through {@link Span} when no property is named, else by reading the
 * named properties; a violation on named properties is reported on the end property.
 */
public final class ValidPeriodValidator implements ConstraintValidator<ValidPeriod, Object> {

    /** Null when the object implements {@link Span}. */
    private PropertyReader start;

    private PropertyReader end;

    /** Creates the validator; the provider calls this. */
    public ValidPeriodValidator() {}

    @Override
    public void initialize(ValidPeriod annotation) {
        boolean noStart = annotation.start().isEmpty();
        boolean noEnd = annotation.end().isEmpty();
        if (noStart != noEnd) {
            throw new ConstraintDeclarationException("@ValidPeriod: expected both start and end named, or neither"
                    + " (the object then implements Span), got start = \"" + annotation.start() + "\", end = \""
                    + annotation.end() + "\"");
        }
        if (!noStart) {
            start = PropertyReader.of("@ValidPeriod(start = \"" + annotation.start() + "\")", annotation.start());
            end = PropertyReader.of("@ValidPeriod(end = \"" + annotation.end() + "\")", annotation.end());
        }
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Object from;
        Object to;
        if (start == null) {
            if (!(value instanceof Span<?> period)) {
                throw new ConstraintDeclarationException(
                        "@ValidPeriod on " + value.getClass().getName()
                                + ": expected the type to implement " + Span.class.getName()
                                + ", or the properties named: @ValidPeriod(start = \"...\", end = \"...\")");
            }
            from = period.start();
            to = period.end();
        } else {
            from = start.read(value);
            to = end.read(value);
        }
        if (from == null || to == null || compare(from, to, value) <= 0) {
            return true;
        }
        if (end != null) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(end.name())
                    .addConstraintViolation();
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object from, Object to, Object bean) {
        if (from instanceof Comparable<?> comparable) {
            try {
                return ((Comparable<Object>) comparable).compareTo(to);
            } catch (ClassCastException e) {
                throw notComparable(from, to, bean, e);
            }
        }
        throw notComparable(from, to, bean, null);
    }

    private static ConstraintDeclarationException notComparable(
            Object from, Object to, Object bean, ClassCastException cause) {
        return new ConstraintDeclarationException(
                "@ValidPeriod on " + bean.getClass().getName() + ": expected a start and an end of one Comparable"
                        + " type, got " + from.getClass().getName() + " and "
                        + to.getClass().getName(),
                cause);
    }
}
