package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Indicators.CASELOAD_ABOVE_RECOMMENDED;
import static dk.fremdrift.metrics.Indicators.CASELOAD_DISTRIBUTION;
import static dk.fremdrift.metrics.Indicators.CASELOAD_MEAN;
import static dk.fremdrift.metrics.Indicators.NOTIFICATIONS_PER_CHILD;
import static dk.fremdrift.metrics.Indicators.NOTIFICATIONS_RECEIVED;
import static dk.fremdrift.metrics.Indicators.REPEAT_NOTIFICATIONS_12M;
import static dk.fremdrift.metrics.Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR;
import static dk.fremdrift.metrics.Tally.Acc.COUNT;
import static dk.fremdrift.metrics.Tally.Acc.EVENTS;
import static dk.fremdrift.metrics.Tally.Acc.EXPOSURE;
import static dk.fremdrift.metrics.Tally.Acc.MET;
import static dk.fremdrift.metrics.Tally.Acc.NOT_MET;
import static dk.fremdrift.metrics.Tally.Acc.SUM;
import static dk.fremdrift.metrics.Tally.Acc.UNITS;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.internal.ZoneDates;
import dk.fremdrift.metrics.Tally.Keys;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.SupervisionVisit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    static final Set<String> CASELOAD_IDS = Set.of(CASELOAD_MEAN, CASELOAD_DISTRIBUTION, CASELOAD_ABOVE_RECOMMENDED);

    /** The age bands of {@link Dimension#AGE_BAND}, in order. */
    static final List<String> AGE_BANDS = List.of("unborn", "0-2", "3-5", "6-11", "12-14", "15-17", "18+");

    private static final int[] BAND_EDGES = {0, 3, 6, 12, 15, 18};

    private static final int ADULT = 18;

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
    /** The duties of the evaluations an indicator breaks down by the kind of the intervention they are about. */
    private final Set<Duty> kindDuties = new HashSet<>();

    private final Tally notificationsReceived;
    private final Tally repeatNotifications;
    private final Tally notificationsPerChild;
    private final Tally supervisionVisits;

    // ---- the case being added, worked out once ---------------------------------------------------------------

    private ChildCase c;
    private List<DeadlineEvaluation> evaluations;
    /** The progress of the goals at asOf; null until asked for. */
    private List<GoalProgress> goals;

    private int assignmentCount;
    private CaseworkerAssignment[] assignments = new CaseworkerAssignment[8];
    private long[] assignedFrom = new long[8];
    /** The day after each assignment, or {@link Long#MAX_VALUE} for one still current. */
    private long[] assignedUntil = new long[8];

    /** The key numbers of each assignment's team and caseworker; {@link #UNRESOLVED} until an observation asks. */
    private int[] assignedTeam = new int[8];

    private int[] assignedCaseworker = new int[8];
    private long birthDay;
    /** The child's birthdays of the ages in {@link #BAND_EDGES}: boundaries of every exposure. */
    private final long[] birthdays = new long[BAND_EDGES.length];
    /** The first day the child is in each age band after "0-2": the band changes where the whole years reach it. */
    private final long[] bandStarts = new long[BAND_EDGES.length - 1];

    private LocalDate[] received = new LocalDate[8];
    /** The keys at asOf's date, worked out when first asked for. */
    private Keys asOfKeys;

    /** Boundaries of exposure segments, as day numbers; sorted before use. */
    private long[] boundaries = new long[64];

    private int boundaryCount;
    /** The segment of time {@link #boundaries} was started for. */
    private long boundaryFrom;

    private long boundaryTo;
    /** The pieces {@link #segments} cut: first day and number of days. */
    private long[] segmentStart = new long[64];

    private long[] segmentDays = new long[64];
    private Intervention[] placements = new Intervention[8];
    private long[] placementStart = new long[8];
    /** The last day of each placement, or {@link Long#MAX_VALUE} for one without an end. */
    private long[] placementEnd = new long[8];

    CaseMeasures(State state) {
        this.state = state;
        this.config = state.config;
        this.zone = config.zone();
        this.zoneDates = ZoneDates.of(zone);
        this.asOf = config.asOf();
        this.asOfDate = config.asOfDate();
        this.windowEnd = config.lastDayCounted().plusDays(1);
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
        for (int i = 0; i < units.length; i++) {
            IndicatorDefinition d = units[i].definition();
            observations[i] = new Observations(d, state.tally(d.id()), this);
            if (units[i] instanceof OnTimeIndicator t && t.byInterventionKind()) {
                kindDuties.add(t.duty());
            }
        }
        this.notificationsReceived = state.tally(NOTIFICATIONS_RECEIVED);
        this.repeatNotifications = state.tally(REPEAT_NOTIFICATIONS_12M);
        this.notificationsPerChild = state.tally(NOTIFICATIONS_PER_CHILD);
        this.supervisionVisits = state.tally(SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR);
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
            if (kindDuties.contains(e.duty())) {
                interventionKind(e); // checked before anything is counted, so a bad input changes nothing
            }
        }
        this.evaluations = evaluations;
        begin();
        notifications();
        supervisionRate();
        if (c.isOpenOn(asOfDate)) {
            openCase();
        }
        for (int i = 0; i < units.length; i++) {
            units[i].observe(facts, observations[i]);
        }
        state.endCase();
        state.budget.add(c);
        this.c = null;
        this.evaluations = null;
        this.goals = null;
        this.asOfKeys = null;
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
        for (int k = 0; k < BAND_EDGES.length; k++) {
            LocalDate birthday = c.child().birthday(BAND_EDGES[k]);
            birthdays[k] = birthday.toEpochDay();
            if (k > 0) {
                bandStarts[k - 1] = bandStart(born, birthday);
            }
        }
        List<Notification> notifications = c.notifications();
        if (notifications.size() > received.length) {
            received = new LocalDate[Math.max(notifications.size(), 2 * received.length)];
        }
        for (int i = 0; i < notifications.size(); i++) {
            received[i] = date(notifications.get(i).received());
        }
    }

    /**
     * The first day on which a child born on a date is as many years old by {@link #wholeYears} as on a birthday
     * ({@code born.plusYears(years)}): the birthday itself, or the day after it where the birthday was moved back
     * to the end of a shorter month (29 February in a year that is not a leap year).
     */
    static long bandStart(LocalDate born, LocalDate birthday) {
        long day = birthday.toEpochDay();
        return birthday.getDayOfMonth() == born.getDayOfMonth() ? day : day + 1;
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

    // ---- notifications -----------------------------------------------------------------------------------------

    private void notifications() {
        List<Notification> notifications = c.notifications();
        Notification first = null;
        LocalDate firstReceived = null;
        long inPeriod = 0;
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            LocalDate day = received[i];
            if (n.received().isAfter(asOf) || !counts(day)) {
                continue;
            }
            inPeriod++;
            if (first == null || n.received().isBefore(first.received())) {
                first = n;
                firstReceived = day;
            }
            Keys keys = at(day);
            notificationsReceived.add(keys, COUNT, 1);
            // A repeat: an earlier notification within the 12 months before.
            boolean repeat = false;
            for (int j = 0; j < notifications.size() && !repeat; j++) {
                Instant other = notifications.get(j).received();
                repeat = other.isBefore(n.received()) && inYearBefore(other, n.received(), zone);
            }
            repeatNotifications.add(keys, repeat ? MET : NOT_MET, 1);
        }
        if (first != null) {
            notificationsPerChild.add(at(firstReceived), SUM, inPeriod, UNITS, 1);
        }
    }

    /** Seconds in a day. */
    private static final long DAY = 86_400;
    /** Moments between 1800 and 2500 (UTC), for which {@link #inYearBefore} may answer from the distance alone. */
    private static final long FIRST_SECOND = -5_364_662_400L;

    private static final long END_SECOND = 16_725_225_600L;

    /**
     * Tells whether a moment is not before the moment 12 months before another in a zone: {@code
     * !earlier.isBefore(later.atZone(zone).minusMonths(12).toInstant())}, worked out only when the two are about a
     * year apart. Twelve months back is 365 or 366 days of local time, and the zone's offsets at the two ends differ
     * by at most 36 hours (offsets lie within ±18 hours), so the moment 12 months before lies between 363.5 and 367.5
     * days before: a moment less than 363 days before is in the year, one more than 368 days before is not.
     */
    static boolean inYearBefore(Instant earlier, Instant later, ZoneId zone) {
        long a = earlier.getEpochSecond();
        long b = later.getEpochSecond();
        if (a >= FIRST_SECOND && b < END_SECOND) {
            long distance = b - a;
            if (distance < 363 * DAY) {
                return true;
            }
            if (distance > 368 * DAY + 1) {
                return false;
            }
        }
        return !earlier.isBefore(later.atZone(zone).minusMonths(12).toInstant());
    }

    private void supervisionRate() {
        List<Intervention> interventions = c.interventions();
        int count = 0;
        for (int i = 0; i < interventions.size(); i++) {
            Intervention iv = interventions.get(i);
            if (!iv.kind().isPlacement()) {
                continue;
            }
            if (count == placements.length) {
                placements = Arrays.copyOf(placements, 2 * count);
                placementStart = Arrays.copyOf(placementStart, 2 * count);
                placementEnd = Arrays.copyOf(placementEnd, 2 * count);
            }
            // Earliest-started first, so the first active one is the earliest-started; equal starts keep the case's
            // order, as a stable sort does.
            long start = iv.start().toEpochDay();
            long end = iv.end().isPresent() ? iv.end().get().toEpochDay() : Long.MAX_VALUE;
            int at = count;
            while (at > 0 && placementStart[at - 1] > start) {
                placements[at] = placements[at - 1];
                placementStart[at] = placementStart[at - 1];
                placementEnd[at] = placementEnd[at - 1];
                at--;
            }
            placements[at] = iv;
            placementStart[at] = start;
            placementEnd[at] = end;
            count++;
        }
        if (count == 0) {
            return;
        }
        boundaries(periodStartDay, windowEndDay);
        for (int p = 0; p < count; p++) {
            boundary(placementStart[p]);
            if (placementEnd[p] != Long.MAX_VALUE) {
                boundary(placementEnd[p] + 1);
            }
        }
        int segments = segments(periodStartDay, windowEndDay);
        for (int s = 0; s < segments; s++) {
            long start = segmentStart[s];
            int p = activePlacement(count, start, null);
            if (p >= 0) {
                supervisionVisits.add(
                        keysOn(start).withKind(placements[p].kind().ordinal()), EXPOSURE, segmentDays[s]);
            }
        }
        List<SupervisionVisit> visits = c.supervisionVisits();
        for (int i = 0; i < visits.size(); i++) {
            SupervisionVisit v = visits.get(i);
            if (!v.conversationWithChild() || !counts(v.date())) {
                continue; // a visit without the conversation does not meet the duty, as the engine reads it
            }
            int p = activePlacement(
                    count, v.date().toEpochDay(), v.interventionId().orElse(null));
            if (p >= 0) {
                supervisionVisits.add(at(v.date()).withKind(placements[p].kind().ordinal()), EVENTS, 1);
            }
        }
    }

    /**
     * The index of the placement active on a day: the one named, if it is active, else the earliest-started one
     * active; -1 if none is.
     */
    private int activePlacement(int count, long day, PartId named) {
        int first = -1;
        for (int p = 0; p < count; p++) {
            if (placementStart[p] <= day && day <= placementEnd[p]) {
                if (placements[p].id().equals(named)) {
                    return p;
                }
                if (first < 0) {
                    first = p;
                }
            }
        }
        return first;
    }

    // ---- caseworkers -------------------------------------------------------------------------------------------

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

    /** The kind of the intervention an evaluation is about; checked when the case was added. */
    InterventionKind kindOf(DeadlineEvaluation e) {
        return KINDS[interventionKind(e)];
    }

    /**
     * Counts the days from one date up to another, cut to the days counted, into a rate's exposure: each piece of
     * days with the same keys in the cells of its first day.
     */
    void exposure(Tally tally, LocalDate from, LocalDate toExclusive) {
        long fromDay = Math.max(from.toEpochDay(), periodStartDay);
        long toDay = Math.min(toExclusive.toEpochDay(), windowEndDay);
        if (fromDay >= toDay) {
            return;
        }
        boundaries(fromDay, toDay);
        int segments = segments(fromDay, toDay);
        for (int s = 0; s < segments; s++) {
            tally.add(keysOn(segmentStart[s]), EXPOSURE, segmentDays[s]);
        }
    }

    // ---- keys and days -----------------------------------------------------------------------------------------

    /** The keys of an observation on a date: the responsible team and caseworker, the age band and the month. */
    Keys at(LocalDate date) {
        if (date.equals(asOfDate)) {
            return atAsOf(); // the stock indicators' date, asked for by each of them
        }
        return keysOn(date.toEpochDay());
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

    /** The index in {@link #AGE_BANDS} of the child's age band on a day, as {@link #ageBand}. */
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

    static String ageBand(LocalDate birthDate, LocalDate date) {
        if (date.isBefore(birthDate)) {
            return AGE_BANDS.get(0);
        }
        int years = wholeYears(birthDate, date);
        int band = 0;
        while (band < BAND_EDGES.length && years >= BAND_EDGES[band]) {
            band++;
        }
        return AGE_BANDS.get(band);
    }

    /**
     * {@code Period.between(from, to).getYears()} for {@code from} on or before {@code to}, worked out as {@link
     * LocalDate#until(java.time.chrono.ChronoLocalDate)} does, without making the period: the age band is asked for
     * at every observation.
     */
    static int wholeYears(LocalDate from, LocalDate to) {
        long totalMonths =
                (to.getYear() * 12L + to.getMonthValue() - 1) - (from.getYear() * 12L + from.getMonthValue() - 1);
        int days = to.getDayOfMonth() - from.getDayOfMonth();
        if (totalMonths > 0 && days < 0) {
            totalMonths--;
        } else if (totalMonths < 0 && days > 0) {
            totalMonths++;
        }
        return Math.toIntExact(totalMonths / 12);
    }

    /**
     * Starts the boundaries of the exposure segments of [from, to) with the dates where a key of an exposure day can
     * change: months, age bands and assignments. Only those after {@code from} and before {@code to} cut a segment,
     * so only they are kept; months first, as they come sorted. {@link #segments} sorts them and skips repeated ones.
     */
    private void boundaries(long from, long to) {
        boundaryCount = 0;
        boundaryFrom = from;
        boundaryTo = to;
        for (long m : monthStartDays) {
            boundary(m);
        }
        for (long birthday : birthdays) {
            boundary(birthday);
        }
        for (int i = 0; i < assignmentCount; i++) {
            boundary(assignedFrom[i]);
            if (assignedUntil[i] != Long.MAX_VALUE) {
                boundary(assignedUntil[i]);
            }
        }
    }

    private void boundary(long day) {
        if (day <= boundaryFrom || day >= boundaryTo) {
            return;
        }
        if (boundaryCount == boundaries.length) {
            boundaries = Arrays.copyOf(boundaries, 2 * boundaryCount);
        }
        boundaries[boundaryCount++] = day;
    }

    /**
     * Cuts [from, to) at the distinct boundaries after {@code from} and before {@code to}, in order, into {@link
     * #segmentStart} and {@link #segmentDays}: the first day and the length of each piece. Returns the number of
     * pieces, none if {@code from} is not before {@code to}. Sorts the boundaries.
     */
    private int segments(long from, long to) {
        if (from >= to) {
            return 0;
        }
        int n = boundaryCount;
        Arrays.sort(boundaries, 0, n);
        if (segmentStart.length < n + 1) {
            segmentStart = new long[n + 1];
            segmentDays = new long[n + 1];
        }
        int pieces = 0;
        long start = from;
        for (int i = 0; i < n; i++) {
            long b = boundaries[i];
            if (b <= start) {
                continue; // at or before the start of the current piece: before from, or repeated
            }
            if (b >= to) {
                break;
            }
            segmentStart[pieces] = start;
            segmentDays[pieces] = b - start;
            pieces++;
            start = b;
        }
        segmentStart[pieces] = start;
        segmentDays[pieces] = to - start;
        return pieces + 1;
    }

    LocalDate date(Instant instant) {
        return zoneDates.dateOf(instant);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Counts the per-caseworker state into the caseload tallies, at report time. */
    static Map<String, Tally> caseload(State state) {
        int recommended = state.config.recommendedCaseload();
        Map<String, Tally> out = new HashMap<>();
        Map<String, IndicatorDefinition> defs = new HashMap<>();
        for (IndicatorDefinition d : Indicators.standard()) {
            defs.put(d.id(), d);
        }
        KeyIds ids = new KeyIds(List.of());
        for (String id : CASELOAD_IDS) {
            out.put(id, new Tally(defs.get(id).dimensions(), ids));
        }
        state.caseload.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String caseworker = e.getKey();
            long load =
                    e.getValue().values().stream().mapToLong(Long::longValue).sum();
            String team = e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            Keys keys = new Keys(
                    ids.id(Dimension.TEAM, team),
                    ids.id(Dimension.CASEWORKER, caseworker),
                    KeyIds.NONE,
                    KeyIds.NONE,
                    KeyIds.NONE);
            out.get(CASELOAD_MEAN).add(keys, SUM, load, UNITS, 1);
            out.get(CASELOAD_DISTRIBUTION).addCategory(keys, caseloadCategory(load));
            out.get(CASELOAD_ABOVE_RECOMMENDED).add(keys, load > recommended ? MET : NOT_MET, 1);
            // Each of the caseworker's open cases is a case behind the caseworker's cells.
            for (Tally t : out.values()) {
                t.endUnit(load);
            }
        });
        return out;
    }

    static String caseloadCategory(long load) {
        int[] lower = Indicators.CASELOAD_LOWER_BOUNDS;
        int i = lower.length - 1;
        while (load < lower[i]) {
            i--;
        }
        return Indicators.CASELOAD_CATEGORIES.get(i);
    }
}
