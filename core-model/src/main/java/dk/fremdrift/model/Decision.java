package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * <p>The legal facts that deadlines depend on are recorded, never inferred from the order of the parts:
 *
 * <ul>
 *   <li>a decision on placement without consent records its {@link #placementKind()}: a placement (barnets lov
 *       § 47; serviceloven § 58), with or without a placement in the year before, or a maintenance (barnets lov
 *       § 50; serviceloven § 62). The period of the next re-treatment follows from it. An emergency decision by the
 *       chair carries no placement kind: the committee's ordinary decision that follows it does. A decision without
 *       the kind (as in files written before the field existed) is read as "not recorded", and the deadline engine
 *       says it cannot tell the re-treatment deadline rather than guess it;
 *   <li>a decision on an investigation without consent names the investigation it concerns, {@link
 *       #investigationId()}; without it the engine cannot tell when that investigation was completed.
 * </ul>
 *
 * <p>An emergency decision's deadlines count from its implementation ({@link EmergencyDecision#implemented()}): the
 * 24-hour notice from the moment, the committee's approval within 7 days and the month of validity from its date
 * in Danish time. The implementation and the approval cannot come before the decision itself: a case where they do
 * is rejected.
 *
 * @param id the part's key
 * @param kind what the decision is about
 * @param placementKind for a decision on placement without consent that is not an emergency decision: a placement
 *     or a maintenance; empty when not recorded
 * @param legalBasis the provision the decision is made under
 * @param decided the date of the decision
 * @param outcome granted or refused
 * @param grantedInterventions the interventions the decision grants, by key
 * @param investigationId for a decision on an investigation without consent: the investigation it concerns
 * @param notifiedOn the date the parties received the decision; not before {@code decided}
 * @param emergency the details of an emergency decision by the committee chair
 * @param basedOn the child-welfare investigation the decision is made on the basis of (the investigation ends in a
 *     reasoned position on support under barnets lov §§ 32, 46 or 47, § 22, stk. 6; serviceloven § 50); empty when
 *     not recorded or when there was none. Not for a decision on an investigation without consent, which names the
 *     investigation it concerns in {@code investigationId}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "id",
    "kind",
    "placementKind",
    "legalBasis",
    "decided",
    "outcome",
    "grantedInterventions",
    "investigationId",
    "notifiedOn",
    "emergency",
    "basedOn"
})
public record Decision(
        PartId id,
        DecisionKind kind,
        Optional<PlacementDecisionKind> placementKind,
        LegalReference legalBasis,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate decided,

        DecisionOutcome outcome,
        List<PartId> grantedInterventions,
        Optional<PartId> investigationId,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> notifiedOn,

        Optional<EmergencyDecision> emergency,
        Optional<PartId> basedOn)
        implements CasePart {

    /** Danish time: the zone in which an emergency decision's moment of implementation has its date. */
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    /**
     * Checks the decision.
     *
     * @param id the part's key
     * @param kind what the decision is about
     * @param placementKind a placement or a maintenance, for a decision on placement without consent
     * @param legalBasis the provision the decision is made under
     * @param decided the date of the decision
     * @param outcome granted or refused
     * @param grantedInterventions the interventions the decision grants, by key
     * @param investigationId the investigation a decision on an investigation without consent concerns
     * @param notifiedOn the date the parties received the decision; not before {@code decided}
     * @param emergency the details of an emergency decision by the committee chair
     * @param basedOn the child-welfare investigation the decision is made on the basis of, if recorded
     * @throws NullPointerException if {@code id}, {@code kind}, {@code legalBasis}, {@code decided} or {@code
     *     outcome} is null
     * @throws IllegalArgumentException if the parties were notified before the decision, a refused decision grants
     *     interventions, a placement kind is given for another kind of decision or for an emergency decision or
     *     names the other paragraph than the legal basis, an investigation is named by another kind of decision, or
     *     an emergency decision was implemented or approved before its date
     */
    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(outcome, "outcome");
        placementKind = Checks.optional(placementKind);
        grantedInterventions = Checks.list(grantedInterventions, "grantedInterventions");
        investigationId = Checks.optional(investigationId);
        notifiedOn = Checks.optional(notifiedOn);
        emergency = Checks.optional(emergency);
        basedOn = Checks.optional(basedOn);
        if (basedOn.isPresent() && kind == DecisionKind.INVESTIGATION_WITHOUT_CONSENT) {
            throw new IllegalArgumentException("basedOn: expected none for a decision of kind"
                    + " INVESTIGATION_WITHOUT_CONSENT (it names the investigation it concerns in investigationId),"
                    + " got one");
        }
        Checks.notBefore(notifiedOn, "notifiedOn", decided, "decided");
        if (outcome == DecisionOutcome.REFUSED && !grantedInterventions.isEmpty()) {
            throw new IllegalArgumentException(
                    "grantedInterventions: expected none for a refused decision, got " + grantedInterventions.size());
        }
        if (placementKind.isPresent()) {
            if (kind != DecisionKind.PLACEMENT_WITHOUT_CONSENT) {
                throw new IllegalArgumentException("placementKind: expected none for a decision of kind other than"
                        + " PLACEMENT_WITHOUT_CONSENT, got one");
            }
            if (emergency.isPresent()) {
                throw new IllegalArgumentException("placementKind: expected none for an emergency decision by the"
                        + " committee chair (barnets lov § 143; serviceloven § 75), got one; the committee's ordinary"
                        + " decision that follows it records the kind");
            }
            if (placementKind.get().contradicts(legalBasis)) {
                throw new IllegalArgumentException("placementKind: expected a kind that fits legalBasis (a placement"
                        + " under barnets lov § 47 or serviceloven § 58, a maintenance under § 50 or § 62), got one"
                        + " that names the other paragraph");
            }
        }
        if (investigationId.isPresent() && kind != DecisionKind.INVESTIGATION_WITHOUT_CONSENT) {
            throw new IllegalArgumentException("investigationId: expected none for a decision of kind other than"
                    + " INVESTIGATION_WITHOUT_CONSENT, got one");
        }
        if (emergency.isPresent()) {
            EmergencyDecision e = emergency.get();
            if (LocalDate.ofInstant(e.implemented(), DANISH_TIME).isBefore(decided)) {
                throw new IllegalArgumentException("emergency.implemented: expected a moment on or after the"
                        + " decision's date (decided, Danish time), got an earlier moment");
            }
            if (e.approvedOn().isPresent()
                    && e.approvedOn().get().isBefore(LocalDate.ofInstant(e.implemented(), DANISH_TIME))) {
                throw new IllegalArgumentException("emergency.approvedOn: expected a date on or after the"
                        + " implementation (emergency.implemented, Danish time), got an earlier date");
            }
        }
    }

    /**
     * Makes a decision without the investigation it is based on: the constructor of the format before that was
     * recorded.
     *
     * @param id the part's key
     * @param kind what the decision is about
     * @param placementKind a placement or a maintenance, for a decision on placement without consent
     * @param legalBasis the provision the decision is made under
     * @param decided the date of the decision
     * @param outcome granted or refused
     * @param grantedInterventions the interventions the decision grants, by key
     * @param investigationId the investigation a decision on an investigation without consent concerns
     * @param notifiedOn the date the parties received the decision; not before {@code decided}
     * @param emergency the details of an emergency decision by the committee chair
     * @throws NullPointerException if {@code id}, {@code kind}, {@code legalBasis}, {@code decided} or {@code
     *     outcome} is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Decision(
            PartId id,
            DecisionKind kind,
            Optional<PlacementDecisionKind> placementKind,
            LegalReference legalBasis,
            LocalDate decided,
            DecisionOutcome outcome,
            List<PartId> grantedInterventions,
            Optional<PartId> investigationId,
            Optional<LocalDate> notifiedOn,
            Optional<EmergencyDecision> emergency) {
        this(
                id,
                kind,
                placementKind,
                legalBasis,
                decided,
                outcome,
                grantedInterventions,
                investigationId,
                notifiedOn,
                emergency,
                Optional.empty());
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
                id,
                kind,
                Optional.empty(),
                legalBasis,
                decided,
                DecisionOutcome.GRANTED,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a granting decision on placement without consent of the given kind, the legal basis barnets lov § 47
     * or § 50 by the kind. For a decision under serviceloven, use {@link #of} with the basis and {@link
     * #withPlacementKind}.
     *
     * @param id the part's key
     * @param placementKind a placement or a maintenance
     * @param decided the date of the decision
     * @return the decision
     */
    public static Decision ofPlacementWithoutConsent(
            PartId id, PlacementDecisionKind placementKind, LocalDate decided) {
        Objects.requireNonNull(placementKind, "placementKind");
        LegalReference basis = LegalReference.of(Law.BARNETS_LOV, placementKind.isPlacement() ? "47" : "50");
        return of(id, DecisionKind.PLACEMENT_WITHOUT_CONSENT, basis, decided).withPlacementKind(placementKind);
    }

    /**
     * Returns a copy with the given placement kind.
     *
     * @param placementKind a placement or a maintenance
     * @return the copy
     * @throws IllegalArgumentException if this is not a decision on placement without consent, is an emergency
     *     decision, or its legal basis names the other paragraph
     */
    public Decision withPlacementKind(PlacementDecisionKind placementKind) {
        return new Decision(
                id,
                kind,
                Optional.of(placementKind),
                legalBasis,
                decided,
                outcome,
                grantedInterventions,
                investigationId,
                notifiedOn,
                emergency,
                basedOn);
    }

    /**
     * Returns a copy that names the investigation a decision on an investigation without consent concerns.
     *
     * @param investigationId the investigation's key
     * @return the copy
     * @throws IllegalArgumentException if this is not a decision on an investigation without consent
     */
    public Decision withInvestigation(PartId investigationId) {
        return new Decision(
                id,
                kind,
                placementKind,
                legalBasis,
                decided,
                outcome,
                grantedInterventions,
                Optional.of(investigationId),
                notifiedOn,
                emergency,
                basedOn);
    }

    /**
     * Returns a copy with the given outcome.
     *
     * @param outcome granted or refused
     * @return the copy
     */
    public Decision withOutcome(DecisionOutcome outcome) {
        return new Decision(
                id,
                kind,
                placementKind,
                legalBasis,
                decided,
                outcome,
                grantedInterventions,
                investigationId,
                notifiedOn,
                emergency,
                basedOn);
    }

    /**
     * Returns a copy that grants the given interventions.
     *
     * @param interventionIds the interventions' keys
     * @return the copy
     */
    public Decision withGrantedInterventions(PartId... interventionIds) {
        return new Decision(
                id,
                kind,
                placementKind,
                legalBasis,
                decided,
                outcome,
                Arrays.asList(interventionIds),
                investigationId,
                notifiedOn,
                emergency,
                basedOn);
    }

    /**
     * Returns a copy with the date the parties received the decision.
     *
     * @param notifiedOn the date
     * @return the copy
     */
    public Decision withNotifiedOn(LocalDate notifiedOn) {
        return new Decision(
                id,
                kind,
                placementKind,
                legalBasis,
                decided,
                outcome,
                grantedInterventions,
                investigationId,
                Optional.of(notifiedOn),
                emergency,
                basedOn);
    }

    /**
     * Returns a copy marked as an emergency decision by the committee chair.
     *
     * @param emergency the emergency details
     * @return the copy
     * @throws IllegalArgumentException if the decision records a placement kind, or the emergency was implemented or
     *     approved before the decision's date
     */
    public Decision withEmergency(EmergencyDecision emergency) {
        return new Decision(
                id,
                kind,
                placementKind,
                legalBasis,
                decided,
                outcome,
                grantedInterventions,
                investigationId,
                notifiedOn,
                Optional.of(emergency),
                basedOn);
    }

    /**
     * Returns a copy made on the basis of the given child-welfare investigation.
     *
     * @param investigationId the key of the investigation
     * @return the copy
     * @throws IllegalArgumentException if this is a decision on an investigation without consent
     */
    public Decision withBasedOn(PartId investigationId) {
        return new Decision(
                id,
                kind,
                placementKind,
                legalBasis,
                decided,
                outcome,
                grantedInterventions,
                this.investigationId,
                notifiedOn,
                emergency,
                Optional.of(investigationId));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Decision.class, name);
    }
}
