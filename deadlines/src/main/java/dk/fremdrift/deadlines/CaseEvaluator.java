package dk.fremdrift.deadlines;

import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import dk.fremdrift.deadlines.internal.ZoneDates;
import dk.fremdrift.model.AccessRequest;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.Exploration;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.PlacementDecisionKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanRevision;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.SupervisionVisit;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Evaluates one case at one moment; one instance per call, not shared. */
final class CaseEvaluator {

    /** A plan made or revised this long before a decision counts as existing when the decision is made. */
    static final int PLAN_LOOKBACK_MONTHS = 6;

    private static final int MAX_OCCURRENCES = 1000;

    private static final Paths NOTIFICATIONS = new Paths("notifications");
    private static final Paths INVESTIGATIONS = new Paths("investigations");
    private static final Paths DECISIONS = new Paths("decisions");
    private static final Paths INTERVENTIONS = new Paths("interventions");
    private static final Paths COMPLAINTS = new Paths("complaints");
    private static final Paths ACCESS_REQUESTS = new Paths("accessRequests");

    private final ChildCase c;
    private final Instant asOf;
    private final LocalDate asOfDate;
    private final ZoneId zone;
    private final ZoneDates days;
    private final Map<String, WorkingDayCalendar> calendars;
    private final List<DeadlineEvaluation> out;
    private final LocalDate closedOn;
    /** The municipality's default interval between later follow-ups under barnets lov; null if it set none. */
    private final Recurrence followUpFrequency;

    CaseEvaluator(
            ChildCase c,
            Instant asOf,
            ZoneDates days,
            Map<String, WorkingDayCalendar> calendars,
            Recurrence followUpFrequency,
            List<DeadlineEvaluation> out) {
        this.followUpFrequency = followUpFrequency;
        this.c = c;
        this.asOf = asOf;
        this.zone = days.zone();
        this.days = days;
        this.asOfDate = days.dateOf(asOf);
        this.calendars = calendars;
        this.out = out;
        this.closedOn = c.closing()
                .map(cl -> cl.closed())
                .filter(d -> !d.isAfter(asOfDate))
                .orElse(null);
    }

    private String lastCalendarId;
    private WorkingDayCalendar lastCalendar;

    /** The rule's calendar; most rules share one, so the last one found is kept. */
    private WorkingDayCalendar calendarOf(DeadlineRule rule) {
        String id = rule.calendar();
        if (id != lastCalendarId && !id.equals(lastCalendarId)) {
            lastCalendar = calendars.get(id);
            lastCalendarId = id;
        }
        return lastCalendar;
    }

    /** Evaluates every rule of one duty against the case. */
    void evaluate(List<DeadlineRule> duty) {
        TriggerKind kind = duty.get(0).trigger().kind();
        switch (kind) {
            case NOTIFICATION_RECEIVED -> notifications(duty);
            case INVESTIGATION_AWARENESS -> investigations(duty);
            case DECISION_MADE, DECISION_NOTIFIED, EMERGENCY_IMPLEMENTED -> decisions(duty, kind);
            case INTERVENTION_STARTED -> interventions(duty);
            case COMPLAINT_RECEIVED -> complaints(duty);
            case ACCESS_REQUEST_RECEIVED -> accessRequests(duty);
            case SUPPORT_FROM_AGE -> supportFromAge(duty);
            case BIRTHDAY_WHILE_SUPPORTED -> birthdayWhileSupported(duty);
        }
    }

