package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The closing of a case (sagsafslutning).
 *
 * @param closed the date the case was closed
 * @param reason why
 */
@JsonPropertyOrder({"closed", "reason"})
public record CaseClosing(
        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate closed,

        ClosingReason reason) {

    /**
     * Checks the closing.
     *
     * @param closed the date the case was closed
     * @param reason why
     * @throws NullPointerException if a component is null
     */
    public CaseClosing {
        Objects.requireNonNull(closed, "closed");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns a closing.
     *
     * @param closed the date
     * @param reason why
     * @return the closing
     */
    public static CaseClosing of(LocalDate closed, ClosingReason reason) {
        return new CaseClosing(closed, reason);
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(CaseClosing.class, name);
    }
}
