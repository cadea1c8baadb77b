package dk.fremdrift.metrics;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.internal.ZoneDates;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds one case to the state: every indicator's observations of the case, in one pass over its parts and its
 * deadline evaluations, made by the units ({@link Indicator}), whose definitions say in words what each counts.
 *
 * <p>What the units share is worked out once per case: the evaluations of each duty they count, the dates of the
 * case's moments, the progress of its goals, and in {@link CaseDays} the day numbers and keys of its observations.
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

    /** The most duty objects whose slot {@link #slotOf} keeps. */
    private static final int KNOWN_DUTIES = 64;

    private final Duty[] knownDuties = new Duty[KNOWN_DUTIES];
    private final int[] knownSlots = new int[KNOWN_DUTIES];
    private int knownCount;

    private int[][] slotEvaluations;
    private final int[] slotCounts;

    // ---- the case being added, worked out once ---------------------------------------------------------------

    private ChildCase c;
    /** Whether the case being added is open on asOf's date. */
    private boolean open;

    private List<DeadlineEvaluation> evaluations;
    /** The progress of the goals at asOf; null until asked for. */
    private List<GoalProgress> goals;

    /**
     * The number of the intervention kind of each evaluation whose duty a unit breaks down by kind, worked out once
     * per case; {@link #UNRESOLVED} for the others.
     */
    private int[] evaluationKinds = new int[32];

    /** The moments of the case whose dates were asked for, and their dates ({@link #date}). */
    private final Instant[] moments = new Instant[16];

    private final LocalDate[] dates = new LocalDate[16];
    private int datesKept;

    /** The days of the case being added and the keys of its observations. */
    private final CaseDays days;

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
        this.days = new CaseDays(state);
        this.facts = new CaseFacts(this, config);
        this.units = state.units.toArray(Indicator[]::new);
        this.observations = new Observations[units.length];
        this.stock = new boolean[units.length];
        List<Duty> duties = new ArrayList<>();
        Set<Duty> byKind = new HashSet<>();
        for (int i = 0; i < units.length; i++) {
            IndicatorDefinition d = units[i].definition();
            observations[i] = new Observations(units[i], state.tally(d.id()), days);
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

    void add(ChildCase childCase, List<DeadlineEvaluation> evaluations) {
        this.c = childCase;
        Arrays.fill(slotCounts, 0);
        if (evaluationKinds.length < evaluations.size()) {
            evaluationKinds = new int[Math.max(evaluations.size(), 2 * evaluationKinds.length)];
        }
        for (int i = 0; i < evaluations.size(); i++) {
            DeadlineEvaluation e = evaluations.get(i);
            if (e == null) {
                throw new NullPointerException("evaluations[" + i + "]: expected an evaluation, got null");
            }
            // Identity first: an engine's evaluations hold the case's own id and the asOf they were asked for.
            if (e.caseId() != c.id() && !e.caseId().equals(c.id())) {
                throw new IllegalArgumentException("evaluations[" + i + "]: expected an evaluation of case " + c.id()
                        + ", got one of case " + e.caseId());
            }
            if (e.asOf() != asOf && !e.asOf().equals(asOf)) {
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
        days.load(c);
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
        Arrays.fill(moments, 0, datesKept, null);
        datesKept = 0;
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
        CaseworkerAssignment assignment = days.assignmentOn(asOfDate.toEpochDay());
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

    /**
     * The slot of a duty the on-time units count, or -1. Asked for every evaluation of every case, so the answers are
     * kept by the duty's identity (a rule book hands out the same few {@code Duty} objects); an equal duty that is
     * another object is looked up by {@code equals} once and then kept too, up to {@link #KNOWN_DUTIES}.
     */
    int slotOf(Duty duty) {
        for (int k = 0; k < knownCount; k++) {
            if (knownDuties[k] == duty) {
                return knownSlots[k];
            }
        }
        int slot = -1;
        for (int k = 0; k < slotDuties.length; k++) {
            if (slotDuties[k].equals(duty)) {
                slot = k;
                break;
            }
        }
        if (knownCount < KNOWN_DUTIES) {
            knownDuties[knownCount] = duty;
            knownSlots[knownCount++] = slot;
        }
        return slot;
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
