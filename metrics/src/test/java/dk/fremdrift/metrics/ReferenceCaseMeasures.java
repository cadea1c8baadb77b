package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Indicators.ASSESSMENT_24H_ON_TIME;
import static dk.fremdrift.metrics.Indicators.CASELOAD_ABOVE_RECOMMENDED;
import static dk.fremdrift.metrics.Indicators.CASELOAD_DISTRIBUTION;
import static dk.fremdrift.metrics.Indicators.CASELOAD_MEAN;
import static dk.fremdrift.metrics.Indicators.CASEWORKER_CHANGES_PER_CASE_YEAR;
import static dk.fremdrift.metrics.Indicators.CHILD_CONVERSATION_BEFORE_DECISION;
import static dk.fremdrift.metrics.Indicators.FIRST_FOLLOW_UP_ON_TIME;
import static dk.fremdrift.metrics.Indicators.GOAL_PROGRESS;
import static dk.fremdrift.metrics.Indicators.GOAL_STATUS;
import static dk.fremdrift.metrics.Indicators.INTERVENTION_MIX_ACTIVE;
import static dk.fremdrift.metrics.Indicators.INTERVENTION_MIX_STARTED;
import static dk.fremdrift.metrics.Indicators.INVESTIGATION_4M_ON_TIME;
import static dk.fremdrift.metrics.Indicators.INVESTIGATION_DAYS;
import static dk.fremdrift.metrics.Indicators.MANAGEMENT_REVIEW_COVERAGE;
import static dk.fremdrift.metrics.Indicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE;
import static dk.fremdrift.metrics.Indicators.NOTIFICATIONS_PER_CHILD;
import static dk.fremdrift.metrics.Indicators.NOTIFICATIONS_RECEIVED;
import static dk.fremdrift.metrics.Indicators.OPEN_CASES_UNASSIGNED;
import static dk.fremdrift.metrics.Indicators.OPEN_INVESTIGATIONS_BY_AGE;
import static dk.fremdrift.metrics.Indicators.PLAN_ON_TIME;
import static dk.fremdrift.metrics.Indicators.REPEAT_NOTIFICATIONS_12M;
import static dk.fremdrift.metrics.Indicators.STALLED_CASES;
import static dk.fremdrift.metrics.Indicators.SUPERVISION_ON_TIME;
import static dk.fremdrift.metrics.Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR;
import static dk.fremdrift.metrics.ReferenceTally.Acc.CENSORED;
import static dk.fremdrift.metrics.ReferenceTally.Acc.COUNT;
import static dk.fremdrift.metrics.ReferenceTally.Acc.EVENTS;
import static dk.fremdrift.metrics.ReferenceTally.Acc.EXCLUDED;
import static dk.fremdrift.metrics.ReferenceTally.Acc.EXPOSURE;
import static dk.fremdrift.metrics.ReferenceTally.Acc.MET;
import static dk.fremdrift.metrics.ReferenceTally.Acc.NOT_MET;
import static dk.fremdrift.metrics.ReferenceTally.Acc.SUM;
import static dk.fremdrift.metrics.ReferenceTally.Acc.UNITS;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.ReferenceTally.Keys;
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.ConversationOutcome;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.Exploration;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.ManagementReview;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanRevision;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.SupervisionVisit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds one case to the state: every indicator's observations of the case, in one pass over its parts and its
 * deadline evaluations. The definitions in {@link Indicators} say in words what each method counts.
 *
 * <p><b>Test reference.</b> This is the class as it was before the second performance pass (commit 2134876), renamed
 * and otherwise unchanged: {@code CaseMeasuresProperties} checks that the aggregation gives exactly what this one
 * gives. Do not change it.
 */
final class ReferenceCaseMeasures {

    static final Set<String> CASELOAD_IDS = Set.of(CASELOAD_MEAN, CASELOAD_DISTRIBUTION, CASELOAD_ABOVE_RECOMMENDED);

    /** The age bands of {@link Dimension#AGE_BAND}, in order. */
    static final List<String> AGE_BANDS = List.of("unborn", "0-2", "3-5", "6-11", "12-14", "15-17", "18+");

    private static final int[] BAND_EDGES = {0, 3, 6, 12, 15, 18};

