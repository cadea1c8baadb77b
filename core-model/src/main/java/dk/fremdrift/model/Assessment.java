package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The assessment of a notification within 24 hours (vurdering, barnets lov § 136; serviceloven § 155, stk. 2),
 * or the re-assessment of a new notification on a case with support (barnets lov § 137; serviceloven § 155 a).
 *
 * @param assessed the moment of the assessment
 * @param outcome what the assessment found
 * @param assessedBy the caseworker who assessed, if recorded; needed to check that a re-assessment under
 *     barnets lov § 137 was made by someone not involved before
 * @param concerns the areas of the child's life the assessment found concerns in, the six areas of the goals
 *     ({@link GoalArea}), so that the management information can compare them with the goals of the plan; empty
 *     when none were recorded
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"assessed", "outcome", "assessedBy", "concerns"})
public record Assessment(
        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Instant assessed,

        AssessmentOutcome outcome,
        Optional<CaseworkerId> assessedBy,
        Set<GoalArea> concerns) {

    /**
     * Checks the assessment.
     *
     * @param assessed the moment of the assessment
     * @param outcome what the assessment found
     * @param assessedBy the caseworker who assessed, if recorded; needed to check that a re-assessment under barnets lov § 137 was made by someone not involved before
     * @param concerns the areas of the child's life the assessment found concerns in; empty when none were recorded
     * @throws NullPointerException if {@code assessed} or {@code outcome} is null, or an area is null
     */
    public Assessment {
        Objects.requireNonNull(assessed, "assessed");
        Objects.requireNonNull(outcome, "outcome");
        assessedBy = Checks.optional(assessedBy);
        concerns = Checks.areas(concerns, "concerns");
    }

    /**
     * Makes an assessment without areas of concern: the constructor of the format before they were recorded.
     *
     * @param assessed the moment of the assessment
     * @param outcome what the assessment found
     * @param assessedBy the caseworker who assessed, if recorded
     * @throws NullPointerException if {@code assessed} or {@code outcome} is null
     */
    public Assessment(Instant assessed, AssessmentOutcome outcome, Optional<CaseworkerId> assessedBy) {
        this(assessed, outcome, assessedBy, Set.of());
    }

    /**
     * Returns an assessment with no assessor recorded.
     *
     * @param assessed the moment of the assessment
     * @param outcome what it found
     * @return the assessment
     */
    public static Assessment of(Instant assessed, AssessmentOutcome outcome) {
        return new Assessment(assessed, outcome, Optional.empty());
    }

    /**
     * Returns a copy with the assessor recorded.
     *
     * @param caseworker the caseworker who assessed
     * @return the copy
     */
    public Assessment withAssessedBy(CaseworkerId caseworker) {
        return new Assessment(assessed, outcome, Optional.of(caseworker), concerns);
    }

    /**
     * Returns a copy with the areas of concern recorded, replacing any it had.
     *
     * @param areas the areas of the child's life the assessment found concerns in
     * @return the copy
     */
    public Assessment withConcerns(GoalArea... areas) {
        return new Assessment(assessed, outcome, assessedBy, Checks.areas(Arrays.asList(areas), "concerns"));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Assessment.class, name);
    }
}
