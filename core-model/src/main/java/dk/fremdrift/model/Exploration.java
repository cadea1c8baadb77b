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
 * An exploration of the child's situation (afdækning, barnets lov § 19), a lighter alternative to a full
 * investigation. When it runs beside a measure, its end can bring the first follow-up forward (§ 95).
 *
 * @param id the part's key
 * @param started the date it started
 * @param completed the date it was completed; not before {@code started}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "started", "completed"})
public record Exploration(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate started,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> completed)
        implements CasePart {

    /**
     * Checks the exploration.
     *
     * @param id the part's key
     * @param started the date it started
     * @param completed the date it was completed; not before {@code started}
     * @throws NullPointerException if {@code id} or {@code started} is null
     * @throws IllegalArgumentException if it was completed before it started
     */
    public Exploration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(started, "started");
        completed = Checks.optional(completed);
        Checks.notBefore(completed, "completed", started, "started");
    }

    /**
     * Returns an exploration still running.
     *
     * @param id the part's key
     * @param started the start date
     * @return the exploration
     */
    public static Exploration of(PartId id, LocalDate started) {
        return new Exploration(id, started, Optional.empty());
    }

    /**
     * Returns a copy completed on the given date.
     *
     * @param completed the completion date
     * @return the copy
     */
    public Exploration withCompleted(LocalDate completed) {
        return new Exploration(id, started, Optional.of(completed));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Exploration.class, name);
    }
}
