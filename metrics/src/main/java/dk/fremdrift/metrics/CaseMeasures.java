package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Tally.Acc.EXPOSURE;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.internal.ZoneDates;
import dk.fremdrift.metrics.Tally.Keys;
import dk.fremdrift.metrics.internal.StockIndicator;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Plan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds one case to the state: every indicator's observations of the case, in one pass over its parts and its
 * deadline evaluations. The definitions in {@link Indicators} say in words what each method counts.
 *
 * <p>Dates that decide a cell (an assignment's days, the child's age bands, the months of the period) are worked
 * out once per case as day numbers ({@link LocalDate#toEpochDay()}), and the cells' keys as numbers ({@link KeyIds}),
 * so that an observation finds its cells without hashing or comparing dates.
 */
final class CaseMeasures {

    private static final int UNRESOLVED = -2;

    /** The intervention kinds by ordinal, without the copy that {@code values()} makes at each call. */
    private static final InterventionKind[] KINDS = InterventionKind.values();

    private final State state;
    private final MetricsConfig config;
    private final ZoneId zone;
    private final ZoneDates zoneDates;
    private final Instant asOf;
    private final LocalDate asOfDate;
    /** The first day after the days counted: the end of the period, or the day after asOf if that is earlier. */
    private final LocalDate windowEnd;

    private final LocalDate lastDayCounted;

    private final LocalDate periodStart;
    private final long periodStartDay;
    private final long windowEndDay;
    /** The number of the month ({@link KeyIds}) of each day counted, from the period's start. */
    private final int[] monthOfDay;
    /** The first day of each month of the period, in order: boundaries of every exposure. */
    private final long[] monthStartDays;

    private final int unassignedTeam;
    private final int unassignedCaseworker;

    /** The facts of the case being added, as the units read them. */
    private final CaseFacts facts;
    /** The indicators that observe as units of their own, and where their observations go. */
    private final Indicator[] units;

    private final Observations[] observations;
    /** Whether each unit is a stock of the open cases, which observes nothing of a closed case. */
    private final boolean[] stock;
    /**
     * The duties the on-time units count, one slot each, and for the case being added the indices of the evaluations
     * of each slot's duty: each unit then reads its own evaluations, not all of them.
     */
    private final Duty[] slotDuties;
    /** Whether a unit breaks a slot's duty down by the kind of the intervention its evaluations are about. */
    private final boolean[] slotByKind;

    private int[][] slotEvaluations;
    private final int[] slotCounts;

    // ---- the case being added, worked out once ---------------------------------------------------------------

    private ChildCase c;
    /** Whether the case being added is open on asOf's date. */
    private boolean open;

    private List<DeadlineEvaluation> evaluations;
    /** The progress of the goals at asOf; null until asked for. */
    private List<GoalProgress> goals;

    private int assignmentCount;
    private CaseworkerAssignment[] assignments = new CaseworkerAssignment[8];
    private long[] assignedFrom = new long[8];
    /** The day after each assignment, or {@link Long#MAX_VALUE} for one still current. */
    private long[] assignedUntil = new long[8];

    /**
     * The number of the intervention kind of each evaluation whose duty a unit breaks down by kind, worked out once
     * per case; {@link #UNRESOLVED} for the others.
     */
    private int[] evaluationKinds = new int[32];

    /** The key numbers of each assignment's team and caseworker; {@link #UNRESOLVED} until an observation asks. */
    private int[] assignedTeam = new int[8];

    private int[] assignedCaseworker = new int[8];
    private long birthDay;
    /** The child's birthdays of the ages in {@link #AgeBands.EDGES}: boundaries of every exposure. */
    private final long[] birthdays = new long[AgeBands.EDGES.length];
    /** The first day the child is in each age band after "0-2": the band changes where the whole years reach it. */
    private final long[] bandStarts = new long[AgeBands.EDGES.length - 1];

    /** The moments of the case whose dates were asked for, and their dates ({@link #date}). */
    private final Instant[] moments = new Instant[16];

    private final LocalDate[] dates = new LocalDate[16];
    private int datesKept;

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

    CaseMeasures(State state) {
        this.state = state;
        this.config = state.config;
        this.zone = config.zone();
        this.zoneDates = ZoneDates.of(zone);
        this.asOf = config.asOf();
        this.asOfDate = config.asOfDate();
        this.lastDayCounted = config.lastDayCounted();
        this.windowEnd = lastDayCounted.plusDays(1);
        this.periodStart = config.period().startInclusive();
        this.periodStartDay = periodStart.toEpochDay();
        this.windowEndDay = windowEnd.toEpochDay();
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
        this.facts = new CaseFacts(this, config);
        this.units = state.units.toArray(Indicator[]::new);
        this.observations = new Observations[units.length];
        this.stock = new boolean[units.length];
        List<Duty> duties = new ArrayList<>();
        Set<Duty> byKind = new HashSet<>();
        for (int i = 0; i < units.length; i++) {
            IndicatorDefinition d = units[i].definition();
            observations[i] = new Observations(units[i], state.tally(d.id()), this);
            stock[i] = units[i] instanceof StockIndicator;
            if (units[i] instanceof OnTimeIndicator t) {
                if (!duties.contains(t.duty())) {
                    duties.add(t.duty());
                }
                if (t.byInterventionKind()) {
                    byKind.add(t.duty());
                }
            }
        }
        this.slotDuties = duties.toArray(Duty[]::new);
        this.slotByKind = new boolean[slotDuties.length];
        for (int k = 0; k < slotDuties.length; k++) {
            slotByKind[k] = byKind.contains(slotDuties[k]);
        }
        this.slotEvaluations = new int[slotDuties.length][8];
        this.slotCounts = new int[slotDuties.length];
    }

    /**
     * Tells whether an event on a date counts, as {@link MetricsConfig#counts(LocalDate)}: in the period and not
     * after asOf's date, that is before {@link #windowEnd}.
     */
    boolean counts(LocalDate date) {
        return !date.isBefore(periodStart) && date.isBefore(windowEnd);
    }

    private static int monthNumber(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    void add(ChildCase childCase, List<DeadlineEvaluation> evaluations) {
        this.c = childCase;
        Arrays.fill(slotCounts, 0);
        if (evaluationKinds.length < evaluations.size()) {
            evaluationKinds = new int[Math.max(evaluations.size(), 2 * evaluationKinds.length)];
        }
        for (int i = 0; i < evaluations.size(); i++) {
            DeadlineEvaluation e = evaluations.get(i);
            if (!e.caseId().equals(c.id())) {
                throw new IllegalArgumentException("evaluations[" + i + "]: expected an evaluation of case " + c.id()
                        + ", got one of case " + e.caseId());
            }
            if (!e.asOf().equals(asOf)) {
                throw new IllegalArgumentException("evaluations[" + i + "]: expected an evaluation at the"
                        + " aggregation's asOf " + asOf + ", got one at " + e.asOf());
            }
            // Checked before anything is counted, so a bad input changes nothing; kept for the units that ask.
            int slot = slotOf(e.duty());
            evaluationKinds[i] = slot >= 0 && slotByKind[slot] ? interventionKind(e) : UNRESOLVED;
            if (slot >= 0) {
                int n = slotCounts[slot];
                if (n == slotEvaluations[slot].length) {
                    slotEvaluations[slot] = Arrays.copyOf(slotEvaluations[slot], 2 * n);
                }
                slotEvaluations[slot][n] = i;
                slotCounts[slot] = n + 1;
            }
        }
        this.evaluations = evaluations;
        caseStamp++;
        begin();
        open = c.isOpenOn(asOfDate);
        if (open) {
            openCase();
        }
        for (int i = 0; i < units.length; i++) {
            if (open || !stock[i]) { // a stock observes open cases only: the others are not asked
                units[i].observe(facts, observations[i]);
            }
        }
        state.endCase();
        state.budget.add(c);
        this.c = null;
        this.evaluations = null;
        this.goals = null;
        this.asOfKeys = null;
        Arrays.fill(moments, 0, datesKept, null);
        datesKept = 0;
    }

    /** Works out what the observations of the case share: its assignments' days and keys, age bands, dates. */
    private void begin() {
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

    // ---- deadlines ---------------------------------------------------------------------------------------------

    /** The number of the kind of the intervention an evaluation is about ({@link KeyIds} numbers kinds in order). */
    private int interventionKind(DeadlineEvaluation e) {
        PartId id = e.subjectId()
                .orElseThrow(() -> new IllegalArgumentException(
                        "evaluation " + e + ": expected the key of the intervention it is about, got none"));
        List<Intervention> interventions = c.interventions();
        for (int i = 0; i < interventions.size(); i++) {
            Intervention iv = interventions.get(i);
            if (iv.id().equals(id)) {
                return iv.kind().ordinal();
            }
        }
        throw new IllegalArgumentException(
                "evaluation " + e + ": expected an intervention of case " + c.id() + ", got '" + id + "'");
    }

    // ---- the open case at asOf ---------------------------------------------------------------------------------

    /** Counts the case for its caseworker at asOf, for the caseload indicators made at report time. */
    private void openCase() {
        CaseworkerAssignment assignment = assignmentOn(asOfDate.toEpochDay());
        if (assignment != null) {
            state.caseload
                    .computeIfAbsent(assignment.caseworker().value(), k -> new HashMap<>())
                    .merge(assignment.team().value(), 1L, Long::sum);
        }
    }

    // ---- what the units read ------------------------------------------------------------------------------------

    ChildCase currentCase() {
        return c;
    }

    List<DeadlineEvaluation> currentEvaluations() {
        return evaluations;
    }

    LocalDate asOfDate() {
        return asOfDate;
    }

    boolean isOpen() {
        return open;
    }

    LocalDate lastDayCounted() {
        return lastDayCounted;
    }

    /** The progress of the goals at asOf, worked out when first asked for in a case. */
    List<GoalProgress> goalProgress() {
        if (goals == null) {
            List<GoalProgress> list = new ArrayList<>();
            for (Plan plan : c.plans()) {
                if (!plan.created().isAfter(asOfDate)) {
                    for (Goal goal : plan.goals()) {
                        list.add(GoalProgress.of(goal, asOfDate));
                    }
                }
            }
            goals = List.copyOf(list);
        }
        return goals;
    }

    /** The slot of a duty the on-time units count, or -1. */
    int slotOf(Duty duty) {
        for (int k = 0; k < slotDuties.length; k++) {
            if (slotDuties[k] == duty || slotDuties[k].equals(duty)) {
                return k;
            }
        }
        return -1;
    }

    /** The number of evaluations of a slot's duty in the case being added. */
    int slotCount(int slot) {
        return slotCounts[slot];
    }

    /** The indices of the evaluations of a slot's duty, of which the first {@link #slotCount} are the case's. */
    int[] slotEvaluations(int slot) {
        return slotEvaluations[slot];
    }

    /** The kind of the intervention an evaluation is about; checked when the case was added. */
    InterventionKind kindOf(int evaluation) {
        int kind = evaluationKinds[evaluation];
        return KINDS[kind != UNRESOLVED ? kind : interventionKind(evaluations.get(evaluation))];
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

    // ---- keys and days -----------------------------------------------------------------------------------------

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

    private CaseworkerAssignment assignmentOn(long day) {
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

    /**
     * The date of a moment in the zone. The moments of a case are few, and several units ask for the same ones (each
     * notification's receipt, by the three notification indicators and more), so the answers are kept for the case
     * being added, found by identity: the case's parts hand out the same {@code Instant} each time.
     */
    LocalDate date(Instant instant) {
        for (int i = 0; i < datesKept; i++) {
            if (moments[i] == instant) {
                return dates[i];
            }
        }
        LocalDate date = zoneDates.dateOf(instant);
        if (datesKept < moments.length) {
            moments[datesKept] = instant;
            dates[datesKept++] = date;
        }
        return date;
    }
}