    private final ReferenceState state;
    private final MetricsConfig config;
    private final ZoneId zone;
    private final Instant asOf;
    private final LocalDate asOfDate;
    /** The first day after the days counted: the end of the period, or the day after asOf if that is earlier. */
    private final LocalDate windowEnd;

    /** The first month of the period, as a number of months since year 0. */
    private final int firstMonth;
    /** The month keys ({@code 2026-01}) of the period's months, made once rather than per observation. */
    private final String[] monthKeys;
    /** The first day of each month of the period, in order: boundaries of every exposure. */
    private final List<LocalDate> monthStarts;

    private ChildCase c;

    ReferenceCaseMeasures(ReferenceState state) {
        this.state = state;
        this.config = state.config;
        this.zone = config.zone();
        this.asOf = config.asOf();
        this.asOfDate = config.asOfDate();
        this.windowEnd = config.lastDayCounted().plusDays(1);
        List<YearMonth> months = config.period().months();
        this.firstMonth = monthNumber(config.period().startInclusive());
        this.monthKeys = months.stream().map(YearMonth::toString).toArray(String[]::new);
        this.monthStarts = months.stream().map(m -> m.atDay(1)).toList();
    }

    /**
     * Tells whether an event on a date counts, as {@link MetricsConfig#counts(LocalDate)}, with {@code asOf}'s date
     * worked out once.
     */
    private boolean counts(LocalDate date) {
        return config.period().contains(date) && !date.isAfter(asOfDate);
    }

    private static int monthNumber(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    /** The month key of a date in the period: {@code YearMonth.from(date).toString()}. */
    private String monthKey(LocalDate date) {
        int i = monthNumber(date) - firstMonth;
        return i >= 0 && i < monthKeys.length
                ? monthKeys[i]
                : YearMonth.from(date).toString();
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
            if (e.duty().equals(Duty.FOLLOW_UP) || e.duty().equals(Duty.SUPERVISION)) {
                interventionKind(e); // checked before anything is counted, so a bad input changes nothing
            }
        }
        deadlines(evaluations);
        notifications();
        conversations();
        interventionsStarted();
        supervisionRate();
        continuity();
        if (c.isOpenOn(asOfDate)) {
            openInvestigations();
            goals();
            interventionsActive();
            openCase();
        }
        state.endCase();
        state.budget.add(c);
        this.c = null;
    }

    // ---- deadlines ---------------------------------------------------------------------------------------------

    private void deadlines(List<DeadlineEvaluation> evaluations) {
        for (DeadlineEvaluation e : evaluations) {
            if (!counts(e.triggerDate())) {
                continue;
            }
            Keys keys = at(e.triggerDate());
            Duty duty = e.duty();
            if (duty.equals(Duty.NOTIFICATION_ASSESSMENT)) {
                judged(ASSESSMENT_24H_ON_TIME, keys, e.status());
            } else if (duty.equals(Duty.INVESTIGATION)) {
                judged(INVESTIGATION_4M_ON_TIME, keys, e.status());
                state.tally(INVESTIGATION_DAYS).observe(keys, a -> {
                    if (e.status().isCompleted()) {
                        a.addDays(Math.toIntExact(ChronoUnit.DAYS.between(
                                e.triggerDate(), e.completedOn().orElseThrow())));
                    } else if (e.status().isPending() || e.status() == DeadlineStatus.OVERDUE) {
                        a.add(CENSORED, 1);
                    } else {
                        a.add(EXCLUDED, 1);
                    }
                });
            } else if (duty.equals(Duty.PLAN)) {
                judged(PLAN_ON_TIME, keys, e.status());
            } else if (duty.equals(Duty.FOLLOW_UP)) {
                if (e.occurrence() == 1) {
                    judged(FIRST_FOLLOW_UP_ON_TIME, keys.withKind(interventionKind(e)), e.status());
                }
            } else if (duty.equals(Duty.SUPERVISION)) {
                judged(SUPERVISION_ON_TIME, keys.withKind(interventionKind(e)), e.status());
            }
            // Other duties have no indicator of their own.
        }
    }

    private void judged(String id, Keys keys, DeadlineStatus status) {
        int slot = switch (status) {
            case MET -> MET;
            case MET_LATE, OVERDUE -> NOT_MET;
            case OPEN, DUE_SOON -> CENSORED;
            case NOT_APPLICABLE, EXPIRED, UNDETERMINED -> EXCLUDED;
        };
        state.tally(id).observe(keys, a -> a.add(slot, 1));
    }

