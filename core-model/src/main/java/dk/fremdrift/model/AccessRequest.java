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
 * A request for access to the case's documents (aktindsigt, offentlighedsloven § 36; forvaltningsloven § 16,
 * stk. 2), answered within 7 working days; a holiday closure does not suspend the deadline.
 *
 * @param id the part's key
 * @param received the date the request was received
 * @param answered the date it was answered; not before {@code received}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "received", "answered"})
public record AccessRequest(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate received,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> answered)
        implements CasePart {

    /**
     * Checks the request.
     *
     * @param id the part's key
     * @param received the date the request was received
     * @param answered the date it was answered; not before {@code received}
     * @throws NullPointerException if {@code id} or {@code received} is null
     * @throws IllegalArgumentException if it was answered before it was received
     */
    public AccessRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(received, "received");
        answered = Checks.optional(answered);
        Checks.notBefore(answered, "answered", received, "received");
    }

    /**
     * Returns a request not yet answered.
     *
     * @param id the part's key
     * @param received the date of receipt
     * @return the request
     */
    public static AccessRequest of(PartId id, LocalDate received) {
        return new AccessRequest(id, received, Optional.empty());
    }

    /**
     * Returns a copy answered on the given date.
     *
     * @param answered the date
     * @return the copy
     */
    public AccessRequest withAnswered(LocalDate answered) {
        return new AccessRequest(id, received, Optional.of(answered));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(AccessRequest.class, name);
    }
}
