package dk.fremdrift.metrics;

import dk.fremdrift.deadlines.DeadlineStatus;
import java.util.Objects;

/**
 * How one unit of a {@link IndicatorKind#PROPORTION} counts: in the numerator, only in the denominator, or apart
 * (censored or excluded), as an {@link Indicator} tells its {@link Observations}.
 */
public enum Outcome {
    /** In the numerator and the denominator: the unit meets the measure (a deadline met on time). */
    MET,
    /** In the denominator only: the unit does not meet the measure (met late, or overdue at asOf). */
    NOT_MET,
    /** Counted apart as too recent to judge (right-censored): neither meeting the measure nor failing it. */
    CENSORED,
    /** Counted apart as outside the population (not applicable, expired, or a fact not recorded). */
    EXCLUDED;

    /**
     * Returns how a deadline evaluation's status counts in an on-time share: {@link DeadlineStatus#MET} is met;
     * {@link DeadlineStatus#MET_LATE} and {@link DeadlineStatus#OVERDUE} are not; {@link DeadlineStatus#OPEN} and
     * {@link DeadlineStatus#DUE_SOON} are censored; {@link DeadlineStatus#NOT_APPLICABLE}, {@link
     * DeadlineStatus#EXPIRED} and {@link DeadlineStatus#UNDETERMINED} (a legal fact not recorded, never guessed) are
     * excluded.
     *
     * @param status the status
     * @return the outcome
     */
    public static Outcome of(DeadlineStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case MET -> MET;
            case MET_LATE, OVERDUE -> NOT_MET;
            case OPEN, DUE_SOON -> CENSORED;
            case NOT_APPLICABLE, EXPIRED, UNDETERMINED -> EXCLUDED;
        };
    }

    /** The slot of a proportion's accumulator ({@link CellCounts}) that counts this outcome. */
    int slot() {
        return ordinal(); // MET, NOT_MET, CENSORED, EXCLUDED: the order of CellCounts's slots
    }
}
