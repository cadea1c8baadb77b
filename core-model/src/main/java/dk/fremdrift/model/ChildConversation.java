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
 * A conversation with the child (børnesamtale, barnets lov § 5, stk. 3-4; serviceloven § 48), held before a
 * decision so the child's view is part of it, or omitted in a very special case with the reason recorded.
 *
 * <p>An omitted conversation must carry its reason; a held one carries none. The reason is free text and may
 * name people, so {@link #toString()} shows only its length.
 *
 * @param id the part's key
 * @param date the date the conversation was held, or the omission was recorded
 * @param outcome held or omitted
 * @param omissionReason why it was omitted; present exactly when {@code outcome} is {@link
 *     ConversationOutcome#OMITTED}
 * @param decisionId the decision the conversation was held before, if recorded
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "outcome", "omissionReason", "decisionId"})
public record ChildConversation(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate date,

        ConversationOutcome outcome,
        Optional<String> omissionReason,
        Optional<PartId> decisionId)
        implements CasePart {

    /**
     * Checks the conversation.
     *
     * @param id the part's key
     * @param date the date the conversation was held, or the omission was recorded
     * @param outcome held or omitted
     * @param omissionReason why it was omitted; present exactly when {@code outcome} is {@link ConversationOutcome#OMITTED}
     * @param decisionId the decision the conversation was held before, if recorded
     * @throws NullPointerException if {@code id}, {@code date} or {@code outcome} is null
     * @throws IllegalArgumentException if an omitted conversation has no reason or a held one has one
     */
    public ChildConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        omissionReason = Checks.optionalText(omissionReason);
        decisionId = Checks.optional(decisionId);
        if (outcome == ConversationOutcome.OMITTED && omissionReason.isEmpty()) {
            throw new IllegalArgumentException(
                    "omissionReason: expected the reason for omitting the conversation, got none");
        }
        if (outcome == ConversationOutcome.HELD && omissionReason.isPresent()) {
            throw new IllegalArgumentException(
                    "omissionReason: expected none for a conversation that was held, got one");
        }
    }

    /**
     * Returns a conversation that was held.
     *
     * @param id the part's key
     * @param date the date it was held
     * @return the conversation
     */
    public static ChildConversation held(PartId id, LocalDate date) {
        return new ChildConversation(id, date, ConversationOutcome.HELD, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a conversation that was omitted, with the reason.
     *
     * @param id the part's key
     * @param date the date the omission was recorded
     * @param reason why it was omitted; not blank
     * @return the conversation
     */
    public static ChildConversation omitted(PartId id, LocalDate date, String reason) {
        return new ChildConversation(
                id, date, ConversationOutcome.OMITTED, Optional.of(Checks.text(reason, "reason")), Optional.empty());
    }

    /**
     * Returns a copy tied to the decision it was held before.
     *
     * @param decisionId the decision's key
     * @return the copy
     */
    public ChildConversation withDecision(PartId decisionId) {
        return new ChildConversation(id, date, outcome, omissionReason, Optional.of(decisionId));
    }

    /** Returns the fields, with the reason's length in place of its text. */
    @Override
    public String toString() {
        return "ChildConversation[id=" + id + ", date=" + date + ", outcome=" + outcome + ", omissionReason="
                + Checks.redacted(omissionReason) + ", decisionId="
                + decisionId.map(PartId::value).orElse("<none>")
                + "]";
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(ChildConversation.class, name);
    }
}
