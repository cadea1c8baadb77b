package dk.fremdrift.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The two conversions between moments and dates that the engine makes for every part of a case, in one zone:
 * the date of a moment ({@link LocalDate#ofInstant}) and the last second of a date ({@code date.plusDays(1)
 * .atStartOfDay(zone).toInstant().minusSeconds(1)}).
 *
 * <p>Both give exactly what those expressions give; they are only faster. The zone's rules are looked up once per
 * stretch of time with one offset (between two transitions) and once per date, and the answers are kept in small
 * direct-mapped tables: a slot holds one stretch or one date, and a miss computes the answer the plain way. Both
 * are pure functions of the zone's rules, so keeping an answer changes no result.
 *
 * <p>Thread-safe: a slot holds an immutable entry, written and read without locks; a thread that sees an older
 * entry, or none, computes the answer itself.
 */
final class ZoneDays {

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

    private final ZoneId zone;
    private final Stretch[] stretches = new Stretch[STRETCH_SLOTS];
    private final Stretch[] otherStretches = new Stretch[STRETCH_SLOTS];
    private final DayEnd[] dayEnds = new DayEnd[DAY_SLOTS];

    ZoneDays(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /** The date of a moment in the zone, as {@link LocalDate#ofInstant(Instant, ZoneId)}. */
    LocalDate dateOf(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < FIRST_SECOND || second >= END_SECOND) {
            return LocalDate.ofInstant(instant, zone);
        }
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
        return LocalDate.ofEpochDay(Math.floorDiv(second + s.offsetSeconds, SECONDS_PER_DAY));
    }

    /** The last second of a date in the zone: 23:59:59 on an ordinary day. */
    Instant endOfDay(LocalDate date) {
        long day = date.toEpochDay();
        int slot = (int) day & (DAY_SLOTS - 1);
        DayEnd e = dayEnds[slot];
        if (e == null || e.epochDay != day) {
            e = new DayEnd(day, date.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1));
            dayEnds[slot] = e;
        }
        return e.end;
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
