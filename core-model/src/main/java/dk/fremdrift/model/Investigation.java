package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A child-welfare investigation (børnefaglig undersøgelse, barnets lov §§ 20-23; serviceloven § 50).
 *
 * <p>It must be finished no later than four months after the municipality became aware that the child may
 * need support ({@link #awareOn()}), which is normally the receipt of a notification, not the decision to
 * investigate. If it exceptionally is not finished by then, a preliminary assessment (foreløbig vurdering) is
 * made at the deadline ({@link #preliminaryAssessment()}) and the investigation is finished as soon as
 * possible.
 *
 * @param id the part's key
 * @param awareOn the date the municipality became aware that the child may need support; the four months run
 *     from here
 * @param started the date the investigation started; not before {@code awareOn}
 * @param completed the date it was finished; not before {@code started}
 * @param preliminaryAssessment the date of a preliminary assessment, made when the investigation was not
 *     finished in time; not before {@code awareOn}
 * @param concerns the areas of the child's life the investigation found concerns in (it looks at the child's whole
 *     situation, barnets lov § 22, stk. 1; serviceloven § 50), the six areas of the goals ({@link GoalArea}), so that
 *     the management information can compare them with the goals of the plan and the interventions chosen; empty
 *     when none were recorded
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "awareOn", "started", "completed", "preliminaryAssessment", "concerns"})
public record Investigation(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate awareOn,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate started,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> completed,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> preliminaryAssessment,

        Set<GoalArea> concerns)
        implements CasePart {

    /**
     * Checks the investigation.
     *
     * @param id the part's key
     * @param awareOn the date the municipality became aware that the child may need support; the four months run from here
     * @param started the date the investigation started; not before {@code awareOn}
     * @param completed the date it was finished; not before {@code started}
     * @param preliminaryAssessment the date of a preliminary assessment, made when the investigation was not finished in time; not before {@code awareOn}
     * @param concerns the areas of the child's life the investigation found concerns in; empty when none were recorded
     * @throws NullPointerException if {@code id}, {@code awareOn} or {@code started} is null, or an area is null
     * @throws IllegalArgumentException if the dates are out of order
     */
    public Investigation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(awareOn, "awareOn");
        Objects.requireNonNull(started, "started");
        completed = Checks.optional(completed);
        preliminaryAssessment = Checks.optional(preliminaryAssessment);
        Checks.notBefore(started, "started", awareOn, "awareOn");
        Checks.notBefore(completed, "completed", started, "started");
        Checks.notBefore(preliminaryAssessment, "preliminaryAssessment", awareOn, "awareOn");
        concerns = Checks.areas(concerns, "concerns");
    }

    /**
     * Makes an investigation without areas of concern: the constructor of the format before they were recorded.
     *
     * @param id the part's key
     * @param awareOn the date the municipality became aware that the child may need support
     * @param started the date the investigation started; not before {@code awareOn}
     * @param completed the date it was finished; not before {@code started}
     * @param preliminaryAssessment the date of a preliminary assessment; not before {@code awareOn}
     * @throws NullPointerException if {@code id}, {@code awareOn} or {@code started} is null
     * @throws IllegalArgumentException if the dates are out of order
     */
    public Investigation(
            PartId id,
            LocalDate awareOn,
            LocalDate started,
            Optional<LocalDate> completed,
            Optional<LocalDate> preliminaryAssessment) {
        this(id, awareOn, started, completed, preliminaryAssessment, Set.of());
    }

    /**
     * Returns an investigation still running.
     *
     * @param id the part's key
     * @param awareOn the date the municipality became aware
     * @param started the start date
     * @return the investigation
     */
    public static Investigation of(PartId id, LocalDate awareOn, LocalDate started) {
        return new Investigation(id, awareOn, started, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy finished on the given date.
     *
     * @param completed the completion date
     * @return the copy
     */
    public Investigation withCompleted(LocalDate completed) {
        return new Investigation(id, awareOn, started, Optional.of(completed), preliminaryAssessment, concerns);
    }

    /**
     * Returns a copy with a preliminary assessment on the given date.
     *
     * @param date the date of the preliminary assessment
     * @return the copy
     */
    public Investigation withPreliminaryAssessment(LocalDate date) {
        return new Investigation(id, awareOn, started, completed, Optional.of(date), concerns);
    }

    /**
     * Returns a copy with the areas of concern recorded, replacing any it had.
     *
     * @param areas the areas of the child's life the investigation found concerns in
     * @return the copy
     */
    public Investigation withConcerns(GoalArea... areas) {
        return new Investigation(
                id, awareOn, started, completed, preliminaryAssessment, Checks.areas(Arrays.asList(areas), "concerns"));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Investigation.class, name);
    }
}