    private static DeadlineRule ruleOn(List<DeadlineRule> duty, LocalDate date) {
        for (DeadlineRule r : duty) {
            if (r.inForce().contains(date)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The duty's first rule if the date is before it came into force: the event came before any rule of the duty
     * existed, which the evaluation says. Null otherwise. A duty's rules are ordered by the start of their period.
     */
    private static DeadlineRule firstIfBefore(List<DeadlineRule> duty, LocalDate date) {
        DeadlineRule first = duty.get(0);
        return date.isBefore(first.inForce().startInclusive()) ? first : null;
    }

    // ---- triggers ---------------------------------------------------------------------------------------------

    private void notifications(List<DeadlineRule> duty) {
        List<Notification> ns = c.notifications();
        for (int i = 0; i < ns.size(); i++) {
            Notification n = ns.get(i);
            if (n.received().isAfter(asOf)) {
                continue;
            }
            LocalDate date = days.dateOf(n.received());
            DeadlineRule rule = ruleOn(duty, date);
            boolean before = rule == null;
            if (before && (rule = firstIfBefore(duty, date)) == null) {
                continue;
            }
            var t = rule.trigger();
            if (!t.notifierKinds().isEmpty() && !t.notifierKinds().contains(n.notifierKind())) {
                continue;
            }
            if (before) {
                beforeRule(rule, SubjectKind.NOTIFICATION, n.id(), NOTIFICATIONS, i, date, n.received());
                continue;
            }
            Found done = switch (rule.completion().kind()) {
                case NOTIFICATION_ASSESSED ->
                    n.assessment().map(a -> Found.at(a.assessed(), days)).orElse(null);
                case RECEIPT_SENT -> n.receiptSent().map(r -> Found.at(r, days)).orElse(null);
                case NOTIFIER_INFORMED -> n.notifierInformed().map(Found::on).orElse(null);
                case SCREENED -> screeningOf(n.id());
                default -> throw unsupported(rule);
            };
            single(rule, SubjectKind.NOTIFICATION, n.id(), NOTIFICATIONS, i, date, n.received(), done, null);
        }
    }

    private Found screeningOf(PartId notification) {
        Found best = null;
        for (Screening s : c.screenings()) {
            if (s.notificationIds().contains(notification)) {
                best = Found.earlier(best, Found.on(s.date()));
            }
        }
        return best;
    }

    private void investigations(List<DeadlineRule> duty) {
        List<Investigation> list = c.investigations();
        for (int i = 0; i < list.size(); i++) {
            Investigation inv = list.get(i);
            LocalDate date = inv.awareOn();
            if (date.isAfter(asOfDate)) {
                continue;
            }
            DeadlineRule rule = ruleOn(duty, date);
            if (rule == null) {
                DeadlineRule first = firstIfBefore(duty, date);
                if (first != null) {
                    beforeRule(first, SubjectKind.INVESTIGATION, inv.id(), INVESTIGATIONS, i, date, null);
                }
                continue;
            }
            Found done;
            switch (rule.completion().kind()) {
                case INVESTIGATION_COMPLETED ->
                    done = inv.completed().map(Found::on).orElse(null);
                case PRELIMINARY_ASSESSMENT -> {
                    Due due = due(rule, date, null);
                    if (due == null) {
                        outside(rule, SubjectKind.INVESTIGATION, inv.id(), INVESTIGATIONS, i, date, null);
                        continue;
                    }
                    LocalDate completed = inv.completed().orElse(null);
                    if (completed != null && !completed.isAfter(due.dueDate()) && !completed.isAfter(asOfDate)) {
                        emit(
                                rule,
                                SubjectKind.INVESTIGATION,
                                inv.id(),
                                INVESTIGATIONS,
                                i,
                                1,
                                date,
                                null,
                                due,
                                null,
                                null,
                                DeadlineStatus.NOT_APPLICABLE,
                                Inapplicability.COMPLETED_IN_TIME,
                                completed);
                        continue;
                    }
                    done = Found.earlier(
                            inv.preliminaryAssessment().map(Found::on).orElse(null),
                            inv.completed().map(Found::on).orElse(null));
                }
                default -> throw unsupported(rule);
            }
            single(rule, SubjectKind.INVESTIGATION, inv.id(), INVESTIGATIONS, i, date, null, done, null);
        }
    }

    private void decisions(List<DeadlineRule> duty, TriggerKind kind) {
        List<Decision> ds = c.decisions();
        for (int i = 0; i < ds.size(); i++) {
            Decision d = ds.get(i);
            LocalDate date;
            Instant at = null;
            switch (kind) {
                case DECISION_MADE -> {
                    // An emergency decision by the chair is no ordinary decision: it has its own trigger.
                    if (d.outcome() != DecisionOutcome.GRANTED || d.emergency().isPresent()) {
                        continue;
                    }
                    date = d.decided();
                }
                case DECISION_NOTIFIED -> {
                    if (d.notifiedOn().isEmpty()) {
                        continue;
                    }
                    date = d.notifiedOn().get();
                }
                case EMERGENCY_IMPLEMENTED -> {
                    if (d.emergency().isEmpty()) {
                        continue;
                    }
                    at = d.emergency().get().implemented();
                    if (at.isAfter(asOf)) {
                        continue;
                    }
                    date = days.dateOf(at);
                }
                default -> throw new IllegalStateException("unreachable");
            }
            if (date.isAfter(asOfDate)) {
                continue;
            }
            DeadlineRule rule = ruleOn(duty, date);
            boolean before = rule == null;
            if (before && (rule = firstIfBefore(duty, date)) == null) {
                continue;
            }
            Trigger t = rule.trigger();
            if (!t.decisionKinds().isEmpty() && !t.decisionKinds().contains(d.kind())) {
                continue;
            }
            Inapplicability unknown = null;
            if (!t.placementKinds().isEmpty() && d.kind() == DecisionKind.PLACEMENT_WITHOUT_CONSENT) {
                if (d.placementKind().isEmpty()) {
                    // Not recorded: told once, by the rule that covers a placement, never guessed from the order.
                    if (!t.placementKinds().contains(PlacementDecisionKind.PLACEMENT)) {
                        continue;
                    }
                    unknown = Inapplicability.PLACEMENT_KIND_NOT_RECORDED;
                } else if (!t.placementKinds().contains(d.placementKind().get())) {
                    continue;
                }
            }
            if (before) {
                beforeRule(rule, SubjectKind.DECISION, d.id(), DECISIONS, i, date, at);
                continue;
            }
            if (unknown == null
                    && rule.completion().kind() == CompletionKind.INVESTIGATION_COMPLETED
                    && d.investigationId().isEmpty()) {
                unknown = Inapplicability.INVESTIGATION_NOT_NAMED;
            }
            if (unknown != null) {
                undetermined(rule, SubjectKind.DECISION, d.id(), DECISIONS, i, date, at, unknown);
                continue;
            }
            Found done = switch (rule.completion().kind()) {
                case INVESTIGATION_COMPLETED ->
                    investigationCompleted(d.investigationId().get());
                case PLAN_EXISTS -> planExists(rule, date);
                case LATER_PLACEMENT_DECISION -> laterPlacementDecision(date);
                case PARTIES_NOTIFIED ->
                    d.emergency()
                            .flatMap(e -> e.partiesNotified())
                            .map(p -> Found.at(p, days))
                            .orElse(null);
                case EMERGENCY_APPROVED ->
                    d.emergency().flatMap(e -> e.approvedOn()).map(Found::on).orElse(null);
                case ORDINARY_DECISION -> ordinaryDecisionFrom(d.id(), date);
                case COMPLAINT_MADE -> complaintAbout(d.id());
                default -> throw unsupported(rule);
            };
            single(rule, SubjectKind.DECISION, d.id(), DECISIONS, i, date, at, done, null);
        }
    }

    /** The completion of the investigation the decision names; the case checks that it is one of its own. */
    private Found investigationCompleted(PartId investigation) {
        for (Investigation inv : c.investigations()) {
            if (inv.id().equals(investigation)) {
                return inv.completed().map(Found::on).orElse(null);
            }
        }
        return null;
    }

    private Found planExists(DeadlineRule rule, LocalDate trigger) {
        LocalDate lookback = trigger.minusMonths(PLAN_LOOKBACK_MONTHS);
        boolean existed = false;
        LocalDate firstAfter = null;
        for (Plan p : c.plans()) {
            if (!rule.completion().planKinds().isEmpty()
                    && !rule.completion().planKinds().contains(p.kind())) {
                continue;
            }
            existed |= within(p.created(), lookback, trigger);
            if (p.created().isAfter(trigger)) {
                firstAfter = min(firstAfter, p.created());
            }
            for (PlanRevision r : p.revisions()) {
                existed |= within(r.date(), lookback, trigger);
                if (r.date().isAfter(trigger)) {
                    firstAfter = min(firstAfter, r.date());
                }
            }
        }
        if (existed) {
            return Found.on(trigger);
        }
        return firstAfter == null ? null : Found.on(firstAfter);
    }

    private static boolean within(LocalDate d, LocalDate fromInclusive, LocalDate toInclusive) {
        return !d.isBefore(fromInclusive) && !d.isAfter(toInclusive);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private Found laterPlacementDecision(LocalDate after) {
        Found best = null;
        for (Decision d : c.decisions()) {
            DecisionKind k = d.kind();
            boolean placement = k == DecisionKind.PLACEMENT_WITHOUT_CONSENT
                    || k == DecisionKind.PERMANENT_PLACEMENT
                    || k == DecisionKind.PLACEMENT_WITH_CONSENT
                    || k == DecisionKind.TERMINATION;
            // An emergency decision by the chair is no re-treatment by the committee.
            if (placement && d.emergency().isEmpty() && d.decided().isAfter(after)) {
                best = Found.earlier(best, Found.on(d.decided()));
            }
        }
        return best;
    }

    private Found ordinaryDecisionFrom(PartId emergency, LocalDate from) {
        Found best = null;
        for (Decision d : c.decisions()) {
            if (d.emergency().isEmpty()
                    && !d.id().equals(emergency)
                    && !d.decided().isBefore(from)) {
                best = Found.earlier(best, Found.on(d.decided()));
            }
        }
        return best;
    }

    private Found complaintAbout(PartId decision) {
        Found best = null;
        for (Complaint k : c.complaints()) {
            if (k.decisionId().filter(decision::equals).isPresent()) {
                best = Found.earlier(best, Found.on(k.received()));
            }
        }
        return best;
    }

    private void complaints(List<DeadlineRule> duty) {
        List<Complaint> list = c.complaints();
        for (int i = 0; i < list.size(); i++) {
            Complaint k = list.get(i);
            if (k.received().isAfter(asOfDate)) {
                continue;
            }
            DeadlineRule rule = ruleOn(duty, k.received());
            if (rule == null) {
                DeadlineRule first = firstIfBefore(duty, k.received());
                if (first != null) {
                    beforeRule(first, SubjectKind.COMPLAINT, k.id(), COMPLAINTS, i, k.received(), null);
                }
                continue;
            }
            if (rule.completion().kind() != CompletionKind.COMPLAINT_REASSESSED) {
                throw unsupported(rule);
            }
            Found done = k.reassessed().or(k::forwarded).map(Found::on).orElse(null);
            single(rule, SubjectKind.COMPLAINT, k.id(), COMPLAINTS, i, k.received(), null, done, null);
        }
    }

    private void accessRequests(List<DeadlineRule> duty) {
        List<AccessRequest> list = c.accessRequests();
        for (int i = 0; i < list.size(); i++) {
            AccessRequest a = list.get(i);
            if (a.received().isAfter(asOfDate)) {
                continue;
            }
            DeadlineRule rule = ruleOn(duty, a.received());
            if (rule == null) {
                DeadlineRule first = firstIfBefore(duty, a.received());
                if (first != null) {
                    beforeRule(first, SubjectKind.ACCESS_REQUEST, a.id(), ACCESS_REQUESTS, i, a.received(), null);
                }
                continue;
            }
            if (rule.completion().kind() != CompletionKind.ACCESS_REQUEST_ANSWERED) {
                throw unsupported(rule);
            }
            Found done = a.answered().map(Found::on).orElse(null);
            single(rule, SubjectKind.ACCESS_REQUEST, a.id(), ACCESS_REQUESTS, i, a.received(), null, done, null);
        }
    }

    private void supportFromAge(List<DeadlineRule> duty) {
        int age = duty.get(0).trigger().age().orElseThrow();
        LocalDate birthday = c.child().birthday(age);
        LocalDate adult = c.child().birthday(18);
        LocalDate start = null;
        for (Intervention iv : c.interventions()) {
            if (iv.end().isEmpty() || !iv.end().get().isBefore(birthday)) {
                LocalDate from = iv.start().isAfter(birthday) ? iv.start() : birthday;
                start = min(start, from);
            }
        }
        if (start == null || !start.isBefore(adult) || start.isAfter(asOfDate)) {
            return;
        }
        DeadlineRule rule = ruleOn(duty, start);
        if (rule == null) {
            DeadlineRule first = firstIfBefore(duty, start);
            if (first != null) {
                beforeRule(first, SubjectKind.CASE, null, null, -1, start, null);
            }
            return;
        }
        Found done = switch (rule.completion().kind()) {
            case PLAN_EXISTS -> planExists(rule, start);
            case YOUTH_SUPPORT_DECISION -> youthSupportDecision();
            default -> throw unsupported(rule);
        };
        single(rule, SubjectKind.CASE, null, null, -1, start, null, done, null);
    }

    private void birthdayWhileSupported(List<DeadlineRule> duty) {
        int age = duty.get(0).trigger().age().orElseThrow();
        LocalDate birthday = c.child().birthday(age);
        DeadlineRule rule = ruleOn(duty, birthday);
        boolean before = rule == null;
        if (before && (rule = firstIfBefore(duty, birthday)) == null) {
            return;
        }
        Due due = due(rule, birthday, null);
        if (due == null) {
            return;
        }
        // A deadline before the birthday is listed as long before its due date as the due date is before the
        // birthday: 6 months before the 18th birthday is listed from the 17th.
        LocalDate visibleFrom =
                rule.length() < 0 ? due.dueDate().minus(Period.between(due.dueDate(), birthday)) : birthday;
        if (visibleFrom.isAfter(asOfDate)) {
            return;
        }
        LocalDate check = due.dueDate().isAfter(asOfDate) ? asOfDate : due.dueDate();
        boolean supported = false;
        for (Intervention iv : c.interventions()) {
            supported |= iv.isActiveOn(check);
        }
        if (!supported) {
            return;
        }
        if (before) {
            beforeRule(rule, SubjectKind.CASE, null, null, -1, birthday, null);
            return;
        }
        Found done = switch (rule.completion().kind()) {
            case YOUTH_SUPPORT_DECISION -> youthSupportDecision();
            case PLAN_EXISTS -> planExists(rule, birthday);
            default -> throw unsupported(rule);
        };
        judge(rule, SubjectKind.CASE, null, null, -1, 1, birthday, null, due, done, null);
    }

    private Found youthSupportDecision() {
        Found best = null;
        for (Decision d : c.decisions()) {
            if (d.kind() == DecisionKind.YOUTH_SUPPORT) {
                best = Found.earlier(best, Found.on(d.decided()));
            }
        }
        return best;
    }

    private void interventions(List<DeadlineRule> duty) {
        List<Intervention> list = c.interventions();
        for (int i = 0; i < list.size(); i++) {
            Intervention iv = list.get(i);
            if (iv.start().isAfter(asOfDate)) {
                continue;
            }
            DeadlineRule first = ruleOn(duty, iv.start());
            boolean before = first == null;
            if (before && (first = firstIfBefore(duty, iv.start())) == null) {
                continue;
            }
            if (!first.trigger().interventionScope().includes(iv.kind())) {
                continue;
            }
            if (before) {
                beforeRule(first, SubjectKind.INTERVENTION, iv.id(), INTERVENTIONS, i, iv.start(), null);
                continue;
            }
            CompletionKind ck = first.completion().kind();
            if (ck != CompletionKind.FOLLOW_UP && ck != CompletionKind.SUPERVISION_VISIT) {
                throw unsupported(first);
            }
            boolean followUps = ck == CompletionKind.FOLLOW_UP;
            LocalDate trigger = iv.start();
            LocalDate decidedNext = null;
            for (int k = 1; k <= MAX_OCCURRENCES; k++) {
                DeadlineRule rule = k == 1 ? first : ruleOn(duty, trigger);
                if (rule == null) {
                    break;
                }
                DueBasis basis = DueBasis.RULE;
                Recurrence every = null;
                if (k > 1) {
                    if (rule.recurrence().isPresent()) {
                        every = rule.recurrence().get();
                    } else if (followUps && decidedNext != null) {
                        basis = DueBasis.RECORDED_DECISION;
                    } else if (followUps && followUpFrequency != null) {
                        basis = DueBasis.MUNICIPAL_FREQUENCY;
                        every = followUpFrequency;
                    } else if (followUps) {
                        undetermined(
                                rule,
                                SubjectKind.INTERVENTION,
                                iv.id(),
                                INTERVENTIONS,
                                i,
                                k,
                                trigger,
                                Inapplicability.NEXT_FOLLOW_UP_NOT_RECORDED);
                        break;
                    } else {
                        break;
                    }
                }
                WorkingDayCalendar cal = calendarOf(rule);
                Due due;
                LocalDate broughtForward = null;
                try {
                    if (k == 1) {
                        due = Dues.compute(
                                rule.length(), rule.unit(), rule.dayCounting(), rule.roll(), cal, days, trigger, null);
                    } else if (basis == DueBasis.RECORDED_DECISION) {
                        due = Dues.onDate(decidedNext, rule.roll(), cal, days);
                    } else {
                        due = Dues.compute(
                                every.length(),
                                every.unit(),
                                DayCounting.EXCLUDE_TRIGGER_DAY,
                                rule.roll(),
                                cal,
                                days,
                                trigger,
                                null);
                    }
                    if (k == 1 && rule.modifiers().contains(DueModifier.EARLIER_OF_PARALLEL_INVESTIGATION_END)) {
                        LocalDate parallelEnd = parallelEnd(iv.start());
                        if (parallelEnd != null && parallelEnd.isBefore(due.dueDate())) {
                            due = Dues.onDate(parallelEnd, rule.roll(), cal, days);
                            broughtForward = parallelEnd;
                        }
                    }
                } catch (DateTimeException e) {
                    outside(rule, SubjectKind.INTERVENTION, iv.id(), INTERVENTIONS, i, trigger, null);
                    break;
                }
                Found done = followUps
                        ? earliestFollowUp(iv.id(), trigger, k == 1)
                        : earliestVisitWithConversation(iv.id(), trigger, k == 1);
                LocalDate endedOn = iv.end().filter(e -> !e.isAfter(asOfDate)).orElse(null);
                judge(
                        rule,
                        SubjectKind.INTERVENTION,
                        iv.id(),
                        INTERVENTIONS,
                        i,
                        k,
                        trigger,
                        null,
                        due,
                        done,
                        endedOn,
                        broughtForward,
                        basis,
                        basis == DueBasis.MUNICIPAL_FREQUENCY ? every : null);
                if (done == null || done.date.isAfter(asOfDate)) {
                    break;
                }
                trigger = done.date;
                decidedNext = done.next;
                if (iv.end().isPresent() && !trigger.isBefore(iv.end().get())) {
                    break;
                }
            }
        }
    }

    private LocalDate parallelEnd(LocalDate start) {
        LocalDate best = null;
        for (Investigation inv : c.investigations()) {
            if (!inv.started().isAfter(start) && inv.completed().isPresent()) {
                LocalDate done = inv.completed().get();
                if (!done.isBefore(start) && !done.isAfter(asOfDate)) {
                    best = min(best, done);
                }
            }
        }
        for (Exploration ex : c.explorations()) {
            if (!ex.started().isAfter(start) && ex.completed().isPresent()) {
                LocalDate done = ex.completed().get();
                if (!done.isBefore(start) && !done.isAfter(asOfDate)) {
                    best = min(best, done);
                }
            }
        }
        return best;
    }

    /**
     * The earliest follow-up that meets an occurrence: one on the intervention, or on no intervention in particular,
     * dated after the trigger (on or after it for the first occurrence); with the next follow-up it decided.
     */
    private Found earliestFollowUp(PartId intervention, LocalDate trigger, boolean inclusive) {
        List<FollowUp> parts = c.followUps();
        Found best = null;
        for (int i = 0; i < parts.size(); i++) {
            FollowUp f = parts.get(i);
            if ((f.interventionId().isEmpty() || f.interventionId().get().equals(intervention))
                    && after(f.date(), trigger, inclusive)) {
                best = Found.earlier(best, Found.on(f.date(), f.nextFollowUpBy().orElse(null)));
            }
        }
        return best;
    }

    /**
     * The earliest supervision visit that meets an occurrence: one to the placement, or to no placement in
     * particular, with a conversation with the child (barnets lov § 156, stk. 5), dated after the trigger (on or
     * after it for the first occurrence). A visit without the conversation does not meet the duty.
     */
    private Found earliestVisitWithConversation(PartId intervention, LocalDate trigger, boolean inclusive) {
        List<SupervisionVisit> parts = c.supervisionVisits();
        Found best = null;
        for (int i = 0; i < parts.size(); i++) {
            SupervisionVisit v = parts.get(i);
            if (v.conversationWithChild()
                    && (v.interventionId().isEmpty() || v.interventionId().get().equals(intervention))
                    && after(v.date(), trigger, inclusive)) {
                best = Found.earlier(best, Found.on(v.date()));
            }
        }
        return best;
    }

    private static boolean after(LocalDate d, LocalDate trigger, boolean inclusive) {
        return inclusive ? !d.isBefore(trigger) : d.isAfter(trigger);
    }

    // ---- judging ----------------------------------------------------------------------------------------------

    private Due due(DeadlineRule rule, LocalDate triggerDate, Instant triggerAt) {
        try {
            return Dues.compute(
                    rule.length(),
                    rule.unit(),
                    rule.dayCounting(),
                    rule.roll(),
                    calendarOf(rule),
                    days,
                    triggerDate,
                    triggerAt);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void single(
            DeadlineRule rule,
            SubjectKind kind,
            PartId id,
            Paths list,
            int index,
            LocalDate triggerDate,
            Instant triggerAt,
            Found done,
            LocalDate endedOn) {
        Due due = due(rule, triggerDate, triggerAt);
        if (due == null) {
            outside(rule, kind, id, list, index, triggerDate, triggerAt);
            return;
        }
        judge(rule, kind, id, list, index, 1, triggerDate, triggerAt, due, done, endedOn);
    }

    private void judge(
            DeadlineRule rule,
            SubjectKind kind,
            PartId id,
            Paths list,
            int index,
            int occurrence,
            LocalDate triggerDate,
            Instant triggerAt,
            Due due,
            Found done,
            LocalDate endedOn) {
        judge(
                rule,
                kind,
                id,
                list,
                index,
                occurrence,
                triggerDate,
                triggerAt,
                due,
                done,
                endedOn,
                null,
                DueBasis.RULE,
                null);
    }

    private void judge(
            DeadlineRule rule,
            SubjectKind kind,
            PartId id,
            Paths list,
            int index,
            int occurrence,
            LocalDate triggerDate,
            Instant triggerAt,
            Due due,
            Found done,
            LocalDate endedOn,
            LocalDate broughtForward,
            DueBasis basis,
            Recurrence every) {
        boolean seen = done != null && (done.at != null ? !done.at.isAfter(asOf) : !done.date.isAfter(asOfDate));
        DeadlineStatus status;
        Inapplicability why = null;
        LocalDate whyOn = null;
        if (seen) {
            boolean onTime = rule.unit() == DeadlineUnit.HOURS
                    ? !done.at.isAfter(due.dueAt())
                    : !done.date.isAfter(due.dueDate());
            status = onTime ? DeadlineStatus.MET : DeadlineStatus.MET_LATE;
        } else if (endedOn != null && endedOn.isBefore(due.dueDate())) {
            status = DeadlineStatus.NOT_APPLICABLE;
            why = Inapplicability.INTERVENTION_ENDED;
            whyOn = endedOn;
        } else if (closedOn != null && !closedOn.isAfter(due.dueDate())) {
            status = DeadlineStatus.NOT_APPLICABLE;
            why = Inapplicability.CASE_CLOSED;
            whyOn = closedOn;
        } else if (asOf.isAfter(due.dueAt())) {
            status = rule.obligation() == Obligation.PARTY ? DeadlineStatus.EXPIRED : DeadlineStatus.OVERDUE;
        } else if (!asOf.isBefore(due.dueAt().minus(rule.dueSoon()))) {
            status = DeadlineStatus.DUE_SOON;
        } else {
            status = DeadlineStatus.OPEN;
        }
        DeadlineEvaluation.Builder b = builder(rule, kind, id, list, index, occurrence, triggerDate, triggerAt);
        b.dueDate = due.dueDate();
        b.dueAt = due.dueAt();
        b.rolledFrom = due.rolledFrom().orElse(null);
        if (due.closedDay().isPresent()) {
            LocalDate closedDate = due.rolledFrom().orElse(due.dueDate());
            String[] names = Dues.closedDayNames(closedDate, calendarOf(rule));
            b.closedDayDa = names[0];
            b.closedDayEn = names[1];
        }
        b.broughtForwardTo = broughtForward;
        b.dueBasis = basis;
        b.recurrenceUsed = every;
        if (seen) {
            b.completedOn = done.date;
            b.completedAt = done.at;
        }
        b.status = status;
        b.inapplicability = why;
        b.inapplicableFrom = whyOn;
        out.add(new DeadlineEvaluation(b));
    }

    private void emit(
            DeadlineRule rule,
            SubjectKind kind,
            PartId id,
            Paths list,
            int index,
            int occurrence,
            LocalDate triggerDate,
            Instant triggerAt,
            Due due,
            LocalDate completedOn,
            Instant completedAt,
            DeadlineStatus status,
            Inapplicability why,
            LocalDate whyOn) {
        DeadlineEvaluation.Builder b = builder(rule, kind, id, list, index, occurrence, triggerDate, triggerAt);
        b.dueDate = due.dueDate();
        b.dueAt = due.dueAt();
        b.rolledFrom = due.rolledFrom().orElse(null);
        b.completedOn = completedOn;
        b.completedAt = completedAt;
        b.status = status;
        b.inapplicability = why;
        b.inapplicableFrom = whyOn;
        out.add(new DeadlineEvaluation(b));
    }

    /** An event before any rule of its duty was in force: reported as such, with the rule's first day. */
    private void beforeRule(
            DeadlineRule rule, SubjectKind kind, PartId id, Paths list, int index, LocalDate triggerDate, Instant at) {
        DeadlineEvaluation.Builder b = builder(rule, kind, id, list, index, 1, triggerDate, at);
        b.dueDate = triggerDate;
        b.dueAt = days.endOfDay(triggerDate);
        b.status = DeadlineStatus.NOT_APPLICABLE;
        b.inapplicability = Inapplicability.BEFORE_RULE;
        b.inapplicableFrom = rule.inForce().startInclusive();
        out.add(new DeadlineEvaluation(b));
    }

    /**
     * A deadline the engine cannot tell because a fact it depends on is not recorded: due at the earliest date the
     * rule gives, status {@link DeadlineStatus#UNDETERMINED}, and the missing fact as the reason.
     */
    private void undetermined(
            DeadlineRule rule,
            SubjectKind kind,
            PartId id,
            Paths list,
            int index,
            LocalDate triggerDate,
            Instant at,
            Inapplicability why) {
        Due due = due(rule, triggerDate, at);
        if (due == null) {
            outside(rule, kind, id, list, index, triggerDate, at);
            return;
        }
        DeadlineEvaluation.Builder b = builder(rule, kind, id, list, index, 1, triggerDate, at);
        b.dueDate = due.dueDate();
        b.dueAt = due.dueAt();
        b.rolledFrom = due.rolledFrom().orElse(null);
        b.status = DeadlineStatus.UNDETERMINED;
        b.inapplicability = why;
        out.add(new DeadlineEvaluation(b));
    }

    /** A later occurrence the engine cannot tell: due, at the earliest, on its trigger date. */
    private void undetermined(
            DeadlineRule rule,
            SubjectKind kind,
            PartId id,
            Paths list,
            int index,
            int occurrence,
            LocalDate triggerDate,
            Inapplicability why) {
        DeadlineEvaluation.Builder b = builder(rule, kind, id, list, index, occurrence, triggerDate, null);
        b.dueDate = triggerDate;
        b.dueAt = days.endOfDay(triggerDate);
        b.status = DeadlineStatus.UNDETERMINED;
        b.inapplicability = why;
        out.add(new DeadlineEvaluation(b));
    }

    /** A deadline whose dates fall outside the calendar's coverage: reported, never thrown. */
    private void outside(
            DeadlineRule rule, SubjectKind kind, PartId id, Paths list, int index, LocalDate triggerDate, Instant at) {
        DeadlineEvaluation.Builder b = builder(rule, kind, id, list, index, 1, triggerDate, at);
        b.dueDate = triggerDate;
        b.dueAt = days.endOfDay(triggerDate);
        b.status = DeadlineStatus.NOT_APPLICABLE;
        b.inapplicability = Inapplicability.OUTSIDE_CALENDAR;
        out.add(new DeadlineEvaluation(b));
    }

    private DeadlineEvaluation.Builder builder(
            DeadlineRule rule,
            SubjectKind kind,
            PartId id,
            Paths list,
            int index,
            int occurrence,
            LocalDate triggerDate,
            Instant triggerAt) {
        DeadlineEvaluation.Builder b = new DeadlineEvaluation.Builder();
        b.rule = rule;
        b.caseId = c.id();
        b.subjectKind = kind;
        b.subjectId = id;
        b.subjectPath = list == null ? null : list.of(index);
        b.occurrence = occurrence;
        b.triggerDate = triggerDate;
        b.triggerAt = triggerAt;
        b.asOf = asOf;
        b.zone = zone;
        return b;
    }

    private static IllegalStateException unsupported(DeadlineRule rule) {
        return new IllegalStateException(
                "rule " + rule.id() + ": completion " + rule.completion().kind() + " is not supported with trigger "
                        + rule.trigger().kind());
    }

    /**
     * The paths of the parts of one list of the case, such as {@code decisions[2]}: the first ones built once, not
     * for every evaluation.
     */
    static final class Paths {
        private final String list;
        private final String[] paths = new String[32];

        Paths(String list) {
            this.list = list;
            for (int i = 0; i < paths.length; i++) {
                paths[i] = list + "[" + i + "]";
            }
        }

        String of(int index) {
            return index >= 0 && index < paths.length ? paths[index] : list + "[" + index + "]";
        }
    }

    /** A step found in the case: its date, and its moment when it is recorded as one. */
    static final class Found {
        final LocalDate date;
        final Instant at;
        /** For a follow-up: the date it decided for the next one, if recorded. */
        final LocalDate next;

        private Found(LocalDate date, Instant at, LocalDate next) {
            this.date = date;
            this.at = at;
            this.next = next;
        }

        static Found on(LocalDate date) {
            return new Found(date, null, null);
        }

        static Found on(LocalDate date, LocalDate next) {
            return new Found(date, null, next);
        }

        static Found at(Instant at, ZoneDates days) {
            return new Found(days.dateOf(at), at, null);
        }

        static Found earlier(Found a, Found b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return b.date.isBefore(a.date) ? b : a;
        }
    }
}
