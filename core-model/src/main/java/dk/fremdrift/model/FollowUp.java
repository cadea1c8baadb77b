package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up on an intervention (opfølgning, barnets lov § 95; serviceloven § 70).
 *
 * <p>Under barnets lov the first follow-up is due when a parallel exploration or investigation ends, or no
 * later than three months after the measure starts, whichever is earlier (§ 95, stk. 2); at the first follow-up
 * the municipality decides how the follow-up is to be arranged from then on (§ 95, stk. 3). That decision is a
 * fact of the case, recorded here as {@link #nextFollowUpBy()}: the date by which the next follow-up is to be held.
 * The statute sets no frequency, so a follow-up that records none leaves the next deadline to the municipality's
 * own default frequency, if its rule file sets one, or else unknown. Under serviceloven: three months, then at least
 * every six months (§ 70, stk. 1). A follow-up that names no intervention counts for every intervention running on
 * its date.
 *
 * <p>A file written before {@code nextFollowUpBy} existed reads with it empty: "not recorded", never a guessed
 * date.
 *
 * @param id the part's key
 * @param date the date of the follow-up
 * @param interventionId the intervention followed up, if it is about one
 * @param nextFollowUpBy the date by which the next follow-up is to be held, as decided at this one; not before
 *     {@code date}; empty when not recorded
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "interventionId", "nextFollowUpBy"})
public record FollowUp(
        PartId id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
        Optional<PartId> interventionId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Optional<LocalDate> nextFollowUpBy)
        implements CasePart {

    /**
     * Checks the follow-up.
     *
     * @param id the part's key
     * @param date the date of the follow-up
     * @param interventionId the intervention followed up, if it is about one
     * @param nextFollowUpBy the date decided for the next follow-up; not before {@code date}
     * @throws NullPointerException if {@code id} or {@code date} is null
     * @throws IllegalArgumentException if the next follow-up is due before this one
     */
    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        interventionId = Checks.optional(interventionId);
        nextFollowUpBy = Checks.optional(nextFollowUpBy);
        if (nextFollowUpBy.isPresent() && nextFollowUpBy.get().isBefore(date)) {
            throw new IllegalArgumentException(
                    "nextFollowUpBy: expected a date on or after the follow-up's date, got an earlier date");
        }
    }

    /**
     * Returns a follow-up on the whole case.
     *
     * @param id the part's key
     * @param date the date
     * @return the follow-up
     */
    public static FollowUp of(PartId id, LocalDate date) {
        return new FollowUp(id, date, Optional.empty(), Optional.empty());
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
        return new FollowUp(id, date, Optional.of(interventionId), Optional.empty());
    }

    /**
     * Returns a copy that records the date decided for the next follow-up (barnets lov § 95, stk. 3).
     *
     * @param nextFollowUpBy the date by which the next follow-up is to be held; not before this one's date
     * @return the copy
     * @throws IllegalArgumentException if the date is before this follow-up's date
     */
    public FollowUp withNextFollowUpBy(LocalDate nextFollowUpBy) {
        return new FollowUp(id, date, interventionId, Optional.of(nextFollowUpBy));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(FollowUp.class, name);
    }
}
