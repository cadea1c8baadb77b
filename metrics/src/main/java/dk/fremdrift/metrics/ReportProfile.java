package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Who a report is for, and so what it shows: the administrative layer (leaders and teams) or the political layer
 * (the municipal council and its committee).
 *
 * <ul>
 *   <li>{@link #ADMINISTRATIVE}: everything, with breakdowns by caseworker and the number of cases behind each
 *       value. Caseworkers appear by the case system's key, never by name.
 *   <li>{@link #POLITICAL}: aggregates only: no breakdown by caseworker, no number of cases per value, and small
 *       counts suppressed. A value that describes fewer children than the threshold is withheld whole; any count in
 *       it from 1 to {@code threshold - 1} is withheld with every value derived from it (a rate, its interval, a
 *       median); and further values are withheld so that none of these can be recovered by subtraction from a
 *       total and the values shown (complementary suppression). A count of 0 is shown: it identifies no child.
 *       Indicators that count the same units (the notifications received, judged for the 24 hours and checked for
 *       repeats; the interventions started and their first follow-ups; the open cases and the caseworkers' loads)
 *       are suppressed together, so one cannot be subtracted from another. Of the days indicators politicians see
 *       the median and 90th percentile only, not the counts beside them.
 * </ul>
 *
 * <p>Complementary suppression protects each breakdown against its total and the identities above. It does not
 * protect against comparing two reports (two months, two overlapping periods), against looser relations between
 * indicators (the supervision deadlines and the visits counted in the visit rate, the goals by status and the goals
 * with progress), or against a reader who knows a child's case from elsewhere.
 *
 * @param audience who the report is for
 * @param suppressionThreshold the smallest count shown in the political profile (default 5); 0 for the
 *     administrative profile, which suppresses nothing
 */
@JsonPropertyOrder({"audience", "suppressionThreshold"})
public record ReportProfile(Audience audience, int suppressionThreshold) {

    /** The default threshold of the political profile: counts from 1 to 4 are suppressed. */
    public static final int DEFAULT_THRESHOLD = 5;

    /** Leaders: everything, caseworker breakdowns included, nothing suppressed. */
    public static final ReportProfile ADMINISTRATIVE = new ReportProfile(Audience.ADMINISTRATIVE, 0);

    /** Politicians: aggregates only, counts below {@value #DEFAULT_THRESHOLD} suppressed. */
    public static final ReportProfile POLITICAL = new ReportProfile(Audience.POLITICAL, DEFAULT_THRESHOLD);

    /**
     * Checks the profile.
     *
     * @param audience who the report is for
     * @param suppressionThreshold the smallest count shown; 0 for the administrative profile, at least 2 for the
     *     political one
     * @throws NullPointerException if {@code audience} is null
     * @throws IllegalArgumentException if the threshold does not fit the audience
     */
    public ReportProfile {
        Objects.requireNonNull(audience, "audience");
        if (audience == Audience.ADMINISTRATIVE && suppressionThreshold != 0) {
            throw new IllegalArgumentException(
                    "suppressionThreshold: expected 0 for the administrative profile, got " + suppressionThreshold);
        }
        if (audience == Audience.POLITICAL && suppressionThreshold < 2) {
            throw new IllegalArgumentException(
                    "suppressionThreshold: expected 2 or more for the political profile, got " + suppressionThreshold);
        }
    }

    /**
     * Returns the political profile with another threshold.
     *
     * @param suppressionThreshold the smallest count shown; 2 or more
     * @return the profile
     * @throws IllegalArgumentException if the threshold is below 2
     */
    public static ReportProfile political(int suppressionThreshold) {
        return new ReportProfile(Audience.POLITICAL, suppressionThreshold);
    }

    /**
     * Tells whether the profile is political, so it suppresses and leaves out caseworker breakdowns.
     *
     * @return true for the political audience
     */
    @JsonIgnore
    public boolean isPolitical() {
        return audience == Audience.POLITICAL;
    }

    /** The layer of management information a report is for. */
    public enum Audience {
        /** Leaders and teams (administrativt og fagligt niveau). */
        ADMINISTRATIVE,
        /** The municipal council and its committee (politisk niveau). */
        POLITICAL
    }
}