    private String interventionKind(DeadlineEvaluation e) {
        PartId id = e.subjectId()
                .orElseThrow(() -> new IllegalArgumentException(
                        "evaluation " + e + ": expected the key of the intervention it is about, got none"));
        for (Intervention iv : c.interventions()) {
            if (iv.id().equals(id)) {
                return iv.kind().name();
            }
        }
        throw new IllegalArgumentException(
                "evaluation " + e + ": expected an intervention of case " + c.id() + ", got '" + id + "'");
    }

    // ---- notifications -----------------------------------------------------------------------------------------

    private void notifications() {
        Notification first = null;
        long inPeriod = 0;
        for (Notification n : c.notifications()) {
            LocalDate received = date(n.received());
            if (n.received().isAfter(asOf) || !counts(received)) {
                continue;
            }
            inPeriod++;
            if (first == null || n.received().isBefore(first.received())) {
                first = n;
            }
            Keys keys = at(received);
            state.tally(NOTIFICATIONS_RECEIVED).observe(keys, a -> a.add(COUNT, 1));
            // A repeat: an earlier notification within the 12 months before. The moment 12 months before is worked
            // out only when there is an earlier notification, which most first notifications have not.
            boolean repeat = false;
            Instant yearBefore = null;
            for (Notification m : c.notifications()) {
                if (m.received().isBefore(n.received())) {
                    if (yearBefore == null) {
                        yearBefore = n.received().atZone(zone).minusMonths(12).toInstant();
                    }
                    if (!m.received().isBefore(yearBefore)) {
                        repeat = true;
                        break;
                    }
                }
            }
            boolean isRepeat = repeat;
            state.tally(REPEAT_NOTIFICATIONS_12M).observe(keys, a -> a.add(isRepeat ? MET : NOT_MET, 1));
        }
        if (first != null) {
            long count = inPeriod;
            state.tally(NOTIFICATIONS_PER_CHILD).observe(at(date(first.received())), a -> {
                a.add(SUM, count);
                a.add(UNITS, 1);
            });
        }
    }

    // ---- decisions ---------------------------------------------------------------------------------------------

    private void conversations() {
        for (Decision d : c.decisions()) {
            if (!counts(d.decided())) {
                continue;
            }
            int slot;
            if (Period.between(c.child().birthDate(), d.decided()).getYears() >= 18) {
                slot = EXCLUDED;
            } else if (conversation(d, ConversationOutcome.HELD)) {
                slot = MET;
            } else if (conversation(d, ConversationOutcome.OMITTED)) {
                slot = EXCLUDED;
            } else {
                slot = NOT_MET;
            }
            state.tally(CHILD_CONVERSATION_BEFORE_DECISION).observe(at(d.decided()), a -> a.add(slot, 1));
        }
    }

    private boolean conversation(Decision d, ConversationOutcome outcome) {
        for (ChildConversation cc : c.childConversations()) {
            if (cc.outcome() != outcome || cc.date().isAfter(asOfDate)) {
                continue;
            }
            boolean linked = cc.decisionId().map(d.id()::equals).orElse(false);
            boolean before = !cc.date().isAfter(d.decided())
                    && !cc.date().isBefore(d.decided().minusMonths(3));
            if (linked || before) {
                return true;
            }
        }
        return false;
    }

    // ---- interventions -----------------------------------------------------------------------------------------

    private void interventionsStarted() {
        for (Intervention iv : c.interventions()) {
            if (counts(iv.start())) {
                state.tally(INTERVENTION_MIX_STARTED)
                        .observe(at(iv.start()).withKind(iv.kind().name()), a -> a.addCategory(mix(iv)));
            }
        }
    }

    private void interventionsActive() {
        for (Intervention iv : c.interventions()) {
            if (iv.isActiveOn(asOfDate)) {
                state.tally(INTERVENTION_MIX_ACTIVE)
                        .observe(at(asOfDate).withKind(iv.kind().name()), a -> a.addCategory(mix(iv)));
            }
        }
    }

    private static String mix(Intervention iv) {
        return iv.kind().isPlacement() ? Indicators.PLACEMENT : Indicators.PREVENTIVE_SUPPORT;
    }

