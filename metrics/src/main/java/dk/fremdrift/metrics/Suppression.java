package dk.fremdrift.metrics;

/**
 * Whether values were withheld from a report to protect children from being identified (diskretionering); only the
 * {@linkplain ReportProfile#POLITICAL political profile} suppresses.
 *
 * <p>A withheld number is absent from the value; the mark says why.
 */
public enum Suppression {
    /** Nothing withheld. */
    NONE,
    /**
     * Withheld because the value describes fewer children than the threshold, a count in it is below the threshold
     * (from 1 to threshold - 1), or it is derived from such a count (a rate, an interval, a median).
     */
    PRIMARY,
    /**
     * Withheld only so that a primary suppressed number cannot be recovered by subtraction from a total and the
     * other numbers shown.
     */
    COMPLEMENTARY
}
