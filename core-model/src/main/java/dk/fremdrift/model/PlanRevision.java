package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A revision of a plan (revision af barnets plan), for example after a follow-up.
 *
 * @param date the date of the revision
 */
public record PlanRevision(
        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate date) {

    /**
     * Checks the revision.
     *
     * @param date the date of the revision
     * @throws NullPointerException if {@code date} is null
     */
    public PlanRevision {
        Objects.requireNonNull(date, "date");
    }

    /**
     * Returns a revision on the given date.
     *
     * @param date the date
     * @return the revision
     */
    public static PlanRevision of(LocalDate date) {
        return new PlanRevision(date);
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(PlanRevision.class, name);
    }
}
