package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervision visit to a placed child (tilsynsbesøg, barnets lov § 156, stk. 5; serviceloven § 148): at least
 * two a year, each a visit "hvor kommunen taler med barnet eller den unge" (barnets lov § 156, stk. 5).
 *
 * <p>A visit without a conversation with the child does not meet the duty. Where a conversation was left out, the
 * reason is recorded in {@link #conversationOmissionReason()}, so the case review can weigh it; it is free text and
 * may name people, so {@link #toString()} shows only its length. A reason is recorded only for a visit without a
 * conversation.
 *
 * <p>The static factories build a visit ({@code ofHeldConversation}, {@code ofOmittedConversation}, {@code
 * ofNoConversation}); {@link #withIntervention(PartId)} copies one.
 *
 * @param id the part's key
 * @param date the date of the visit
 * @param conversationWithChild whether the visit included a conversation with the child
 * @param conversationOmissionReason why the conversation was left out, for a visit without one; empty when none is
 *     recorded
 * @param interventionId the placement visited, if recorded
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "conversationWithChild", "conversationOmissionReason", "interventionId"})
public record SupervisionVisit(
        PartId id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
        @JsonProperty(required = true) boolean conversationWithChild,
        Optional<String> conversationOmissionReason,
        Optional<PartId> interventionId)
        implements CasePart {

    /**
     * Checks the visit.
     *
     * @param id the part's key
     * @param date the date of the visit
     * @param conversationWithChild whether the visit included a conversation with the child
     * @param conversationOmissionReason why the conversation was left out; only for a visit without one
     * @param interventionId the placement visited, if recorded
     * @throws NullPointerException if {@code id} or {@code date} is null
     * @throws IllegalArgumentException if a visit with a conversation records a reason for leaving it out
     */
    public SupervisionVisit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        conversationOmissionReason = Checks.optionalText(conversationOmissionReason);
        interventionId = Checks.optional(interventionId);
        if (conversationWithChild && conversationOmissionReason.isPresent()) {
            throw new IllegalArgumentException("conversationOmissionReason: expected none for a visit that included"
                    + " a conversation with the child, got one");
        }
    }

    /**
     * Builds a visit that included a conversation with the child.
     *
     * @param id the part's key
     * @param date the date
     * @return the visit
     */
    public static SupervisionVisit ofHeldConversation(PartId id, LocalDate date) {
        return new SupervisionVisit(id, date, true, Optional.empty(), Optional.empty());
    }

    /**
     * Builds a visit where the conversation with the child was left out, with the reason.
     *
     * @param id the part's key
     * @param date the date
     * @param reason why the conversation was left out; not blank
     * @return the visit
     */
    public static SupervisionVisit ofOmittedConversation(PartId id, LocalDate date, String reason) {
        return new SupervisionVisit(id, date, false, Optional.of(Checks.text(reason, "reason")), Optional.empty());
    }

    /**
     * Builds a visit without a conversation with the child and with no reason recorded.
     *
     * @param id the part's key
     * @param date the date
     * @return the visit
     */
    public static SupervisionVisit ofNoConversation(PartId id, LocalDate date) {
        return new SupervisionVisit(id, date, false, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy tied to the placement visited.
     *
     * @param interventionId the placement's key
     * @return the copy
     */
    public SupervisionVisit withIntervention(PartId interventionId) {
        return new SupervisionVisit(
                id, date, conversationWithChild, conversationOmissionReason, Optional.of(interventionId));
    }

    /** Returns the fields, with the omission reason's length in place of its text. */
    @Override
    public String toString() {
        return "SupervisionVisit[id=" + id + ", date=" + date + ", conversationWithChild=" + conversationWithChild
                + ", conversationOmissionReason=" + Checks.redacted(conversationOmissionReason) + ", interventionId="
                + interventionId.map(PartId::value).orElse("<none>") + "]";
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(SupervisionVisit.class, name);
    }
}