    private void supervisionRate() {
        List<Intervention> placements = new ArrayList<>();
        for (Intervention iv : c.interventions()) {
            if (iv.kind().isPlacement()) {
                placements.add(iv);
            }
        }
        if (placements.isEmpty()) {
            return;
        }
        // Earliest-started first, so the first active one is the earliest-started; the sort is stable.
        placements.sort(Comparator.comparing(Intervention::start));
        LocalDate from = config.period().startInclusive();
        List<LocalDate> boundaries = boundaries();
        for (Intervention p : placements) {
            boundaries.add(p.start());
            p.end().ifPresent(e -> boundaries.add(e.plusDays(1)));
        }
        ReferenceTally tally = state.tally(SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR);
        segments(from, windowEnd, boundaries, (start, days) -> {
            Optional<Intervention> active = activePlacement(placements, start, null);
            active.ifPresent(p -> tally.observe(at(start).withKind(p.kind().name()), a -> a.add(EXPOSURE, days)));
        });
        for (SupervisionVisit v : c.supervisionVisits()) {
            if (!v.conversationWithChild() || !counts(v.date())) {
                continue;
            }
            Optional<Intervention> active =
                    activePlacement(placements, v.date(), v.interventionId().orElse(null));
            active.ifPresent(p -> tally.observe(at(v.date()).withKind(p.kind().name()), a -> a.add(EVENTS, 1)));
        }
    }

