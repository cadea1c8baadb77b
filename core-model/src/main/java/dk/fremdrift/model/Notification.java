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
 * A notification of concern about the child (underretning, barnets lov §§ 132-138; serviceloven §§ 152-155 b).
 *
 * <p>Every notification is assessed within 24 hours of its receipt ({@link #assessment()}). A professional
 * notifier is sent a receipt ({@link #receiptSent()}) and is later told whether an investigation or support
 * followed ({@link #notifierInformed()}).
 *
 * @param id the part's key
 * @param received the moment the municipality received the notification; the 24 hours run from here
 * @param notifierKind who notified
 * @param assessment the 24-hour assessment, once made; not before {@code received}
 * @param receiptSent the moment a receipt was sent to the notifier; not before {@code received}
 * @param notifierInformed the date a professional notifier was told whether an investigation or support followed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "received", "notifierKind", "assessment", "receiptSent", "notifierInformed"})
public record Notification(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Instant received,

        NotifierKind notifierKind,
        Optional<Assessment> assessment,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<Instant> receiptSent,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> notifierInformed)
        implements CasePart {

    /**
     * Checks the notification.
     *
     * @param id the part's key
     * @param received the moment the municipality received the notification; the 24 hours run from here
     * @param notifierKind who notified
     * @param assessment the 24-hour assessment, once made; not before {@code received}
     * @param receiptSent the moment a receipt was sent to the notifier; not before {@code received}
     * @param notifierInformed the date a professional notifier was told whether an investigation or support followed
     * @throws NullPointerException if {@code id}, {@code received} or {@code notifierKind} is null
     * @throws IllegalArgumentException if the assessment or the receipt is before the notification's receipt
     */
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(notifierKind, "notifierKind");
        assessment = Checks.optional(assessment);
        receiptSent = Checks.optional(receiptSent);
        notifierInformed = Checks.optional(notifierInformed);
        assessment.ifPresent(a -> Checks.notBefore(a.assessed(), "assessment.assessed", received, "received"));
        receiptSent.ifPresent(r -> Checks.notBefore(r, "receiptSent", received, "received"));
    }

    /**
     * Returns a notification that is not yet assessed.
     *
     * @param id the part's key
     * @param received the moment of receipt
     * @param notifierKind who notified
     * @return the notification
     */
    public static Notification of(PartId id, Instant received, NotifierKind notifierKind) {
        return new Notification(id, received, notifierKind, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with the 24-hour assessment.
     *
     * @param assessment the assessment
     * @return the copy
     */
    public Notification withAssessment(Assessment assessment) {
        return new Notification(id, received, notifierKind, Optional.of(assessment), receiptSent, notifierInformed);
    }

    /**
     * Returns a copy with the moment the receipt was sent.
     *
     * @param receiptSent the moment
     * @return the copy
     */
    public Notification withReceiptSent(Instant receiptSent) {
        return new Notification(id, received, notifierKind, assessment, Optional.of(receiptSent), notifierInformed);
    }

    /**
     * Returns a copy with the date the notifier was told what followed.
     *
     * @param notifierInformed the date
     * @return the copy
     */
    public Notification withNotifierInformed(LocalDate notifierInformed) {
        return new Notification(id, received, notifierKind, assessment, receiptSent, Optional.of(notifierInformed));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Notification.class, name);
    }
}
