package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A justification recorded on the case for a query of the case review: who, when, why, for which review rule
 * and which part. It turns the query into an accepted finding, which is still reported for audit.
 *
 * <p>The reason is free text and may name people, so {@link #toString()} shows only its length.
 *
 * @param id the part's key
 * @param ruleCode the code of the review rule the justification answers, such as {@code BL-MGMT-REVIEW}
 * @param partId the part the finding is about; absent if it is about the case as a whole
 * @param recordedBy who recorded the justification
 * @param recordedAt when it was recorded
 * @param reason why the query is justified; not blank
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "ruleCode", "partId", "recordedBy", "recordedAt", "reason"})
public record Justification(
        PartId id,
        String ruleCode,
        Optional<PartId> partId,
        CaseworkerId recordedBy,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Instant recordedAt,

        String reason)
        implements CasePart {

    private static final Pattern RULE_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    /**
     * Checks the justification.
     *
     * @param id the part's key
     * @param ruleCode the code of the review rule the justification answers, such as {@code BL-MGMT-REVIEW}
     * @param partId the part the finding is about; absent if it is about the case as a whole
     * @param recordedBy who recorded the justification
     * @param recordedAt when it was recorded
     * @param reason why the query is justified; not blank
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if the rule code is not upper-case words joined by hyphens, or the reason
     *     is blank
     */
    public Justification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleCode, "ruleCode");
        partId = Checks.optional(partId);
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Checks.text(reason, "reason");
        if (!RULE_CODE.matcher(ruleCode).matches()) {
            throw new IllegalArgumentException(
                    "ruleCode: expected upper-case words joined by hyphens such as 'BL-MGMT-REVIEW', got "
                            + Checks.describe(ruleCode));
        }
    }

    /**
     * Returns a justification about the case as a whole.
     *
     * @param id the part's key
     * @param ruleCode the review rule's code
     * @param recordedBy who recorded it
     * @param recordedAt when
     * @param reason why; not blank
     * @return the justification
     */
    public static Justification of(
            PartId id, String ruleCode, CaseworkerId recordedBy, Instant recordedAt, String reason) {
        return new Justification(id, ruleCode, Optional.empty(), recordedBy, recordedAt, reason);
    }

    /**
     * Returns a copy about one part of the case.
     *
     * @param partId the part's key
     * @return the copy
     */
    public Justification withPart(PartId partId) {
        return new Justification(id, ruleCode, Optional.of(partId), recordedBy, recordedAt, reason);
    }

    /** Returns the fields, with the reason's length in place of its text. */
    @Override
    public String toString() {
        return "Justification[id=" + id + ", ruleCode=" + ruleCode + ", partId="
                + partId.map(PartId::value).orElse("<case>") + ", recordedBy=" + recordedBy + ", recordedAt="
                + recordedAt + ", reason=" + Checks.redacted(reason) + "]";
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Justification.class, name);
    }
}
