package dk.fremdrift.validation.review;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.deadlines.DeadlineStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadline evaluation a timeliness finding reports: the deadline engine's rule, the occurrence, the dates and
 * the status, so the finding can be traced to the evaluation it came from. A finding about a deadline the engine
 * cannot tell, because a legal fact is not recorded, refers to its evaluation with status {@link
 * DeadlineStatus#UNDETERMINED}.
 *
 * @param ruleId the id of the deadline rule, such as {@code BL-20-INVESTIGATION-4M}
 * @param occurrence the occurrence, from 1; above 1 only for recurring deadlines (follow-ups, supervision visits)
 * @param triggerDate the date the deadline ran from
 * @param dueDate the due date
 * @param status {@link DeadlineStatus#OVERDUE}, {@link DeadlineStatus#MET_LATE} or {@link
 *     DeadlineStatus#UNDETERMINED}
 */
@JsonPropertyOrder({"ruleId", "occurrence", "triggerDate", "dueDate", "status"})
public record DeadlineReference(
        String ruleId,
        int occurrence,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate triggerDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate dueDate,
        DeadlineStatus status) {

    /**
     * Checks the reference.
     *
     * @param ruleId the id of the deadline rule, such as {@code BL-20-INVESTIGATION-4M}
     * @param occurrence the occurrence, from 1; above 1 only for recurring deadlines (follow-ups, supervision
     *     visits)
     * @param triggerDate the date the deadline ran from
     * @param dueDate the due date
     * @param status {@link DeadlineStatus#OVERDUE}, {@link DeadlineStatus#MET_LATE} or {@link
     *     DeadlineStatus#UNDETERMINED}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the occurrence is below 1, or the status is not overdue, met late or
     *     undetermined
     */
    public DeadlineReference {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(triggerDate, "triggerDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence: expected 1 or more, got " + occurrence);
        }
        if (status != DeadlineStatus.OVERDUE
                && status != DeadlineStatus.MET_LATE
                && status != DeadlineStatus.UNDETERMINED) {
            throw new IllegalArgumentException("status: expected OVERDUE, MET_LATE or UNDETERMINED, got " + status);
        }
    }
}
