package dk.fremdrift.deadlines.calendar;

import java.time.DayOfWeek;

/**
 * The precomputed working days of one calendar over the whole coverage, for constant-time lookups without
 * allocation.
 *
 * <p>Day index {@code i} is the date {@code Coverage.START + i days}. Three arrays:
 *
 * <ul>
 *   <li>{@code bits}: bit {@code i % 64} of word {@code i / 64} is set if day {@code i} is a working day;
 *   <li>{@code rankBefore[w]}: the number of working days before word {@code w}, so the number of working days
 *       before any day index is one array read plus one {@link Long#bitCount(long)} (a single instruction on
 *       current CPUs);
 *   <li>{@code workingDays}: the day indexes of the working days in order, so the {@code k}-th working day is one
 *       array read.
 * </ul>
 *
 * <p>For the 91,311 days of 1950-2199 that is about 11 KB of bits, 6 KB of ranks and 250 KB of working-day
 * indexes, where a cumulative count per day would take another 365 KB. Immutable once built; safely published
 * through the final fields of its owner.
 */
final class WorkingDayTable {

    private final long[] bits;
    private final int[] rankBefore;
    private final int[] workingDays;

    private WorkingDayTable(long[] bits) {
        this.bits = bits;
        this.rankBefore = new int[bits.length + 1];
        int count = 0;
        for (int w = 0; w < bits.length; w++) {
            rankBefore[w] = count;
            count += Long.bitCount(bits[w]);
        }
        rankBefore[bits.length] = count;
        this.workingDays = new int[count];
        int k = 0;
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            while (word != 0) {
                workingDays[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
    }

    /** The statutory Danish table: Monday to Friday, less the helligdage of each year. */
    static WorkingDayTable statutory() {
        long[] bits = newBits();
        for (int i = 0; i < Coverage.DAYS; i++) {
            DayOfWeek dow = Coverage.date(i).getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                set(bits, i);
            }
        }
        for (int year = Coverage.FIRST_YEAR; year <= Coverage.LAST_YEAR; year++) {
            for (StatutoryHoliday holiday : StatutoryHoliday.values()) {
                holiday.findDateIn(year)
                        .ifPresent(date -> clear(bits, Coverage.index(date, DanishCalendar.STATUTORY_ID)));
            }
        }
        return new WorkingDayTable(bits);
    }

    /** A table from a copy of this one's bits, changed by the caller before it is built. */
    static WorkingDayTable of(long[] bits) {
        return new WorkingDayTable(bits);
    }

    /** Returns a copy of the bits, one per day index, set for working days; one spare bit past the last day. */
    long[] copyBits() {
        return bits.clone();
    }

    static long[] newBits() {
        // One more bit than there are days, so that rank(DAYS), the end of a half-open range, reads a real word.
        return new long[(Coverage.DAYS >>> 6) + 1];
    }

    static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    static void clear(long[] bits, int index) {
        bits[index >>> 6] &= ~(1L << index);
    }

    boolean isWorkingDay(int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    /** The number of working days with an index below {@code index}, for {@code 0 <= index <= Coverage.DAYS}. */
    int rank(int index) {
        int w = index >>> 6;
        return rankBefore[w] + Long.bitCount(bits[w] & ((1L << index) - 1));
    }

    /** The number of working days in the coverage. */
    int workingDayCount() {
        return workingDays.length;
    }

    /** The day index of the working day with the given ordinal, {@code 0 <= ordinal < workingDayCount()}. */
    int workingDay(int ordinal) {
        return workingDays[ordinal];
    }
}