    private static Optional<Intervention> activePlacement(List<Intervention> placements, LocalDate day, PartId named) {
        Intervention first = null;
        for (Intervention p : placements) {
            if (p.isActiveOn(day)) {
                if (p.id().equals(named)) {
                    return Optional.of(p);
                }
                if (first == null) {
                    first = p;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    // ---- caseworkers -------------------------------------------------------------------------------------------

    private void continuity() {
        LocalDate from = later(c.opened(), config.period().startInclusive());
        LocalDate to = windowEnd;
        if (c.closing().isPresent() && c.closing().get().closed().isBefore(to)) {
            to = c.closing().get().closed();
        }
        if (!from.isBefore(to)) {
            return;
        }
        ReferenceTally tally = state.tally(CASEWORKER_CHANGES_PER_CASE_YEAR);
        segments(from, to, boundaries(), (start, days) -> tally.observe(at(start), a -> a.add(EXPOSURE, days)));
        List<CaseworkerAssignment> ordered = new ArrayList<>(c.assignments());
        ordered.sort(Comparator.comparing(CaseworkerAssignment::from));
        for (int i = 1; i < ordered.size(); i++) {
            LocalDate day = ordered.get(i).from();
            boolean change =
                    !ordered.get(i).caseworker().equals(ordered.get(i - 1).caseworker());
            if (change && !day.isBefore(from) && day.isBefore(to)) {
                tally.observe(at(day), a -> a.add(EVENTS, 1));
            }
        }
    }

    // ---- the open case at asOf ---------------------------------------------------------------------------------

    private void openCase() {
        Keys keys = at(asOfDate);
        Optional<CaseworkerAssignment> assignment = c.assignmentOn(asOfDate);
        state.tally(OPEN_CASES_UNASSIGNED).observe(keys, a -> a.add(assignment.isEmpty() ? MET : NOT_MET, 1));
        assignment.ifPresent(as -> state.caseload
                .computeIfAbsent(as.caseworker().value(), k -> new HashMap<>())
                .merge(as.team().value(), 1L, Long::sum));

        LocalDate latest = latestStep();
        boolean stalled = ChronoUnit.DAYS.between(latest, asOfDate) >= config.stalledAfterDays();
        state.tally(STALLED_CASES).observe(keys, a -> a.add(stalled ? MET : NOT_MET, 1));

        LocalDate yearBefore = asOfDate.minusMonths(12);
        boolean reviewed = c.managementReviews().stream()
                .map(ManagementReview::date)
                .anyMatch(d -> d.isAfter(yearBefore) && !d.isAfter(asOfDate));
        state.tally(MANAGEMENT_REVIEW_COVERAGE).observe(keys, a -> a.add(reviewed ? MET : NOT_MET, 1));

        LocalDate serious = null;
        for (Notification n : c.notifications()) {
            LocalDate received = date(n.received());
            boolean seriousAssessment = n.assessment()
                    .filter(as -> !as.assessed().isAfter(asOf))
                    .map(Assessment::outcome)
                    .map(o -> o.isSerious())
                    .orElse(false);
            if (!n.received().isAfter(asOf) && received.isAfter(yearBefore) && seriousAssessment) {
                serious = serious == null || received.isBefore(serious) ? received : serious;
            }
        }
        if (serious != null) {
            LocalDate since = serious;
            boolean reviewedSince = c.managementReviews().stream()
                    .map(ManagementReview::date)
                    .anyMatch(d -> !d.isBefore(since) && !d.isAfter(asOfDate));
            state.tally(MANAGEMENT_REVIEW_SERIOUS_COVERAGE).observe(keys, a -> a.add(reviewedSince ? MET : NOT_MET, 1));
        }
    }

    private void openInvestigations() {
        for (Investigation inv : c.investigations()) {
            boolean open = inv.completed().map(d -> d.isAfter(asOfDate)).orElse(true);
            if (inv.awareOn().isAfter(asOfDate) || !open) {
                continue;
            }
            long months = Period.between(inv.awareOn(), asOfDate).toTotalMonths();
            String category = Indicators.INVESTIGATION_AGE_CATEGORIES.get((int) Math.min(months, 4));
            state.tally(OPEN_INVESTIGATIONS_BY_AGE).observe(at(asOfDate), a -> a.addCategory(category));
        }
    }

    private void goals() {
        Keys keys = at(asOfDate);
        for (GoalProgress p : GoalProgress.ofPlans(c, asOfDate)) {
            state.tally(GOAL_STATUS).observe(keys, a -> a.addCategory(p.status().name()));
            p.cappedProgress()
                    .ifPresent(v -> state.tally(GOAL_PROGRESS).observe(keys, a -> {
                        a.addSum(new BigDecimal(v));
                        a.add(UNITS, 1);
                    }));
        }
    }

    /** The latest date of a step in the case up to asOf; the opening date if there is none. */
    private LocalDate latestStep() {
        Latest steps = new Latest(c.opened(), asOfDate);
        for (Notification n : c.notifications()) {
            steps.add(date(n.received()));
            n.assessment().ifPresent(a -> steps.add(date(a.assessed())));
            n.receiptSent().ifPresent(r -> steps.add(date(r)));
            n.notifierInformed().ifPresent(steps::add);
        }
        for (Screening s : c.screenings()) {
            steps.add(s.date());
        }
        for (Exploration e : c.explorations()) {
            steps.add(e.started());
            e.completed().ifPresent(steps::add);
        }
        for (Investigation i : c.investigations()) {
            steps.add(i.awareOn());
            steps.add(i.started());
            i.completed().ifPresent(steps::add);
            i.preliminaryAssessment().ifPresent(steps::add);
        }
        for (ChildConversation cc : c.childConversations()) {
            steps.add(cc.date());
        }
        for (Decision d : c.decisions()) {
            steps.add(d.decided());
            d.notifiedOn().ifPresent(steps::add);
            d.emergency().ifPresent(e -> {
                steps.add(date(e.implemented()));
                e.partiesNotified().ifPresent(p -> steps.add(date(p)));
                e.approvedOn().ifPresent(steps::add);
            });
        }
        for (Plan p : c.plans()) {
            steps.add(p.created());
            for (PlanRevision r : p.revisions()) {
                steps.add(r.date());
            }
            for (Goal g : p.goals()) {
                for (GoalMeasurement m : g.measurements()) {
                    steps.add(m.date());
                }
            }
        }
        for (Intervention iv : c.interventions()) {
            steps.add(iv.start());
            iv.end().ifPresent(steps::add);
        }
        for (FollowUp f : c.followUps()) {
            steps.add(f.date());
        }
        for (SupervisionVisit v : c.supervisionVisits()) {
            steps.add(v.date());
        }
        for (Complaint k : c.complaints()) {
            steps.add(k.received());
            k.reassessed().ifPresent(steps::add);
            k.forwarded().ifPresent(steps::add);
        }
        c.accessRequests().forEach(r -> {
            steps.add(r.received());
            r.answered().ifPresent(steps::add);
        });
        return steps.latest;
    }

    /** The latest date up to a day among those added, starting from a first date; the order does not matter. */
    private static final class Latest {
        private final LocalDate upTo;
        LocalDate latest;

        Latest(LocalDate first, LocalDate upTo) {
            this.latest = first;
            this.upTo = upTo;
        }

        void add(LocalDate d) {
            if (!d.isAfter(upTo) && d.isAfter(latest)) {
                latest = d;
            }
        }
    }

    // ---- keys and days -----------------------------------------------------------------------------------------

    /** The keys of an observation on a date: the responsible team and caseworker, the age band and the month. */
    private Keys at(LocalDate date) {
        // ChildCase.assignmentOn without the Optional: the first assignment active that day.
        CaseworkerAssignment a = null;
        for (CaseworkerAssignment x : c.assignments()) {
            if (x.isActiveOn(date)) {
                a = x;
                break;
            }
        }
        String team = a == null ? Dimension.UNASSIGNED : a.team().value();
        String caseworker = a == null ? Dimension.UNASSIGNED : a.caseworker().value();
        String month = counts(date) ? monthKey(date) : null;
        return new Keys(team, caseworker, ageBand(c.child().birthDate(), date), null, month);
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
     * The dates where a key of an exposure day can change: assignments, age bands and months. A list to add to and
     * then sort; {@link #segments} skips repeated dates.
     */
    private List<LocalDate> boundaries() {
        List<LocalDate> b =
                new ArrayList<>(monthStarts.size() + 2 * c.assignments().size() + 12);
        for (CaseworkerAssignment a : c.assignments()) {
            b.add(a.from());
            a.until().ifPresent(b::add);
        }
        for (int age : BAND_EDGES) {
            b.add(c.child().birthday(age));
        }
        b.addAll(monthStarts);
        return b;
    }

    /**
     * Calls the consumer with the first day and the length of each piece of [from, to) cut at the boundaries: the
     * distinct boundaries after {@code from} and before {@code to}, in order. Sorts the boundaries.
     */
    private static void segments(LocalDate from, LocalDate to, List<LocalDate> boundaries, Segment consumer) {
        if (!from.isBefore(to)) {
            return;
        }
        boundaries.sort(null);
        LocalDate start = from;
        LocalDate previous = null;
        for (LocalDate b : boundaries) {
            if (b.equals(previous) || !b.isAfter(from)) {
                previous = b;
                continue;
            }
            if (!b.isBefore(to)) {
                break;
            }
            consumer.accept(start, ChronoUnit.DAYS.between(start, b));
            start = b;
            previous = b;
        }
        consumer.accept(start, ChronoUnit.DAYS.between(start, to));
    }

    @FunctionalInterface
    private interface Segment {
        void accept(LocalDate start, long days);
    }

    private LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Counts the per-caseworker state into the caseload tallies, at report time. */
    static Map<String, ReferenceTally> caseload(ReferenceState state) {
        int recommended = state.config.recommendedCaseload();
        Map<String, ReferenceTally> out = new HashMap<>();
        Map<String, IndicatorDefinition> defs = new HashMap<>();
        for (IndicatorDefinition d : Indicators.standard()) {
            defs.put(d.id(), d);
        }
        for (String id : CASELOAD_IDS) {
            out.put(id, new ReferenceTally(defs.get(id).dimensions()));
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
            Keys keys = new Keys(team, caseworker, null, null, null);
            out.get(CASELOAD_MEAN).observe(keys, a -> {
                a.add(SUM, load);
                a.add(UNITS, 1);
            });
            out.get(CASELOAD_DISTRIBUTION).observe(keys, a -> a.addCategory(caseloadCategory(load)));
            out.get(CASELOAD_ABOVE_RECOMMENDED).observe(keys, a -> a.add(load > recommended ? MET : NOT_MET, 1));
            // Each of the caseworker's open cases is a case behind the caseworker's cells.
            for (ReferenceTally t : out.values()) {
                t.endUnit(load);
            }
        });
        return out;
    }

    static String caseloadCategory(long load) {
        int[] lower = Caseload.LOWER_BOUNDS;
        int i = lower.length - 1;
        while (load < lower[i]) {
            i--;
        }
        return Caseload.CATEGORIES.get(i);
    }
}
