package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How progress toward a goal is measured: a named indicator on a numeric scale, with the value at the start
 * (baseline) and the value aimed for (target).
 *
 * <p>The direction of improvement follows from the two: a target above the baseline means higher is better.
 * A goal with an indicator and a due date is measurable, which is good practice; the statute asks only that
 * goals are concrete.
 *
 * @param name the indicator's name, such as "Skolefremmøde (%)" or "SDQ samlet vanskelighedsscore"
 * @param scaleMin the lowest value on the scale
 * @param scaleMax the highest value on the scale; above {@code scaleMin}
 * @param baseline the value when the goal was set; on the scale
 * @param target the value aimed for; on the scale
 */
@JsonPropertyOrder({"name", "scaleMin", "scaleMax", "baseline", "target"})
public record GoalIndicator(
        String name,
        @JsonProperty(required = true) double scaleMin,
        @JsonProperty(required = true) double scaleMax,
        @JsonProperty(required = true) double baseline,
        @JsonProperty(required = true) double target) {

    /**
     * Checks the indicator.
     *
     * @param name the indicator's name, such as "Skolefremmøde (%)" or "SDQ samlet vanskelighedsscore"
     * @param scaleMin the lowest value on the scale
     * @param scaleMax the highest value on the scale; above {@code scaleMin}
     * @param baseline the value when the goal was set; on the scale
     * @param target the value aimed for; on the scale
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is blank, a number is not finite, the scale is empty, or the
     *     baseline or target is off the scale
     */
    public GoalIndicator {
        Checks.text(name, "name");
        finite(scaleMin, "scaleMin");
        finite(scaleMax, "scaleMax");
        finite(baseline, "baseline");
        finite(target, "target");
        if (!(scaleMin < scaleMax)) {
            throw new IllegalArgumentException(
                    "scaleMax: expected a value above scaleMin, got the same or a lower value");
        }
        onScale(baseline, "baseline", scaleMin, scaleMax);
        onScale(target, "target", scaleMin, scaleMax);
    }

    /**
     * Returns an indicator.
     *
     * @param name the indicator's name
     * @param scaleMin the lowest value on the scale
     * @param scaleMax the highest value on the scale
     * @param baseline the value at the start
     * @param target the value aimed for
     * @return the indicator
     */
    public static GoalIndicator of(String name, double scaleMin, double scaleMax, double baseline, double target) {
        return new GoalIndicator(name, scaleMin, scaleMax, baseline, target);
    }

    /**
     * Tells whether a value lies on this indicator's scale.
     *
     * @param value the value
     * @return true if {@code scaleMin <= value <= scaleMax}
     */
    public boolean isOnScale(double value) {
        return value >= scaleMin && value <= scaleMax;
    }

    static void onScale(double value, String field, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    field + ": expected a value on the indicator's scale (scaleMin to scaleMax), got one outside it");
        }
    }

    private static void finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    field + ": expected a finite number, got an infinite one or not a number");
        }
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(GoalIndicator.class, name);
    }
}
