package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The emergency details of a decision made by the chair of the children and youth committee
 * (formandsafgørelse, barnets lov § 143; serviceloven § 75).
 *
 * <p>The parties get written notice within 24 hours; the full committee must approve the decision within 7
 * calendar days, counting the day of implementation, Sundays and holidays, with no extension; the decision is
 * valid for at most one month.
 *
 * @param implemented the moment the decision was implemented
 * @param partiesNotified the moment the parties were given written notice; not before {@code implemented}
 * @param approvedOn the date the full committee approved the decision
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"implemented", "partiesNotified", "approvedOn"})
public record EmergencyDecision(
        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Instant implemented,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<Instant> partiesNotified,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> approvedOn) {

    /**
     * Checks the details.
     *
     * @param implemented the moment the decision was implemented
     * @param partiesNotified the moment the parties were given written notice; not before {@code implemented}
     * @param approvedOn the date the full committee approved the decision
     * @throws NullPointerException if {@code implemented} is null
     * @throws IllegalArgumentException if the parties were notified before the implementation
     */
    public EmergencyDecision {
        Objects.requireNonNull(implemented, "implemented");
        partiesNotified = Checks.optional(partiesNotified);
        approvedOn = Checks.optional(approvedOn);
        partiesNotified.ifPresent(p -> Checks.notBefore(p, "partiesNotified", implemented, "implemented"));
    }

    /**
     * Returns an emergency decision implemented at the given moment, not yet notified or approved.
     *
     * @param implemented the moment of implementation
     * @return the details
     */
    public static EmergencyDecision of(Instant implemented) {
        return new EmergencyDecision(implemented, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with the moment the parties were notified.
     *
     * @param partiesNotified the moment
     * @return the copy
     */
    public EmergencyDecision withPartiesNotified(Instant partiesNotified) {
        return new EmergencyDecision(implemented, Optional.of(partiesNotified), approvedOn);
    }

    /**
     * Returns a copy approved by the committee on the given date.
     *
     * @param approvedOn the date of approval
     * @return the copy
     */
    public EmergencyDecision withApprovedOn(LocalDate approvedOn) {
        return new EmergencyDecision(implemented, partiesNotified, Optional.of(approvedOn));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(EmergencyDecision.class, name);
    }
}
