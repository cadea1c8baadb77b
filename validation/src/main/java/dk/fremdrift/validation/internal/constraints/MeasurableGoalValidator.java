package dk.fremdrift.validation.internal.constraints;

import dk.fremdrift.validation.constraints.MeasurableGoal;
import dk.fremdrift.validation.constraints.MeasuredGoal;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link MeasurableGoal @MeasurableGoal}: through {@link MeasuredGoal} when no property is named, else by
 * reading the four named properties. One violation, on the object, covers all missing parts.
 */
public final class MeasurableGoalValidator implements ConstraintValidator<MeasurableGoal, Object> {

    /** Empty when the object implements {@link MeasuredGoal}. */
    private List<PropertyReader> parts = List.of();

    /** Creates the validator; the provider calls this. */
    public MeasurableGoalValidator() {}

    @Override
    public void initialize(MeasurableGoal annotation) {
        List<String> attributes = List.of("indicator", "baseline", "target", "dueDate");
        List<String> names =
                List.of(annotation.indicator(), annotation.baseline(), annotation.target(), annotation.dueDate());
        long named = names.stream().filter(n -> !n.isEmpty()).count();
        if (named == 0) {
            return;
        }
        if (named != names.size()) {
            throw new ConstraintDeclarationException("@MeasurableGoal: expected all of indicator, baseline, target"
                    + " and dueDate named, or none (the object then implements MeasuredGoal), got indicator = \""
                    + names.get(0) + "\", baseline = \"" + names.get(1) + "\", target = \"" + names.get(2)
                    + "\", dueDate = \"" + names.get(3) + "\"");
        }
        PropertyReader[] readers = new PropertyReader[names.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = PropertyReader.of(
                    "@MeasurableGoal(" + attributes.get(i) + " = \"" + names.get(i) + "\")", names.get(i));
        }
        parts = List.of(readers);
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (parts.isEmpty()) {
            if (!(value instanceof MeasuredGoal goal)) {
                throw new ConstraintDeclarationException(
                        "@MeasurableGoal on " + value.getClass().getName()
                                + ": expected the type to implement " + MeasuredGoal.class.getName()
                                + ", or all four properties named: @MeasurableGoal(indicator = \"...\", baseline = \"...\","
                                + " target = \"...\", dueDate = \"...\")");
            }
            return Presence.isPresent(goal.indicator())
                    && Presence.isPresent(goal.baseline())
                    && Presence.isPresent(goal.target())
                    && Presence.isPresent(goal.dueDate());
        }
        for (PropertyReader part : parts) {
            if (!Presence.isPresent(part.read(value))) {
                return false;
            }
        }
        return true;
    }
}
