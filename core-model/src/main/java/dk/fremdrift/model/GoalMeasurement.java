package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A measurement of a goal's indicator on a date (målopfølgning).
 *
 * @param date the date of the measurement
 * @param value the measured value, on the goal indicator's scale
 */
@JsonPropertyOrder({"date", "value"})
public record GoalMeasurement(
        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate date,

        @JsonProperty(required = true) double value) {

    /**
     * Checks the measurement.
     *
     * @param date the date of the measurement
     * @param value the measured value, on the goal indicator's scale
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if the value is not finite
     */
    public GoalMeasurement {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value: expected a finite number, got an infinite one or not a number");
        }
    }

    /**
     * Returns a measurement.
     *
     * @param date the date
     * @param value the value
     * @return the measurement
     */
    public static GoalMeasurement of(LocalDate date, double value) {
        return new GoalMeasurement(date, value);
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(GoalMeasurement.class, name);
    }
}
