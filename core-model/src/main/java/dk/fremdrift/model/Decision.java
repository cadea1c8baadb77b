package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision (afgørelse) in the case: support, placement with or without consent, support after 18 and so on,
 * with the legal basis it names.
 *
 * <p>A decision granting interventions lists them in {@link #grantedInterventions()}. The date the parties
 * received the decision, {@link #notifiedOn()}, starts the four-week complaint period (retssikkerhedsloven
 * § 67). A decision made by the committee chair in an emergency carries {@link #emergency()}.
 *
 * @param id the part's key
 * @param kind what the decision is about
 * @param legalBasis the provision the decision is made under
 * @param decided the date of the decision
 * @param outcome granted or refused
 * @param grantedInterventions the interventions the decision grants, by key
 * @param notifiedOn the date the parties received the decision; not before {@code decided}
 * @param emergency the details of an emergency decision by the committee chair
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "legalBasis", "decided", "outcome", "grantedInterventions", "notifiedOn", "emergency"
})
public record Decision(
        PartId id,
        DecisionKind kind,
        LegalReference legalBasis,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate decided,

        DecisionOutcome outcome,
        List<PartId> grantedInterventions,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> notifiedOn,

        Optional<EmergencyDecision> emergency)
        implements CasePart {

    /**
     * Checks the decision.
     *
     * @param id the part's key
     * @param kind what the decision is about
     * @param legalBasis the provision the decision is made under
     * @param decided the date of the decision
     * @param outcome granted or refused
     * @param grantedInterventions the interventions the decision grants, by key
     * @param notifiedOn the date the parties received the decision; not before {@code decided}
     * @param emergency the details of an emergency decision by the committee chair
     * @throws NullPointerException if {@code id}, {@code kind}, {@code legalBasis}, {@code decided} or {@code
     *     outcome} is null
     * @throws IllegalArgumentException if the parties were notified before the decision, or a refused decision
     *     grants interventions
     */
    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(outcome, "outcome");
        grantedInterventions = Checks.list(grantedInterventions, "grantedInterventions");
        notifiedOn = Checks.optional(notifiedOn);
        emergency = Checks.optional(emergency);
        Checks.notBefore(notifiedOn, "notifiedOn", decided, "decided");
        if (outcome == DecisionOutcome.REFUSED && !grantedInterventions.isEmpty()) {
            throw new IllegalArgumentException(
                    "grantedInterventions: expected none for a refused decision, got " + grantedInterventions.size());
        }
    }

    /**
     * Returns a granting decision with no interventions listed yet.
     *
     * @param id the part's key
     * @param kind what the decision is about
     * @param legalBasis the provision it is made under
     * @param decided the date of the decision
     * @return the decision
     */
    public static Decision of(PartId id, DecisionKind kind, LegalReference legalBasis, LocalDate decided) {
        return new Decision(
                id, kind, legalBasis, decided, DecisionOutcome.GRANTED, List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with the given outcome.
     *
     * @param outcome granted or refused
     * @return the copy
     */
    public Decision withOutcome(DecisionOutcome outcome) {
        return new Decision(id, kind, legalBasis, decided, outcome, grantedInterventions, notifiedOn, emergency);
    }

    /**
     * Returns a copy that grants the given interventions.
     *
     * @param interventionIds the interventions' keys
     * @return the copy
     */
    public Decision withGrantedInterventions(PartId... interventionIds) {
        return new Decision(
                id, kind, legalBasis, decided, outcome, Arrays.asList(interventionIds), notifiedOn, emergency);
    }

    /**
     * Returns a copy with the date the parties received the decision.
     *
     * @param notifiedOn the date
     * @return the copy
     */
    public Decision withNotifiedOn(LocalDate notifiedOn) {
        return new Decision(
                id, kind, legalBasis, decided, outcome, grantedInterventions, Optional.of(notifiedOn), emergency);
    }

    /**
     * Returns a copy marked as an emergency decision by the committee chair.
     *
     * @param emergency the emergency details
     * @return the copy
     */
    public Decision withEmergency(EmergencyDecision emergency) {
        return new Decision(
                id, kind, legalBasis, decided, outcome, grantedInterventions, notifiedOn, Optional.of(emergency));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Decision.class, name);
    }
}
