package dk.fremdrift.validation.internal.constraints;

import dk.fremdrift.validation.constraints.ConcreteGoal;
import dk.fremdrift.validation.constraints.Cpr;
import dk.fremdrift.validation.constraints.MeasurableGoal;
import dk.fremdrift.validation.constraints.ValidPeriod;
import java.lang.annotation.Annotation;

/** Annotation instances for calling validators directly, read from the fields of this class. */
final class Annotations {

    @Cpr
    private static String cpr;

    @Cpr(modulus11 = true)
    private static String cprModulus11;

    @ValidPeriod
    private static Object period;

    @ValidPeriod(start = "from", end = "to")
    private static Object periodFromTo;

    @ValidPeriod(start = "from")
    private static Object periodStartOnly;

    @ValidPeriod(start = "from", end = "not a name")
    private static Object periodBadName;

    @ConcreteGoal
    private static Object goal;

    @ConcreteGoal(description = "text")
    private static Object goalText;

    @MeasurableGoal
    private static Object measurable;

    @MeasurableGoal(indicator = "scale", baseline = "startScore", target = "goalScore", dueDate = "deadline")
    private static Object measurableNamed;

    @MeasurableGoal(indicator = "scale")
    private static Object measurablePartlyNamed;

    private Annotations() {}

    static <A extends Annotation> A of(String field, Class<A> type) {
        try {
            return Annotations.class.getDeclaredField(field).getAnnotation(type);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(field, e);
        }
    }
}
