package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervision visit to a placed child (tilsynsbesøg, barnets lov § 156, stk. 5; serviceloven § 148): at least
 * two a year, each with a conversation with the child.
 *
 * @param id the part's key
 * @param date the date of the visit
 * @param conversationWithChild whether the visit included a conversation with the child
 * @param interventionId the placement visited, if recorded
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "conversationWithChild", "interventionId"})
public record SupervisionVisit(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate date,

        @JsonProperty(required = true) boolean conversationWithChild,
        Optional<PartId> interventionId)
        implements CasePart {

    /**
     * Checks the visit.
     *
     * @param id the part's key
     * @param date the date of the visit
     * @param conversationWithChild whether the visit included a conversation with the child
     * @param interventionId the placement visited, if recorded
     * @throws NullPointerException if {@code id} or {@code date} is null
     */
    public SupervisionVisit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        interventionId = Checks.optional(interventionId);
    }

    /**
     * Returns a visit that included a conversation with the child.
     *
     * @param id the part's key
     * @param date the date
     * @return the visit
     */
    public static SupervisionVisit withChildConversation(PartId id, LocalDate date) {
        return new SupervisionVisit(id, date, true, Optional.empty());
    }

    /**
     * Returns a visit without a conversation with the child.
     *
     * @param id the part's key
     * @param date the date
     * @return the visit
     */
    public static SupervisionVisit withoutChildConversation(PartId id, LocalDate date) {
        return new SupervisionVisit(id, date, false, Optional.empty());
    }

    /**
     * Returns a copy tied to the placement visited.
     *
     * @param interventionId the placement's key
     * @return the copy
     */
    public SupervisionVisit withIntervention(PartId interventionId) {
        return new SupervisionVisit(id, date, conversationWithChild, Optional.of(interventionId));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(SupervisionVisit.class, name);
    }
}
