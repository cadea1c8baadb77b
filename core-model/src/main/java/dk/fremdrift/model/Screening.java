package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A screening of the child's situation (screening, barnets lov § 18): does it call for no action, an exploration
 * (afdækning, § 19) or a child-welfare investigation (§ 20). There is no statutory deadline for it.
 *
 * @param id the part's key
 * @param date the date of the screening
 * @param outcome what the screening decided
 * @param notificationIds the notifications the screening was about
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "outcome", "notificationIds"})
public record Screening(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate date,

        ScreeningOutcome outcome,
        List<PartId> notificationIds)
        implements CasePart {

    /**
     * Checks the screening.
     *
     * @param id the part's key
     * @param date the date of the screening
     * @param outcome what the screening decided
     * @param notificationIds the notifications the screening was about
     * @throws NullPointerException if {@code id}, {@code date} or {@code outcome} is null, or a notification id
     *     is null
     */
    public Screening {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        notificationIds = Checks.list(notificationIds, "notificationIds");
    }

    /**
     * Returns a screening about the given notifications.
     *
     * @param id the part's key
     * @param date the date
     * @param outcome the outcome
     * @param notificationIds the notifications screened
     * @return the screening
     */
    public static Screening of(PartId id, LocalDate date, ScreeningOutcome outcome, PartId... notificationIds) {
        return new Screening(id, date, outcome, List.of(notificationIds));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Screening.class, name);
    }
}
