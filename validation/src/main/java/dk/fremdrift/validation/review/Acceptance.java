package dk.fremdrift.validation.review;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.PartId;
import java.time.Instant;
import java.util.Objects;

/**
 * The justification (begrundelse) that accepted a query finding: which one, who recorded it and when.
 *
 * <p>The justification's free-text reason is deliberately not carried: it may name people. Find it on the case
 * by its key, {@link dk.fremdrift.model.ChildCase#findPart(PartId)}.
 *
 * @param justificationId the key of the justification on the case
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded; never after the review's {@code asOf}
 */
@JsonPropertyOrder({"justificationId", "recordedBy", "recordedAt"})
public record Acceptance(
        PartId justificationId,
        CaseworkerId recordedBy,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant recordedAt) {

    /**
     * Checks the acceptance.
     *
     * @param justificationId the key of the justification on the case
     * @param recordedBy who recorded it
     * @param recordedAt when it was recorded; never after the review's {@code asOf}
     * @throws NullPointerException if a component is null
     */
    public Acceptance {
        Objects.requireNonNull(justificationId, "justificationId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
