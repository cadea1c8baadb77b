package dk.fremdrift.deadlines;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * How a recurring deadline repeats after its first occurrence: the next one is due this long after the previous
 * step (the previous follow-up or visit). A recurring series stops when its intervention ends, and does not go on
 * past an occurrence that is not yet met.
 *
 * @param length the interval, positive
 * @param unit the unit of the interval; not {@link DeadlineUnit#HOURS}
 */
@JsonPropertyOrder({"length", "unit"})
public record Recurrence(int length, DeadlineUnit unit) {

    /**
     * Checks the recurrence.
     *
     * @param length the interval
     * @param unit the unit
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if the length is not positive or the unit is hours
     */
    public Recurrence {
        Objects.requireNonNull(unit, "unit");
        if (length <= 0) {
            throw new IllegalArgumentException("recurrence.length: expected a positive number, got " + length);
        }
        if (unit == DeadlineUnit.HOURS) {
            throw new IllegalArgumentException("recurrence.unit: expected a date-based unit, got HOURS");
        }
    }

    /**
     * Returns a recurrence.
     *
     * @param length the interval, positive
     * @param unit the unit
     * @return the recurrence
     */
    public static Recurrence every(int length, DeadlineUnit unit) {
        return new Recurrence(length, unit);
    }
}
