package dk.fremdrift.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not API. The conversions between moments and dates that the engine, the review and the metrics make for every part
 * of a case, in one zone: the date of a moment ({@link LocalDate#ofInstant}), the zone's offset at a moment, and the
 * last second of a date ({@code date.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1)}).
 *
 * <p>Each gives exactly what those expressions give; they are only faster. The zone's rules are looked up once per
 * stretch of time with one offset (between two transitions) and once per date, and the answers are kept in small
 * direct-mapped tables: a slot holds one stretch or one date, and a miss computes the answer the plain way. All are
 * pure functions of the zone's rules, so keeping an answer changes no result. Moments before 1800 or from 2500 UTC
 * are not kept: they take the plain way, errors included.
 *
 * <p>Thread-safe: a slot holds an immutable entry, written and read without locks; a thread that sees an older
 * entry, or none, computes the answer itself. One instance per zone serves the whole JVM ({@link #of}).
 */
public final class ZoneDates {

    /** Stretches: 2,048 buckets of 12 days, 67 years, before two share a slot; two stretches per bucket. */
    private static final int STRETCH_SLOTS = 1 << 11;
    /** Dates: 8,192 days, 22 years, before two share a slot; a case's deadlines span a decade or less. */
    private static final int DAY_SLOTS = 1 << 13;
    /** Stretches are looked up by moment in buckets of 2^20 seconds, about 12 days. */
    private static final int BUCKET_SHIFT = 20;

    private static final long SECONDS_PER_DAY = 86_400;
    /** Moments kept in the tables: 1800-01-01 to 2500-01-01 UTC; others take the plain way, errors included. */
    private static final long FIRST_SECOND = -5_364_662_400L;

    private static final long END_SECOND = 16_725_225_600L;

    private static final Map<ZoneId, ZoneDates> BY_ZONE = new ConcurrentHashMap<>();

    private final ZoneId zone;
    private final Stretch[] stretches = new Stretch[STRETCH_SLOTS];
    private final Stretch[] otherStretches = new Stretch[STRETCH_SLOTS];
    private final DayEnd[] dayEnds = new DayEnd[DAY_SLOTS];

    private ZoneDates(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Returns the instance of a zone, shared by every engine, review and aggregator in it.
     *
     * @param zone the zone
     * @return the instance of the zone
     */
    public static ZoneDates of(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        ZoneDates dates = BY_ZONE.get(zone);
        return dates != null ? dates : BY_ZONE.computeIfAbsent(zone, ZoneDates::new);
    }

    /**
     * Returns a new instance with empty tables, for tests that must see the tables fill.
     *
     * @param zone the zone
     * @return a new instance of the zone
     */
    static ZoneDates fresh(ZoneId zone) {
        return new ZoneDates(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Returns the zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Tells whether moments of the epoch second are kept in the tables, so that {@link #offsetSeconds} answers.
     *
     * @param epochSecond the moment's epoch second
     * @return whether the moment is from 1800 to 2500 UTC
     */
    public static boolean isKept(long epochSecond) {
        return epochSecond >= FIRST_SECOND && epochSecond < END_SECOND;
    }

    /**
     * Returns the date of a moment in the zone, as {@link LocalDate#ofInstant(Instant, ZoneId)}.
     *
     * @param instant the moment
     * @return its date in the zone
     * @throws java.time.DateTimeException as {@code LocalDate.ofInstant} does, for a moment beyond its range
     */
    public LocalDate dateOf(Instant instant) {
        long second = instant.getEpochSecond();
        if (!isKept(second)) {
            return LocalDate.ofInstant(instant, zone);
        }
        Stretch s = stretchOf(instant, second);
        return LocalDate.ofEpochDay(Math.floorDiv(second + s.offsetSeconds, SECONDS_PER_DAY));
    }

    /**
     * Returns the zone's offset from UTC at a moment, in seconds, as {@code zone.getRules().getOffset(instant)}; for
     * a moment that is not kept ({@link #isKept}), 0, which the caller must not use.
     *
     * @param instant the moment
     * @return the offset in seconds
     */
    public int offsetSeconds(Instant instant) {
        long second = instant.getEpochSecond();
        return isKept(second) ? stretchOf(instant, second).offsetSeconds : 0;
    }

    /**
     * Returns the last second of a date in the zone: 23:59:59 on an ordinary day.
     *
     * @param date the date
     * @return the moment one second before the start of the next day
     * @throws java.time.DateTimeException for {@link LocalDate#MAX}, as the plain expression does
     */
    public Instant endOfDay(LocalDate date) {
        long day = date.toEpochDay();
        int slot = (int) day & (DAY_SLOTS - 1);
        DayEnd e = dayEnds[slot];
        if (e == null || e.epochDay != day) {
            e = new DayEnd(day, date.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1));
            dayEnds[slot] = e;
        }
        return e.end;
    }

    /** The stretch of a moment, from the table or worked out and kept; for a kept moment only. */
    private Stretch stretchOf(Instant instant, long second) {
        int slot = (int) (second >> BUCKET_SHIFT) & (STRETCH_SLOTS - 1);
        Stretch s = stretches[slot];
        if (s == null || !s.contains(second)) {
            // A bucket with a transition in it holds the stretches on both sides: the one found last in the first
            // table, the one before it in the second.
            Stretch other = otherStretches[slot];
            if (other != null && other.contains(second)) {
                s = other;
            } else {
                s = stretch(instant);
                otherStretches[slot] = stretches[slot];
                stretches[slot] = s;
            }
        }
        return s;
    }

    /**
     * The stretch of time around a moment in which the zone's offset does not change: from the last transition at
     * or before the moment to the next one after it. Transitions fall on whole seconds.
     */
    private Stretch stretch(Instant instant) {
        ZoneRules rules = zone.getRules();
        long second = instant.getEpochSecond();
        int offset = rules.getOffset(instant).getTotalSeconds();
        ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(second + 1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        long from = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        long to = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        if (from > second || to <= second) {
            // Not expected of any zone's rules; answer for this moment only.
            from = second;
            to = second + 1;
        }
        return new Stretch(from, to, offset);
    }

    private static final class Stretch {
        final long fromInclusive;
        final long toExclusive;
        final int offsetSeconds;

        Stretch(long fromInclusive, long toExclusive, int offsetSeconds) {
            this.fromInclusive = fromInclusive;
            this.toExclusive = toExclusive;
            this.offsetSeconds = offsetSeconds;
        }

        boolean contains(long second) {
            return second >= fromInclusive && second < toExclusive;
        }
    }

    private static final class DayEnd {
        final long epochDay;
        final Instant end;

        DayEnd(long epochDay, Instant end) {
            this.epochDay = epochDay;
            this.end = end;
        }
    }
}
