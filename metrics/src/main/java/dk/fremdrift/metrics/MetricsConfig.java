package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.deadlines.DeadlineEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The settings of an aggregation: the moment the cases are seen at, the reporting period, and the few thresholds
 * the indicators' definitions name.
 *
 * <p>Nothing recorded after {@code asOf} is seen. Events count when their Danish date is in the period and not after
 * {@code asOf}'s date; stock indicators (open cases, caseload, open investigations) are taken on {@code asOf}'s
 * date. Dates are Danish dates, in {@code zone}, which must be the zone of the deadline engine whose evaluations
 * are added.
 *
 * <pre>{@code
 * MetricsConfig config = MetricsConfig.of(Instant.parse("2026-01-01T08:00:00Z"), ReportingPeriod.ofYear(2025))
 *         .withStalledAfterDays(90);
 * }</pre>
 *
 * @param asOf the moment the cases are seen at
 * @param zone the zone in which moments become dates; Europe/Copenhagen
 * @param period the reporting period events are counted in; starting on or before {@code asOf}'s date
 * @param stalledAfterDays a case with no step for this many days is stalled (default {@value #DEFAULT_STALLED_DAYS})
 * @param recommendedCaseload the recommended number of open cases per caseworker (default {@value
 *     #DEFAULT_RECOMMENDED_CASELOAD}, the top of Dansk Socialrådgiverforening's 20-30)
 * @param longCourseMonths an intervention running this many months or more is a long course (default {@value
 *     #DEFAULT_LONG_COURSE_MONTHS}); a municipality sets its own in its service level
 */
@JsonPropertyOrder({"asOf", "zone", "period", "stalledAfterDays", "recommendedCaseload", "longCourseMonths"})
public record MetricsConfig(
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant asOf,
        ZoneId zone,
        ReportingPeriod period,
        int stalledAfterDays,
        int recommendedCaseload,
        int longCourseMonths) {

    /** The default number of days without a step after which an open case counts as stalled. */
    public static final int DEFAULT_STALLED_DAYS = 60;

    /** The default recommended caseload: Dansk Socialrådgiverforening recommends 20-30 cases per caseworker. */
    public static final int DEFAULT_RECOMMENDED_CASELOAD = 30;

    /** The default length of a long course: 12 months, as KL's and the municipalities' analyses of effect use. */
    public static final int DEFAULT_LONG_COURSE_MONTHS = 12;

    /**
     * Checks the settings.
     *
     * @param asOf the moment the cases are seen at
     * @param zone the zone in which moments become dates
     * @param period the reporting period
     * @param stalledAfterDays days without a step after which an open case is stalled; 1 or more
     * @param recommendedCaseload the recommended caseload; 1 or more
     * @param longCourseMonths the months after which an intervention is a long course; 1 or more
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the period starts after {@code asOf}'s date or a number is below 1
     */
    @JsonCreator
    public MetricsConfig {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(period, "period");
        LocalDate date = LocalDate.ofInstant(asOf, zone);
        if (date.isBefore(period.startInclusive())) {
            throw new IllegalArgumentException(
                    "period: expected a period that starts on or before asOf's date " + date + ", got " + period);
        }
        if (stalledAfterDays < 1) {
            throw new IllegalArgumentException("stalledAfterDays: expected 1 or more, got " + stalledAfterDays);
        }
        if (recommendedCaseload < 1) {
            throw new IllegalArgumentException("recommendedCaseload: expected 1 or more, got " + recommendedCaseload);
        }
        if (longCourseMonths < 1) {
            throw new IllegalArgumentException("longCourseMonths: expected 1 or more, got " + longCourseMonths);
        }
    }

    /**
     * The settings with the default long course ({@value #DEFAULT_LONG_COURSE_MONTHS} months), as before that
     * setting existed.
     *
     * @param asOf the moment the cases are seen at
     * @param zone the zone in which moments become dates
     * @param period the reporting period
     * @param stalledAfterDays days without a step after which an open case is stalled; 1 or more
     * @param recommendedCaseload the recommended caseload; 1 or more
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public MetricsConfig(
            Instant asOf, ZoneId zone, ReportingPeriod period, int stalledAfterDays, int recommendedCaseload) {
        this(asOf, zone, period, stalledAfterDays, recommendedCaseload, DEFAULT_LONG_COURSE_MONTHS);
    }

    /**
     * Returns the settings for a moment and a period, in Danish time, with the default thresholds.
     *
     * @param asOf the moment the cases are seen at
     * @param period the reporting period; starting on or before {@code asOf}'s Danish date
     * @return the settings
     * @throws IllegalArgumentException if the period starts after {@code asOf}'s date
     */
    public static MetricsConfig of(Instant asOf, ReportingPeriod period) {
        return new MetricsConfig(
                asOf, DeadlineEngine.DANISH_TIME, period, DEFAULT_STALLED_DAYS, DEFAULT_RECOMMENDED_CASELOAD);
    }

    /**
     * Returns a copy with another zone; casework is in Europe/Copenhagen, so change it only to test.
     *
     * @param zone the zone
     * @return the copy
     * @throws IllegalArgumentException if the period then starts after {@code asOf}'s date
     */
    public MetricsConfig withZone(ZoneId zone) {
        return new MetricsConfig(asOf, zone, period, stalledAfterDays, recommendedCaseload, longCourseMonths);
    }

    /**
     * Returns a copy with another stalled threshold.
     *
     * @param days days without a step after which an open case is stalled; 1 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code days} is below 1
     */
    public MetricsConfig withStalledAfterDays(int days) {
        return new MetricsConfig(asOf, zone, period, days, recommendedCaseload, longCourseMonths);
    }

    /**
     * Returns a copy with another recommended caseload.
     *
     * @param cases the recommended number of open cases per caseworker; 1 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code cases} is below 1
     */
    public MetricsConfig withRecommendedCaseload(int cases) {
        return new MetricsConfig(asOf, zone, period, stalledAfterDays, cases, longCourseMonths);
    }

    /**
     * Returns a copy with another length of a long course, as a municipality's service level sets it.
     *
     * @param months the months an intervention must have run to be a long course; 1 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code months} is below 1
     */
    public MetricsConfig withLongCourseMonths(int months) {
        return new MetricsConfig(asOf, zone, period, stalledAfterDays, recommendedCaseload, months);
    }

    /**
     * Returns {@code asOf}'s date in the zone: the day stock indicators are taken on.
     *
     * @return the date
     */
    @JsonIgnore
    public LocalDate asOfDate() {
        return LocalDate.ofInstant(asOf, zone);
    }

    /**
     * Returns the last day events are counted on: {@code asOf}'s date, or the period's last day if that is earlier.
     * A report on 2025 made on 2 January 2026 counts up to 31 December 2025, and its budget commitment is that of
     * 2025, all of it spent.
     *
     * @return the last day counted
     */
    @JsonIgnore
    public LocalDate lastDayCounted() {
        LocalDate periodLast = period.endExclusive().minusDays(1);
        LocalDate date = asOfDate();
        return periodLast.isBefore(date) ? periodLast : date;
    }

    /**
     * Tells whether an event on a date counts in the report: in the period and not after {@code asOf}'s date.
     *
     * @param date the event's date
     * @return true if it counts
     */
    public boolean counts(LocalDate date) {
        return period.contains(date) && !date.isAfter(asOfDate());
    }
}
