package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A published national figure to hold an indicator against, such as Ankestyrelsen's Børnesagsbarometer 2024: a
 * child-welfare investigation finished within 4 months in 50 % of cases.
 *
 * @param value the figure, in the indicator's unit: a share from 0 to 1 for a proportion
 * @param period the year or period the figure is for, such as {@code 2024} or {@code 2019/20}
 * @param source who published it, in Danish and English
 */
@JsonPropertyOrder({"value", "period", "source"})
public record ReferenceFigure(@JsonProperty(required = true) double value, String period, LocalizedText source) {

    /**
     * Checks the figure.
     *
     * @param value the figure, in the indicator's unit
     * @param period the year or period the figure is for
     * @param source who published it
     * @throws NullPointerException if {@code period} or {@code source} is null
     * @throws IllegalArgumentException if the value is not finite or the period is blank
     */
    public ReferenceFigure {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value: expected a finite number, got " + value);
        }
        if (period.isBlank()) {
            throw new IllegalArgumentException("period: expected a year or period, got a blank text");
        }
    }

    /**
     * Returns the figure.
     *
     * @param value the figure
     * @param period the year or period it is for
     * @param source who published it
     * @return the figure
     */
    public static ReferenceFigure of(double value, String period, LocalizedText source) {
        return new ReferenceFigure(value, period, source);
    }
}
