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
 * A leader's review of the case (ledelsestilsyn): a manager checks the investigation, plan, documentation, child
 * conversation and follow-up deadlines of one case.
 *
 * @param id the part's key
 * @param date the date of the review
 * @param reviewer the manager who reviewed, if recorded
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "reviewer"})
public record ManagementReview(
        PartId id,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate date,

        Optional<CaseworkerId> reviewer)
        implements CasePart {

    /**
     * Checks the review.
     *
     * @param id the part's key
     * @param date the date of the review
     * @param reviewer the manager who reviewed, if recorded
     * @throws NullPointerException if {@code id} or {@code date} is null
     */
    public ManagementReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        reviewer = Checks.optional(reviewer);
    }

    /**
     * Returns a review with no reviewer recorded.
     *
     * @param id the part's key
     * @param date the date
     * @return the review
     */
    public static ManagementReview of(PartId id, LocalDate date) {
        return new ManagementReview(id, date, Optional.empty());
    }

    /**
     * Returns a copy with the reviewer recorded.
     *
     * @param reviewer the manager
     * @return the copy
     */
    public ManagementReview withReviewer(CaseworkerId reviewer) {
        return new ManagementReview(id, date, Optional.of(reviewer));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(ManagementReview.class, name);
    }
}
