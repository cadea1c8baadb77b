package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint about a decision (klage, retssikkerhedsloven §§ 66-67): the municipality reassesses the decision
 * (genvurdering) within four weeks of receiving the complaint and, if it upholds the decision, forwards the
 * complaint to Ankestyrelsen, whose outcome and its date are recorded when they come.
 *
 * @param id the part's key
 * @param received the date the municipality received the complaint
 * @param decisionId the decision complained about, if recorded
 * @param reassessed the date the municipality finished its reassessment; not before {@code received}
 * @param forwarded the date the complaint was forwarded to Ankestyrelsen; not before {@code received}
 * @param appealDecided the date of Ankestyrelsen's decision; not before {@code received} nor {@code forwarded}, and
 *     present exactly when {@code appealOutcome} is
 * @param appealOutcome Ankestyrelsen's outcome, as its decision states it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "received", "decisionId", "reassessed", "forwarded", "appealDecided", "appealOutcome"})
public record Complaint(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate received,

        Optional<PartId> decisionId,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> reassessed,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> forwarded,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> appealDecided,

        Optional<AppealOutcome> appealOutcome)
        implements CasePart {

    /**
     * Checks the complaint.
     *
     * @param id the part's key
     * @param received the date the municipality received the complaint
     * @param decisionId the decision complained about, if recorded
     * @param reassessed the date the municipality finished its reassessment; not before {@code received}
     * @param forwarded the date the complaint was forwarded to Ankestyrelsen; not before {@code received}
     * @param appealDecided the date of Ankestyrelsen's decision; not before {@code received} nor {@code forwarded}
     * @param appealOutcome Ankestyrelsen's outcome; present exactly when {@code appealDecided} is
     * @throws NullPointerException if {@code id} or {@code received} is null
     * @throws IllegalArgumentException if it was reassessed, forwarded or decided before it was received, decided
     *     before it was forwarded, or has an outcome without its date or a date without its outcome
     */
    public Complaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(received, "received");
        decisionId = Checks.optional(decisionId);
        reassessed = Checks.optional(reassessed);
        forwarded = Checks.optional(forwarded);
        Checks.notBefore(reassessed, "reassessed", received, "received");
        Checks.notBefore(forwarded, "forwarded", received, "received");
        appealDecided = Checks.optional(appealDecided);
        appealOutcome = Checks.optional(appealOutcome);
        if (appealDecided.isPresent() != appealOutcome.isPresent()) {
            throw new IllegalArgumentException(
                    appealOutcome.isPresent()
                            ? "appealDecided: expected the date of Ankestyrelsen's decision with its outcome, got none"
                            : "appealOutcome: expected Ankestyrelsen's outcome with the date of its decision, got none");
        }
        Checks.notBefore(appealDecided, "appealDecided", received, "received");
        if (forwarded.isPresent()) {
            Checks.notBefore(appealDecided, "appealDecided", forwarded.get(), "forwarded");
        }
    }

    /**
     * Makes a complaint without Ankestyrelsen's decision: the constructor of the format before the appeal's outcome
     * was recorded.
     *
     * @param id the part's key
     * @param received the date the municipality received the complaint
     * @param decisionId the decision complained about, if recorded
     * @param reassessed the date the municipality finished its reassessment; not before {@code received}
     * @param forwarded the date the complaint was forwarded to Ankestyrelsen; not before {@code received}
     * @throws NullPointerException if {@code id} or {@code received} is null
     * @throws IllegalArgumentException if it was reassessed or forwarded before it was received
     */
    public Complaint(
            PartId id,
            LocalDate received,
            Optional<PartId> decisionId,
            Optional<LocalDate> reassessed,
            Optional<LocalDate> forwarded) {
        this(id, received, decisionId, reassessed, forwarded, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a complaint about a decision, not yet reassessed.
     *
     * @param id the part's key
     * @param received the date of receipt
     * @param decisionId the decision complained about
     * @return the complaint
     */
    public static Complaint of(PartId id, LocalDate received, PartId decisionId) {
        return new Complaint(id, received, Optional.of(decisionId), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy reassessed on the given date.
     *
     * @param reassessed the date
     * @return the copy
     */
    public Complaint withReassessed(LocalDate reassessed) {
        return new Complaint(
                id, received, decisionId, Optional.of(reassessed), forwarded, appealDecided, appealOutcome);
    }

    /**
     * Returns a copy forwarded to Ankestyrelsen on the given date.
     *
     * @param forwarded the date
     * @return the copy
     */
    public Complaint withForwarded(LocalDate forwarded) {
        return new Complaint(
                id, received, decisionId, reassessed, Optional.of(forwarded), appealDecided, appealOutcome);
    }

    /**
     * Returns a copy with Ankestyrelsen's decision on the complaint.
     *
     * @param decided the date of Ankestyrelsen's decision
     * @param outcome its outcome
     * @return the copy
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the date is before the complaint was received or forwarded
     */
    public Complaint withAppealDecided(LocalDate decided, AppealOutcome outcome) {
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(outcome, "outcome");
        return new Complaint(
                id, received, decisionId, reassessed, forwarded, Optional.of(decided), Optional.of(outcome));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Complaint.class, name);
    }
}
