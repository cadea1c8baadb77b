package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A goal in a plan for the child (mål i barnets plan, barnets lov § 91, stk. 2; serviceloven § 140, stk. 3).
 *
 * <p>The statute asks for concrete goals: a goal is concrete when it has a {@linkplain #description()
 * description}. Measurable goals, with an {@linkplain #indicator() indicator} and a {@linkplain #due() due
 * date}, are good practice, and their {@linkplain #measurements() measurements} let the management information
 * derive progress and attainment. A blank description reads as absent, so that the case review can report it
 * rather than the whole case being rejected.
 *
 * <p>The description is free text and may name people, so {@link #toString()} shows only its length.
 *
 * @param id the part's key, unique within the case
 * @param area the area of the child's life the goal is about
 * @param description what the goal is, in the plan's words
 * @param indicator how progress is measured
 * @param due the date the goal should be reached by
 * @param measurements the measurements of the indicator; only with an indicator, and each on its scale
 * @param interventionIds the interventions of the case that work toward the goal, by key (the plan states the
 *     interventions meant to reach its goals, barnets lov § 91, stk. 2; serviceloven § 140, stk. 3); empty when not
 *     recorded. It lets the management information show progress by intervention kind.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "area", "description", "indicator", "due", "measurements", "interventionIds"})
public record Goal(
        PartId id,
        GoalArea area,
        Optional<String> description,
        Optional<GoalIndicator> indicator,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> due,

        List<GoalMeasurement> measurements,
        List<PartId> interventionIds)
        implements CasePart {

    /**
     * Checks the goal.
     *
     * @param id the part's key, unique within the case
     * @param area the area of the child's life the goal is about
     * @param description what the goal is, in the plan's words
     * @param indicator how progress is measured
     * @param due the date the goal should be reached by
     * @param measurements the measurements of the indicator; only with an indicator, and each on its scale
     * @param interventionIds the interventions of the case that work toward the goal, by key; each at most once
     * @throws NullPointerException if {@code id} or {@code area} is null, or a measurement or an intervention key is
     *     null
     * @throws IllegalArgumentException if there are measurements without an indicator, a measurement is off the
     *     indicator's scale, or an intervention is named twice
     */
    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        description = Checks.optionalText(description);
        indicator = Checks.optional(indicator);
        due = Checks.optional(due);
        measurements = Checks.list(measurements, "measurements");
        interventionIds = Checks.list(interventionIds, "interventionIds");
        if (Set.copyOf(interventionIds).size() != interventionIds.size()) {
            throw new IllegalArgumentException(
                    "interventionIds: expected each intervention at most once, got one named twice");
        }
        if (!measurements.isEmpty() && indicator.isEmpty()) {
            throw new IllegalArgumentException(
                    "measurements: expected none for a goal without an indicator, got " + measurements.size());
        }
        for (int i = 0; i < measurements.size(); i++) {
            GoalIndicator ind = indicator.orElseThrow();
            GoalIndicator.onScale(
                    measurements.get(i).value(), "measurements[" + i + "].value", ind.scaleMin(), ind.scaleMax());
        }
    }

    /**
     * Makes a goal without the interventions that work toward it: the constructor of the format before they were
     * recorded.
     *
     * @param id the part's key, unique within the case
     * @param area the area of the child's life the goal is about
     * @param description what the goal is, in the plan's words
     * @param indicator how progress is measured
     * @param due the date the goal should be reached by
     * @param measurements the measurements of the indicator; only with an indicator, and each on its scale
     * @throws NullPointerException if {@code id} or {@code area} is null, or a measurement is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Goal(
            PartId id,
            GoalArea area,
            Optional<String> description,
            Optional<GoalIndicator> indicator,
            Optional<LocalDate> due,
            List<GoalMeasurement> measurements) {
        this(id, area, description, indicator, due, measurements, List.of());
    }

    /**
     * Returns a concrete goal with a description and nothing else.
     *
     * @param id the part's key
     * @param area the area of the child's life
     * @param description what the goal is; not blank
     * @return the goal
     */
    public static Goal of(PartId id, GoalArea area, String description) {
        return new Goal(
                id,
                area,
                Optional.of(Checks.text(description, "description")),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    /**
     * Returns a copy measured by the given indicator, due on the given date.
     *
     * @param indicator how progress is measured
     * @param due the date the goal should be reached by
     * @return the copy
     */
    public Goal withIndicator(GoalIndicator indicator, LocalDate due) {
        return new Goal(id, area, description, Optional.of(indicator), Optional.of(due), measurements, interventionIds);
    }

    /**
     * Returns a copy with the given measurements, replacing any it had.
     *
     * @param measurements the measurements
     * @return the copy
     * @throws IllegalArgumentException if the goal has no indicator or a value is off its scale
     */
    public Goal withMeasurements(GoalMeasurement... measurements) {
        return new Goal(id, area, description, indicator, due, Arrays.asList(measurements), interventionIds);
    }

    /**
     * Returns a copy with the interventions that work toward the goal, replacing any it had.
     *
     * @param interventionIds the interventions' keys
     * @return the copy
     * @throws IllegalArgumentException if an intervention is named twice
     */
    public Goal withInterventions(PartId... interventionIds) {
        return new Goal(id, area, description, indicator, due, measurements, Arrays.asList(interventionIds));
    }

    /**
     * Tells whether the goal is concrete: it has a description.
     *
     * @return true if there is a description
     */
    @JsonIgnore
    public boolean isConcrete() {
        return description.isPresent();
    }

    /**
     * Tells whether the goal is measurable: it has an indicator (with baseline and target) and a due date.
     *
     * @return true if both are present
     */
    @JsonIgnore
    public boolean isMeasurable() {
        return indicator.isPresent() && due.isPresent();
    }

    /** Returns the fields, with the description's length in place of its text. */
    @Override
    public String toString() {
        return "Goal[id=" + id + ", area=" + area + ", description=" + Checks.redacted(description) + ", indicator="
                + indicator.map(GoalIndicator::toString).orElse("<none>") + ", due="
                + due.map(Object::toString).orElse("<none>")
                + ", measurements=" + measurements + ", interventionIds=" + interventionIds + "]";
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Goal.class, name);
    }
}
