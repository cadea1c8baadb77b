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
 * A follow-up on an intervention (opfølgning, barnets lov § 95; serviceloven § 70).
 *
 * <p>Under barnets lov the first follow-up is due when a parallel exploration or investigation ends, or no
 * later than three months after the measure starts, whichever is earlier; later ones at the frequency the
 * municipality sets. Under serviceloven: three months, then at least every six months. A follow-up that names
 * no intervention counts for every intervention running on its date.
 *
 * @param id the part's key
 * @param date the date of the follow-up
 * @param interventionId the intervention followed up, if it is about one
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "interventionId"})
public record FollowUp(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate date,

        Optional<PartId> interventionId)
        implements CasePart {

    /**
     * Checks the follow-up.
     *
     * @param id the part's key
     * @param date the date of the follow-up
     * @param interventionId the intervention followed up, if it is about one
     * @throws NullPointerException if {@code id} or {@code date} is null
     */
    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        interventionId = Checks.optional(interventionId);
    }

    /**
     * Returns a follow-up on the whole case.
     *
     * @param id the part's key
     * @param date the date
     * @return the follow-up
     */
    public static FollowUp of(PartId id, LocalDate date) {
        return new FollowUp(id, date, Optional.empty());
    }

    /**
     * Returns a follow-up on one intervention.
     *
     * @param id the part's key
     * @param date the date
     * @param interventionId the intervention's key
     * @return the follow-up
     */
    public static FollowUp of(PartId id, LocalDate date, PartId interventionId) {
        return new FollowUp(id, date, Optional.of(interventionId));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(FollowUp.class, name);
    }
}
