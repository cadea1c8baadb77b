package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.CellCounts.EXPOSURE;

import dk.fremdrift.metrics.Tally.Keys;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The days of the case being added, as numbers ({@link LocalDate#toEpochDay()}), and the keys of its observations: the
 * responsible team and caseworker, the child's age band and the month, each as its number in the aggregation's
 * {@link KeyIds}. Worked out once per case ({@link #load}), so that an observation finds its cells without hashing or
 * comparing dates; the keys of a date asked for by several units are kept for the case.
 */
final class CaseDays {

    private static final int UNRESOLVED = -2;

    private final State state;
    private final LocalDate asOfDate;
    private final LocalDate periodStart;
    private final long periodStartDay;
    /** The first day after the days counted: the end of the period, or the day after asOf if that is earlier. */
    private final long windowEndDay;
    /** The number of the month ({@link KeyIds}) of each day counted, from the period's start. */
    private final int[] monthOfDay;
    /** The first day of each month of the period, in order: boundaries of every exposure. */
    private final long[] monthStartDays;

    private final int unassignedTeam;
    private final int unassignedCaseworker;

    // ---- the case being added -----------------------------------------------------------------------------------

    private int assignmentCount;
    private CaseworkerAssignment[] assignments = new CaseworkerAssignment[8];
    private long[] assignedFrom = new long[8];
    /** The day after each assignment, or {@link Long#MAX_VALUE} for one still current. */
    private long[] assignedUntil = new long[8];
    /** The key numbers of each assignment's team and caseworker; {@link #UNRESOLVED} until an observation asks. */
    private int[] assignedTeam = new int[8];

    private int[] assignedCaseworker = new int[8];
    private long birthDay;
    /** The child's birthdays of the ages in {@link AgeBands#EDGES}: boundaries of every exposure. */
    private final long[] birthdays = new long[AgeBands.EDGES.length];
    /** The first day the child is in each age band after "0-2": the band changes where the whole years reach it. */
    private final long[] bandStarts = new long[AgeBands.EDGES.length - 1];

    /** The keys of the dates asked for in the case being added, by day number in a direct-mapped table. */
    private static final int KEPT_KEYS = 64;

    private final long[] keptDay = new long[KEPT_KEYS];
    private final long[] keptStamp = new long[KEPT_KEYS];
    private final Keys[] keptKeys = new Keys[KEPT_KEYS];
    /** The number of the case being added, counting from 1: a kept entry of another case is not used. */
    private long caseStamp;

    /** The keys at asOf's date, worked out when first asked for. */
    private Keys asOfKeys;

    /** The pieces of an exposure with the same keys. */
    private final Segments segments = new Segments();

    CaseDays(State state) {
        MetricsConfig config = state.config;
        this.state = state;
        this.asOfDate = config.asOfDate();
        this.periodStart = config.period().startInclusive();
        this.periodStartDay = periodStart.toEpochDay();
        this.windowEndDay = config.lastDayCounted().toEpochDay() + 1;
        List<YearMonth> months = config.period().months();
        this.monthStartDays = new long[months.size()];
        for (int i = 0; i < months.size(); i++) {
            monthStartDays[i] = months.get(i).atDay(1).toEpochDay();
        }
        // Days counted lie in the period, whose months KeyIds numbered in order from 0.
        this.monthOfDay = new int[(int) Math.max(0, windowEndDay - periodStartDay)];
        int firstMonth = monthNumber(periodStart);
        for (int d = 0; d < monthOfDay.length; d++) {
            monthOfDay[d] = monthNumber(periodStart.plusDays(d)) - firstMonth;
        }
        this.unassignedTeam = state.ids.id(Dimension.TEAM, Dimension.UNASSIGNED);
        this.unassignedCaseworker = state.ids.id(Dimension.CASEWORKER, Dimension.UNASSIGNED);
    }

    private static int monthNumber(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    /** Works out the days of a case that its observations share: its assignments' days, the child's age bands. */
    void load(ChildCase c) {
        caseStamp++;
        asOfKeys = null;
        List<CaseworkerAssignment> list = c.assignments();
        int n = list.size();
        if (n > assignments.length) {
            int size = Math.max(n, 2 * assignments.length);
            assignments = new CaseworkerAssignment[size];
            assignedFrom = new long[size];
            assignedUntil = new long[size];
            assignedTeam = new int[size];
            assignedCaseworker = new int[size];
        }
        for (int i = 0; i < n; i++) {
            CaseworkerAssignment a = list.get(i);
            assignments[i] = a;
            assignedFrom[i] = a.from().toEpochDay();
            assignedUntil[i] = a.until().isPresent() ? a.until().get().toEpochDay() : Long.MAX_VALUE;
            assignedTeam[i] = UNRESOLVED;
        }
        assignmentCount = n;
        LocalDate born = c.child().birthDate();
        birthDay = born.toEpochDay();
        for (int k = 0; k < AgeBands.EDGES.length; k++) {
            LocalDate birthday = c.child().birthday(AgeBands.EDGES[k]);
            birthdays[k] = birthday.toEpochDay();
            if (k > 0) {
                bandStarts[k - 1] = AgeBands.bandStart(born, birthday);
            }
        }
    }

    /**
     * Counts the days from one date up to another, cut to the days counted, into a rate's exposure: each piece of
     * days with the same keys in the cells of its first day, under an intervention kind's number if it is not
     * {@link KeyIds#NONE}.
     */
    void exposure(Tally tally, LocalDate from, LocalDate toExclusive, int kind) {
        long fromDay = Math.max(from.toEpochDay(), periodStartDay);
        long toDay = Math.min(toExclusive.toEpochDay(), windowEndDay);
        if (fromDay >= toDay) {
            return;
        }
        // Where a key of an exposure day can change: months, age bands and assignments.
        segments.start(fromDay, toDay);
        for (long m : monthStartDays) {
            segments.boundary(m);
        }
        for (long birthday : birthdays) {
            segments.boundary(birthday);
        }
        for (int i = 0; i < assignmentCount; i++) {
            segments.boundary(assignedFrom[i]);
            if (assignedUntil[i] != Long.MAX_VALUE) {
                segments.boundary(assignedUntil[i]);
            }
        }
        int pieces = segments.cut();
        for (int p = 0; p < pieces; p++) {
            Keys keys = keysOn(segments.start(p));
            tally.add(kind == KeyIds.NONE ? keys : keys.withKind(kind), EXPOSURE, segments.days(p));
        }
    }

    // ---- keys ---------------------------------------------------------------------------------------------------

    /** The keys of an observation on a date: the responsible team and caseworker, the age band and the month. */
    Keys at(LocalDate date) {
        if (date.equals(asOfDate)) {
            return atAsOf(); // the stock indicators' date, asked for by each of them
        }
        long day = date.toEpochDay();
        int slot = (int) day & (KEPT_KEYS - 1);
        if (keptStamp[slot] == caseStamp && keptDay[slot] == day) {
            return keptKeys[slot]; // a date another unit asked for in this case: a notification's, say
        }
        Keys keys = keysOn(day);
        keptStamp[slot] = caseStamp;
        keptDay[slot] = day;
        keptKeys[slot] = keys;
        return keys;
    }

    private Keys atAsOf() {
        if (asOfKeys == null) {
            asOfKeys = keysOn(asOfDate.toEpochDay());
        }
        return asOfKeys;
    }

    /** The keys of an observation on a day number: as {@link #at(LocalDate)}. */
    private Keys keysOn(long day) {
        // ChildCase.assignmentOn: the first assignment active that day.
        int team = unassignedTeam;
        int caseworker = unassignedCaseworker;
        for (int i = 0; i < assignmentCount; i++) {
            if (assignedFrom[i] <= day && day < assignedUntil[i]) {
                if (assignedTeam[i] == UNRESOLVED) {
                    assignedTeam[i] =
                            state.ids.id(Dimension.TEAM, assignments[i].team().value());
                    assignedCaseworker[i] = state.ids.id(
                            Dimension.CASEWORKER, assignments[i].caseworker().value());
                }
                team = assignedTeam[i];
                caseworker = assignedCaseworker[i];
                break;
            }
        }
        int month =
                day >= periodStartDay && day < windowEndDay ? monthOfDay[(int) (day - periodStartDay)] : KeyIds.NONE;
        return new Keys(team, caseworker, ageBandOn(day), KeyIds.NONE, month);
    }

    /** The assignment active on a day (the first, as {@link ChildCase#assignmentOn}), or null. */
    CaseworkerAssignment assignmentOn(long day) {
        for (int i = 0; i < assignmentCount; i++) {
            if (assignedFrom[i] <= day && day < assignedUntil[i]) {
                return assignments[i];
            }
        }
        return null;
    }

    /** The index in {@link AgeBands#NAMES} of the child's age band on a day, as {@link AgeBands#of}. */
    private int ageBandOn(long day) {
        if (day < birthDay) {
            return 0;
        }
        int band = 1;
        while (band <= bandStarts.length && day >= bandStarts[band - 1]) {
            band++;
        }
        return band;
    }
}
